import { LIMITS } from '../../scenario/types';
import { TEXT_INSTEAD } from '../workloadScript';
import { pyFloat } from '../pyNumber';
import type { SchedulerOptions } from './schedulerFlags';
import { ostepRandomJobLengths, type OstepSchedulerPolicy } from './schedulerWorkload';

/**
 * Slices in an answer held whole (--json, --batch, the browser): it holds an entry and a line of text per slice,
 * about 250 bytes each, so at most about 250 MB. The streamed text holds none.
 */
export const MAX_HELD_SLICES = 1_000_000;

/**
 * A scheduler.py problem: the job lengths and the quantum in ticks, the policy, and whether -l gave the jobs. OSTEP's
 * lengths may have decimals (-l 2.5,1.5): then a tick stands for 1/`scale` of OSTEP's time unit, the smallest power
 * of ten that makes every length whole, and `given` keeps each length as the Python float OSTEP computes with.
 */
export type SchedulerProblem = {
  lengths: number[];
  given: number[];
  scale: number;
  policy: OstepSchedulerPolicy;
  quantum: number;
  fromList: boolean;
};

/** The finest step of a listed length: 10^-6 of OSTEP's time unit (a microsecond when it stands for seconds). */
export const MAX_DECIMALS = 6;

/**
 * How many decimal places a float literal needs to be exact: 0 for 10 or 2.50e1, 1 for 2.5, 2 for 25e-2; read from
 * its text, so no binary rounding enters.
 */
export function decimalPlaces(text: string): number {
  const m = /^[+-]?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim().replaceAll('_', ''));
  if (!m) return 0;
  const frac = m[2] ?? '';
  const digits = `${m[1]}${frac}`.replace(/0+$/, '');
  if (digits.replace(/^0+/, '') === '') return 0;
  const trailing = `${m[1]}${frac}`.length - digits.length;
  return Math.max(0, frac.length - trailing - Number(m[3] ?? 0));
}

/** scheduler.py's options -> the problem, or one message naming the flag and its limit. */
export function schedulerProblem(v: SchedulerOptions): SchedulerProblem | string {
  const { policy, quantum, jlist } = v;
  if (quantum < 1) return `-q/--quantum must be at least 1 tick (got ${quantum})`;
  let given: number[];
  let places = 0;
  if (jlist === '') {
    // OSTEP: an empty -l means "generate jobs from -s, -j, -m".
    const { jobs, maxlen } = v;
    if (jobs < 1 || jobs > LIMITS.maxProcesses)
      return `-j/--jobs must be between 1 and ${LIMITS.maxProcesses} (got ${jobs})`;
    if (maxlen > LIMITS.maxTick) return `-m/--maxlen must be at most ${LIMITS.maxTick} ticks (got ${maxlen})`;
    given = ostepRandomJobLengths(v.seed, jobs, maxlen);
    // A -m below 1 makes jobs of 1 tick, or of 0 from -2 down, which run as zero-length jobs; from -3 down some may
    // come out negative, a length no run can have.
    const negative = given.findIndex((x) => x < 0);
    if (negative >= 0)
      return `-m/--maxlen ${maxlen} makes job ${negative} ${given[negative]} long; a job's length must be at least 0 (a -m of -2 or more)`;
  } else {
    const items = jlist.split(',');
    if (items.length > LIMITS.maxProcesses)
      return `-l/--jlist lists ${items.length} jobs; at most ${LIMITS.maxProcesses}`;
    given = [];
    for (const [i, item] of items.entries()) {
      const x = pyFloat(item);
      if (x === undefined)
        return `-l/--jlist: job ${i} has length ${JSON.stringify(item)}, which is not a number (expected e.g. -l 10,15,20)`;
      if (!(x >= 0 && x <= LIMITS.maxTick))
        return `-l/--jlist: job ${i} has length ${item.trim()}; each job needs at least 0 and at most ${LIMITS.maxTick} time units here (a negative length runs backwards in time in scheduler.py)`;
      const d = decimalPlaces(item);
      if (d > MAX_DECIMALS)
        return `-l/--jlist: job ${i} has length ${item.trim()}; lengths are counted in steps of 10^-${MAX_DECIMALS} at the finest here`;
      places = Math.max(places, d);
      given.push(x);
    }
  }
  const scale = 10 ** places;
  // Exact: a length of at most 10^9 with at most 6 places, times 10^6, is within a half of its whole product.
  const lengths = given.map((x) => Math.round(x * scale));
  const flag = jlist === '' ? '-j/--jobs and -m/--maxlen' : '-l/--jlist';
  const unit = scale === 1 ? 'ticks' : `ticks of 1/${scale}`;
  const total = lengths.reduce((s, x) => s + x, 0);
  if (total > LIMITS.maxTick) return `${flag}: the jobs add up to ${total} ${unit}; at most ${LIMITS.maxTick}`;
  if (quantum * scale > LIMITS.maxTick)
    return `-q/--quantum: ${quantum} is ${quantum * scale} ${unit}; at most ${LIMITS.maxTick}`;
  return { lengths, given, scale, policy, quantum: quantum * scale, fromList: jlist !== '' };
}

/** Why the answer to this problem is too large to hold whole, or null. */
export function schedulerHeld(p: SchedulerProblem): string | null {
  const slices = p.policy === 'RR' ? p.lengths.reduce((s, x) => s + Math.ceil(x / p.quantum), 0) : 0;
  if (slices <= MAX_HELD_SLICES) return null;
  return `-q/--quantum: RR takes ${slices} slices; the answer as data holds an entry per slice, at most ${MAX_HELD_SLICES} (about 250 MB): ${TEXT_INSTEAD}`;
}
