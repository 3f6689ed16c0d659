import { ProcessTypeIcon } from '../icons/ProcessIcons';
import { useProcessLabel, useTextbook } from '../naming/useNaming';
import { ProcessSwatch } from '../theme/ProcessSwatch';
import type { GanttProcess } from './toGanttRows';

/** Beyond this many entries a legend stops helping; the rest are counted. */
const MAX_ENTRIES = 40;

/** Which colour and pattern is which process, plus the two bars that are not processes. */
export function GanttLegend({ processes }: { processes: readonly GanttProcess[] }) {
  const shown = processes.slice(0, MAX_ENTRIES);
  const label = useProcessLabel();
  const textbook = useTextbook();
  return (
    <ul className="gantt-legend" aria-label="Legend">
      {shown.map((p) => (
        <li key={p.pid}>
          <ProcessSwatch pid={p.pid} /> {label(p)} {!textbook && <ProcessTypeIcon type={p.type} decorative />}
        </li>
      ))}
      {processes.length > shown.length && <li className="muted">and {processes.length - shown.length} more</li>}
      <li>
        <span aria-hidden="true" className="gantt-key gantt-key-switch" /> context switch
      </li>
      <li>
        <span aria-hidden="true" className="gantt-key gantt-key-idle" /> idle
      </li>
    </ul>
  );
}
