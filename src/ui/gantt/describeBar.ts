import { SEGMENT_KIND } from '../../protocol';
import { isStateKind, STATE_LOOK } from './stateLook';
import type { GanttBar, GanttLane } from './toGanttRows';
import { groupedDigits } from '../../core/groupedDigits';

/**
 * "P3 llm-infer · CPU 0 · ticks 12–18 (6)", or for a state in a process lane "P3 llm-infer · waiting for I/O ·
 * ticks 18–21 (3)": the tooltip and the segment table say the same thing. A lone process's merged quanta (a run
 * longer than `quantum`) add "· 4 quanta of 4, chosen again alone".
 */
export function describeBar(
  bar: GanttBar,
  laneKind: GanttLane['kind'],
  nameOf: (pid: number) => string | undefined,
  quantum: number | null = null,
): string {
  const unit = laneKind === 'gpu' ? 'GPU' : 'CPU';
  const who = `P${bar.pid}${nameOf(bar.pid) ? ` ${nameOf(bar.pid)}` : ''}`;
  const ticks = `ticks ${groupedDigits(bar.start)}–${groupedDigits(bar.end)} (${groupedDigits(bar.end - bar.start)})`;
  if (isStateKind(bar.kind)) return `${who} · ${STATE_LOOK[bar.kind].label} · ${ticks}`;
  const what = bar.kind === SEGMENT_KIND.idle ? 'idle' : bar.kind === SEGMENT_KIND.switch ? `switch to ${who}` : who;
  const length = bar.end - bar.start;
  const quanta =
    quantum !== null && bar.kind === SEGMENT_KIND.run && length > quantum
      ? ` · ${groupedDigits(Math.ceil(length / quantum))} quanta of ${groupedDigits(quantum)}, chosen again alone`
      : '';
  const cache = bar.warm === undefined ? '' : bar.warm ? ' · warm cache' : ' · cold cache';
  return `${what} · ${unit} ${bar.cpu} · ${ticks}${quanta}${cache}`;
}
