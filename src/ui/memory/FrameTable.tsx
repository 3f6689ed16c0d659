import { MEMORY_TYPES, PAGE_STATES } from '../../core/memory/types';
import type { MemorySnapshot } from '../../core/memory/snapshot';
import { frameOwnerWords } from './describeFrame';
import { STATE_LOOK } from './memoryLook';
import { Swatch } from './Swatch';

/** At most this many rows: the table is a text alternative for a region of the grid, not a dump. */
export const FRAME_TABLE_ROWS = 256;

/** Frames `start`… as rows of owner, page, type and state: the grid's content for those who cannot see it. */
export function FrameTable({
  snapshot,
  start,
  names,
}: {
  snapshot: MemorySnapshot;
  start: number;
  names: (pid: number) => string | undefined;
}) {
  const end = Math.min(snapshot.frames, start + FRAME_TABLE_ROWS);
  const rows = [];
  for (let f = start; f < end; f++) {
    const pid = snapshot.owner[f] as number;
    const state = pid < 0 ? 'FREE' : (PAGE_STATES[snapshot.state[f] as number] ?? 'FREE');
    const vpn = snapshot.vpn[f] as number;
    rows.push(
      <tr key={f}>
        <th scope="row">{f}</th>
        <td>{pid < 0 ? '—' : frameOwnerWords(snapshot, f, names)}</td>
        <td>{pid < 0 || vpn < 0 ? '—' : vpn}</td>
        <td>{pid < 0 ? '—' : (MEMORY_TYPES[snapshot.type[f] as number] ?? '—')}</td>
        <td>
          {state === 'FREE' ? (
            <span aria-hidden="true" className="memory-swatch memory-swatch-free" />
          ) : (
            <Swatch color={STATE_LOOK[state].color} pattern={STATE_LOOK[state].pattern} />
          )}{' '}
          {state}
        </td>
      </tr>,
    );
  }
  return (
    <div className="table-scroll memory-frame-table" tabIndex={0}>
      <table>
        <caption>
          Frames {start}–{end - 1} of {snapshot.frames}
        </caption>
        <thead>
          <tr>
            <th scope="col">Frame</th>
            <th scope="col">Owner</th>
            <th scope="col">Page</th>
            <th scope="col">Type</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
