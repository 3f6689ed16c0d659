import type { ReplacementModule, ReplacementOptions, ReplacementPolicy } from './types';

/**
 * Counters are kept lazily: `counter[f]` is the frame's value at the start of period `stamp[f]`, and
 * `referenced[f]` says whether it was referenced during that period. Shifting every counter on every
 * period would cost O(frames) per tick; catching a frame up only when it is read or touched costs O(1).
 */
export interface AgingState {
  /** ticks per shift (≥ 1) */
  period: number;
  /** the current period: floor(latest tick seen / period) */
  epoch: number;
  resident: Uint8Array;
  counter: Uint8Array;
  stamp: Float64Array;
  referenced: Uint8Array;
}

/** The 8-bit counter of frame `f` in the current period. */
export function agingCounter(s: AgingState, f: number): number {
  const k = s.epoch - s.stamp[f]!;
  if (k === 0) return s.counter[f]!;
  // The first shift brings the period's reference bit in as the MSB; later ones bring in zeros.
  if (k > 8) return 0;
  return ((s.counter[f]! >> 1) | (s.referenced[f]! << 7)) >> (k - 1);
}

function advance(s: AgingState, tick: number): void {
  const e = Math.floor(tick / s.period);
  if (e > s.epoch) s.epoch = e;
}

function catchUp(s: AgingState, f: number): void {
  if (s.stamp[f] === s.epoch) return;
  s.counter[f] = agingCounter(s, f);
  s.referenced[f] = 0;
  s.stamp[f] = s.epoch;
}

const bits = (c: number): string => c.toString(2).padStart(8, '0');

/**
 * Aging (Tanenbaum): each frame has an 8-bit counter. At every period boundary (tick a multiple of
 * `period`) each counter shifts right by one and the frame's reference bit for the period that ended enters
 * as the MSB; then the bits clear. A load sets counter 0 and the reference bit. The victim is the evictable
 * frame with the smallest counter; ties go to the frame not yet referenced in the current period, then to
 * the lowest frame number. (That middle key is ours: without it a page loaded earlier in the same period
 * would lose every tie at counter 0.) With period 1 and one reference per tick no bit is pending when a
 * victim is chosen, so the rule is just "smallest counter, then lowest frame".
 */
export function aging(period = 1): ReplacementPolicy<AgingState> {
  return {
    name: 'AGING',
    init: (frames) => ({
      period: Math.max(1, Math.floor(period)),
      epoch: 0,
      resident: new Uint8Array(frames),
      counter: new Uint8Array(frames),
      stamp: new Float64Array(frames),
      referenced: new Uint8Array(frames),
    }),
    onTick: advance,
    onLoad(s, f, tick) {
      advance(s, tick);
      s.resident[f] = 1;
      s.counter[f] = 0;
      s.stamp[f] = s.epoch;
      s.referenced[f] = 1;
    },
    onAccess(s, f, tick) {
      advance(s, tick);
      catchUp(s, f);
      s.referenced[f] = 1;
    },
    onFree(s, f) {
      s.resident[f] = 0;
      s.counter[f] = 0;
      s.referenced[f] = 0;
    },
    onMove(s, from, to) {
      if (from === to) return;
      s.resident[to] = s.resident[from]!;
      s.counter[to] = s.counter[from]!;
      s.stamp[to] = s.stamp[from]!;
      s.referenced[to] = s.referenced[from]!;
      s.resident[from] = 0;
      s.counter[from] = 0;
      s.referenced[from] = 0;
    },
    chooseVictim(s, evictable) {
      let best = -1;
      let bestKey = 512;
      for (let f = 0; f < s.resident.length; f++) {
        if (s.resident[f] === 0) continue;
        // counter × 2 + the current period's reference bit: the counter decides, the bit breaks its ties
        const pending = s.stamp[f] === s.epoch ? s.referenced[f]! : 0;
        const key = agingCounter(s, f) * 2 + pending;
        if (key < bestKey && evictable(f)) {
          best = f;
          bestKey = key;
        }
      }
      if (best === -1) return null;
      const note = bestKey % 2 === 1 ? ', referenced this period' : '';
      return { frame: best, reason: `smallest aging counter ${bits(bestKey >> 1)}${note}` };
    },
    describe: (s) => ({
      kind: 'counters',
      label: 'aging counters (8-bit)',
      values: Array.from(s.resident, (r, f) => (r === 1 ? agingCounter(s, f) : 0)),
    }),
  };
}

export const AGING_MODULE: ReplacementModule = {
  name: 'AGING',
  label: 'aging',
  description: 'each frame keeps an 8-bit history of its reference bits; evicts the smallest',
  live: true,
  create: ({ agingPeriod }: Pick<ReplacementOptions, 'agingPeriod'>) => aging(agingPeriod),
};
