import { SEGMENT_KIND } from '../../protocol';
import type { GanttBar, GanttLane } from './toGanttRows';

/** "P3 llm-infer · CPU 0 · ticks 12–18 (6)": the tooltip and the segment table say the same thing. */
export function describeBar(
  bar: GanttBar,
  laneKind: GanttLane['kind'],
  nameOf: (pid: number) => string | undefined,
): string {
  const unit = laneKind === 'gpu' ? 'GPU' : 'CPU';
  const who = `P${bar.pid}${nameOf(bar.pid) ? ` ${nameOf(bar.pid)}` : ''}`;
  const what = bar.kind === SEGMENT_KIND.idle ? 'idle' : bar.kind === SEGMENT_KIND.switch ? `switch to ${who}` : who;
  return `${what} · ${unit} ${bar.cpu} · ticks ${bar.start}–${bar.end} (${bar.end - bar.start})`;
}
