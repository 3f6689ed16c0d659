import { KERNEL_PID } from '../../core/memory/physical';
import { ownerWords } from './describeFrame';
import { STATE_LOOK } from './memoryLook';
import { Swatch } from './Swatch';
import { HEAT_FADE_TICKS, type FrameCells, type PaletteEntry } from './toFrameCells';

/** Beyond this many processes a legend stops helping; the rest are counted. */
const MAX_ENTRIES = 40;

function labelOf(entry: PaletteEntry, names: (pid: number) => string | undefined): string {
  if (entry.key === 'free') return 'free';
  if (entry.pid !== undefined)
    return entry.pid === KERNEL_PID ? 'kernel (page cache, model weights)' : ownerWords(entry.pid, names);
  const [mode, value] = entry.key.split(':') as [string, string];
  if (mode === 'state') {
    const look = STATE_LOOK[value as keyof typeof STATE_LOOK];
    return look.meaning;
  }
  return value;
}

/**
 * What each colour means in the current mode, with how many frames have it. Types and owners that hold
 * no frame are left out; all page states are listed. Swatches, not emoji glyphs: lab machines often have
 * no emoji font.
 */
export function MemoryGridLegend({
  model,
  names,
  heat,
}: {
  model: FrameCells;
  names: (pid: number) => string | undefined;
  heat: boolean;
}) {
  // State mode: entry 1 is FREE again (see toFrameCells); entry 0 already stands for it.
  const entries = model.palette.filter((e, i) => (model.mode === 'state' ? i !== 1 : e.count > 0 || e.key === 'free'));
  const shown = entries.slice(0, MAX_ENTRIES);
  return (
    <ul className="memory-legend" aria-label="Legend">
      {model.per > 1 && (
        <li>Each cell is a block of {model.per} frames, in the colour most of them have; counts are in frames.</li>
      )}
      {shown.map((e) => (
        <li key={e.key}>
          {e.key === 'free' ? (
            <span aria-hidden="true" className="memory-swatch memory-swatch-free" />
          ) : (
            <Swatch color={e.color} pattern={e.pattern} />
          )}{' '}
          {labelOf(e, names)} <span className="muted">({e.count})</span>
        </li>
      ))}
      {entries.length > shown.length && <li className="muted">and {entries.length - shown.length} more</li>}
      {heat && (
        <li>
          <span aria-hidden="true" className="memory-swatch memory-key-heat" /> darker or ringed: accessed in the last{' '}
          {HEAT_FADE_TICKS} ticks
        </li>
      )}
    </ul>
  );
}
