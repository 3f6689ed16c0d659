import type { MigrationTimelineData } from '../../protocol';
import { niceStep } from '../gantt/drawGantt';

export interface MigrationBar {
  key: string;
  x: number;
  w: number;
  /** pages sent, drawn up from the baseline; pages dirtied meanwhile, drawn down from it */
  up: number;
  down: number;
  stopped: boolean;
}

/** The timeline in CSS pixels: time runs right from the migration's start to its end. */
export interface MigrationModel {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  baseline: number;
  bottom: number;
  bars: MigrationBar[];
  stop: { x: number; w: number };
  /** post-copy: from resumption until the last page arrived */
  degraded: { x: number; w: number } | null;
  faults: { key: string; x: number }[];
  axis: { x: number; tick: number }[];
  cursorX: number | null;
}

const LEFT = 44;
const PAD = 12;
/** the height of the tallest bar, each side of the baseline */
const HALF = 70;
const AXIS_H = 20;

/**
 * The migration as bars over time: each pre-copy round a bar as wide as it lasted, pages sent up and pages dirtied
 * meanwhile down, on a log scale (the first round sends every page, the last few a handful); the stop a band (its
 * pages a bar), post-copy's degraded running a lighter band under the bar of the pages pushed meanwhile, with a tick
 * per fault, and the cursor.
 */
export function migrationModel(data: MigrationTimelineData, width: number): MigrationModel {
  const left = LEFT;
  const right = Math.max(left + 60, width - PAD);
  const top = PAD;
  const baseline = top + HALF;
  const bottom = baseline + HALF;
  const total = Math.max(1, data.totals.totalTicks);
  const x = (t: number): number => left + (t / total) * (right - left);
  const wide = (from: number, ticks: number): number => Math.max(2, x(from + ticks) - x(from));
  // post-copy pushes its pages while the process runs on the target: one bar across that time
  const pushed = data.method === 'postCopy' ? data.totals.pagesTransferred - data.stop.sent : 0;
  const most = Math.max(1, pushed, data.stop.sent, ...data.rounds.flatMap((r) => [r.sent, r.dirtied]));
  const h = (pages: number): number => (pages <= 0 ? 0 : Math.max(2, (HALF * Math.log1p(pages)) / Math.log1p(most)));
  const bars: MigrationBar[] = data.rounds.map((r) => ({
    key: `r${r.round}`,
    x: x(r.startTick),
    w: wide(r.startTick, r.durationTicks),
    up: h(r.sent),
    down: h(r.dirtied),
    stopped: false,
  }));
  const s = data.stop;
  bars.push({
    key: 'stop',
    x: x(s.startTick),
    w: wide(s.startTick, s.downtimeTicks),
    up: h(s.sent),
    down: 0,
    stopped: true,
  });
  const resumed = s.startTick + s.downtimeTicks;
  if (pushed > 0)
    bars.push({
      key: 'push',
      x: x(resumed),
      w: wide(resumed, data.totals.degradationTicks),
      up: h(pushed),
      down: 0,
      stopped: false,
    });
  const step = niceStep(total / Math.max(1, Math.floor((right - left) / 80)));
  const axis: MigrationModel['axis'] = [];
  for (let t = 0; t <= total; t += step) axis.push({ x: x(t), tick: t });
  return {
    width,
    height: bottom + AXIS_H,
    left,
    right,
    top,
    baseline,
    bottom,
    bars,
    stop: { x: x(s.startTick), w: wide(s.startTick, s.downtimeTicks) },
    degraded:
      data.totals.degradationTicks > 0 ? { x: x(resumed), w: wide(resumed, data.totals.degradationTicks) } : null,
    faults: data.faults.map((f, i) => ({ key: `f${i}`, x: x(f.tick) })),
    axis,
    cursorX: data.cursor === null ? null : x(data.cursor),
  };
}
