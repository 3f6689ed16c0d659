import type { DiskAnswers } from '../../core/index';

/** What the disk is doing at one tick of the run: the picture the animation draws. */
export interface DiskFrame {
  tick: number;
  /** how far the platter has turned, degrees in [0, 360) */
  angle: number;
  /** where the arm is, in tracks from the outer one: fractional while it seeks */
  arm: number;
  /** the request being served (its place in `served`), null once all are done */
  serving: number | null;
  phase: 'seek' | 'rotate' | 'transfer' | 'done';
  /** requests finished by this tick */
  done: number;
}

/** The tick each served request starts at: a request starts when the one before it ends. */
export function servedStarts(answer: DiskAnswers): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const s of answer.served) {
    starts.push(at);
    at += s.total;
  }
  return starts;
}

/**
 * The platter's angle at `tick`: it turns by the rotation speed each tick and, as in disk.py, goes back to 0
 * (not to the remainder) once it reaches 360, so a turn lasts ⌈360 / speed⌉ ticks.
 */
export function platterAngle(rotate: number, tick: number): number {
  const turn = Math.ceil(360 / rotate);
  return (tick % turn) * rotate;
}

/** The arm `moved` ticks into a seek of `length` ticks from `from` through `legs`, at a steady speed. */
function armDuring(from: number, legs: readonly number[], moved: number, length: number): number {
  const distance = legs.reduce((sum, t, i) => sum + Math.abs(t - (i === 0 ? from : (legs[i - 1] as number))), 0);
  if (distance === 0 || length === 0) return legs.at(-1) ?? from;
  let left = (Math.min(moved, length) / length) * distance;
  let at = from;
  for (const t of legs) {
    const leg = Math.abs(t - at);
    if (left <= leg) return at + Math.sign(t - at) * left;
    left -= leg;
    at = t;
  }
  return at;
}

/** The last index whose start is at or before `tick` (starts ascending), or -1. */
function servingAt(starts: readonly number[], tick: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= tick) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The disk at `tick` (clamped to the run), from the answer alone: no second simulation. */
export function diskFrameAt(answer: DiskAnswers, starts: readonly number[], tick: number): DiskFrame {
  const end = answer.totals.total;
  const t = Math.max(0, Math.min(Math.floor(tick), end));
  const angle = platterAngle(answer.speeds.rotate, t);
  const i = servingAt(starts, t);
  const s = answer.served[i];
  if (!s || t >= end) {
    const last = answer.served.at(-1);
    return { tick: t, angle, arm: last?.track ?? 0, serving: null, phase: 'done', done: answer.served.length };
  }
  const into = t - (starts[i] as number);
  const legs = [...s.via, s.track];
  if (into < s.seek)
    return { tick: t, angle, arm: armDuring(s.from, legs, into, s.seek), serving: i, phase: 'seek', done: i };
  const phase = into < s.seek + s.rotate ? 'rotate' : 'transfer';
  return { tick: t, angle, arm: s.track, serving: i, phase, done: i };
}

/** Queue positions waiting at a frame (asked for and not yet served), in queue order; late ones once they arrive. */
export function waitingAt(answer: DiskAnswers, frame: DiskFrame): number[] {
  const served = new Set(
    answer.served.slice(0, frame.serving === null ? answer.served.length : frame.serving + 1).map((s) => s.index),
  );
  // one late request joins the queue at each pick (disk.py's late requests)
  const picks = frame.serving === null ? answer.served.length : frame.serving + 1;
  const known = answer.requests.length + Math.min(picks, answer.late.length);
  const out: number[] = [];
  for (let q = 0; q < known; q++) if (!served.has(q)) out.push(q);
  return out;
}

/** The ticks at which something changes (a seek, rotation or transfer begins, or the run ends): where stepping stops. */
export function phaseTicks(answer: DiskAnswers, starts: readonly number[]): number[] {
  const ticks: number[] = [];
  answer.served.forEach((s, i) => {
    const at = starts[i] as number;
    ticks.push(at, at + s.seek, at + s.seek + s.rotate);
  });
  ticks.push(answer.totals.total);
  return [...new Set(ticks)].sort((a, b) => a - b);
}
