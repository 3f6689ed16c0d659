import { useId } from 'react';
import type { ProcessMetrics } from '../../core/index';
import type { AppState } from '../../store/types';
import { selectPlayingFast, selectReadableFrame } from '../../store/readableFrame';
import { useApp } from '../app/StoreContext';
import { useTextbook } from '../naming/useNaming';
import { ProcessChip } from './ProcessChip';
import { useNearView } from './useNearView';
import './queues.css';

const selectIndex = (s: AppState) => s.processIndex;

/** Chips shown per list; a ready queue of 10,000 is summed up, not drawn. */
const MAX_CHIPS = 100;
/**
 * Chips shown per list while playing faster than anyone reads: the lists change a few times a second, and
 * making, laying out and painting hundreds of chips each time made long tasks of 50–150 ms with 10,000 processes.
 */
export const CHIPS_AT_SPEED = 20;

type Lookup = (pid: number) => ProcessMetrics | undefined;

function Chip({ pid, lookup }: { pid: number; lookup: Lookup }) {
  const textbook = useTextbook();
  const p = lookup(pid);
  return textbook ? <ProcessChip pid={pid} /> : <ProcessChip pid={pid} name={p?.name} type={p?.type} />;
}

/** One titled list of processes; `ordered` when the order means something (a queue). */
function PidList({
  title,
  pids,
  total = pids.length,
  lookup,
  ordered,
  empty,
  note,
  max,
}: {
  title: string;
  pids: readonly number[];
  total?: number;
  lookup: Lookup;
  ordered?: boolean;
  empty: string;
  note?: (pid: number) => string;
  max: number;
}) {
  const id = useId();
  const [nearRef, nearness] = useNearView<HTMLDivElement>();
  const List = ordered ? 'ol' : 'ul';
  const shown = pids.slice(0, max);
  return (
    <div className="queue" ref={nearRef} style={nearness.near ? undefined : { minHeight: nearness.height }}>
      <h3 id={id}>
        {title} <span className="muted">({total})</span>
      </h3>
      {total === 0 ? (
        <p className="muted queue-empty">{empty}</p>
      ) : !nearness.near ? null : (
        // Far from view, the heading and its count stand alone: its chips are made when it comes near.
        <List className="chips" aria-labelledby={id}>
          {/* By place, not pid: a far jump brings other processes to every place, whose chips are then the same
              elements with other text, not each chip's elements removed and made again. */}
          {shown.map((pid, i) => (
            <li key={i}>
              <Chip pid={pid} lookup={lookup} />
              {note && <span className="muted"> {note(pid)}</span>}
            </li>
          ))}
          {total > shown.length && <li className="muted">and {total - shown.length} more</li>}
        </List>
      )}
    </div>
  );
}

/** Who holds each CPU and GPU, and who waits where: the ready queue(s) in order, I/O, suspended, not arrived. */
export function QueuesPanel() {
  // At speed, a few frames a second: hundreds of chips re-made 60 times a second cost more than a frame's time.
  const frame = useApp(selectReadableFrame);
  const indexOf = useApp(selectIndex);
  const max = useApp(selectPlayingFast) ? CHIPS_AT_SPEED : MAX_CHIPS;
  const processes = frame?.processes;
  const lookup: Lookup = (pid) => {
    const i = indexOf.get(pid);
    const p = i === undefined ? undefined : processes?.[i];
    // The index follows the newest frame; the slow frame may be older than a process it names.
    return p?.pid === pid ? p : undefined;
  };
  if (!frame) {
    return (
      <section className="panel queues" aria-labelledby="queues-heading">
        <h2 id="queues-heading">Queues</h2>
        <p className="muted">No scenario is loaded yet.</p>
      </section>
    );
  }
  const queued = new Set(frame.ioQueue);
  const inIo = frame.waiting.filter((pid) => !queued.has(pid));
  return (
    <section className="panel queues" aria-labelledby="queues-heading">
      <h2 id="queues-heading">Queues</h2>
      <h3 id="queues-cpus">CPUs</h3>
      <ul className="holders" aria-labelledby="queues-cpus">
        {frame.cpus.map((c) => (
          <li key={c.id}>
            <span className="holder-name">CPU {c.id}</span>{' '}
            {c.pid === null ? (
              <span className="muted">idle</span>
            ) : (
              <>
                {c.phase === 'switch' && 'switching to '}
                <Chip pid={c.pid} lookup={lookup} />
              </>
            )}
          </li>
        ))}
      </ul>
      {frame.gpus.length > 0 && (
        <>
          <h3 id="queues-gpus">GPUs</h3>
          <ul className="holders" aria-labelledby="queues-gpus">
            {frame.gpus.map((g) => (
              <li key={g.id}>
                <span className="holder-name">GPU {g.id}</span>{' '}
                {g.pid === null ? <span className="muted">free</span> : <Chip pid={g.pid} lookup={lookup} />}
              </li>
            ))}
          </ul>
        </>
      )}
      {frame.queues.map((q) => (
        <PidList key={q.name} max={max} title={q.name} pids={q.pids} lookup={lookup} ordered empty="empty" />
      ))}
      <PidList max={max} title="Waiting for I/O" pids={inIo} lookup={lookup} empty="none" />
      {frame.ioQueue.length > 0 && (
        <PidList max={max} title="Queued for an I/O device" pids={frame.ioQueue} lookup={lookup} ordered empty="none" />
      )}
      <PidList max={max} title="Suspended" pids={frame.suspended} lookup={lookup} empty="none" />
      <PidList
        max={max}
        title="Not yet arrived"
        pids={frame.upcoming.pids}
        total={frame.upcoming.total}
        lookup={lookup}
        empty="none"
        note={(pid) => `arrives at t=${lookup(pid)?.arrival}`}
      />
    </section>
  );
}
