import type { StateKind } from '../../protocol';
import { ProcessTypeIcon } from '../icons/ProcessIcons';
import { useProcessLabel, useTextbook } from '../naming/useNaming';
import { ProcessSwatch } from '../theme/ProcessSwatch';
import { MAX_KEY_PROCESSES } from './ganttKey';
import { STATE_LOOK } from './stateLook';
import type { GanttProcess } from './toGanttRows';

/**
 * Which colour and pattern is which process, the two bars that are not processes, and (with a lane per
 * process) the states its lanes show.
 */
export function GanttLegend({
  processes,
  states = [],
  warmth = false,
}: {
  processes: readonly GanttProcess[];
  states?: readonly StateKind[];
  /** the runs say whether the cache was warm (node.cache on) */
  warmth?: boolean;
}) {
  const shown = processes.slice(0, MAX_KEY_PROCESSES);
  const label = useProcessLabel();
  const textbook = useTextbook();
  return (
    // Focusable: on the stage a long legend scrolls in its own box, and a keyboard must be able to scroll it too.
    <ul className="gantt-legend" aria-label="Legend" tabIndex={0}>
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
      {warmth && (
        <>
          <li>
            <span aria-hidden="true" className="gantt-key gantt-key-warm" /> warm cache (solid)
          </li>
          <li>
            <span aria-hidden="true" className="gantt-key gantt-key-cold" /> cold cache (hatched)
          </li>
        </>
      )}
      {states.map((state) => (
        <li key={state} className="gantt-legend-state">
          <span aria-hidden="true" className={`gantt-key ${STATE_LOOK[state].swatch}`} /> {STATE_LOOK[state].label}
        </li>
      ))}
    </ul>
  );
}
