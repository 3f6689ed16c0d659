import { nextInt, seedRng, type RngState } from '../../kernel/rng';
import type { AccessPattern } from '../../scenario/types';
import type { DirtyModel } from './types';

/**
 * The pages written at work tick w, for w = 0, 1, 2, ... in order, each asked once (the PRNG advances). The list
 * is the writer's own, reused by the next call: a caller keeping it longer copies it (stepping millions of ticks
 * allocates no list per tick).
 */
export type Writer = (work: number) => readonly number[];

export function makeWriter(model: DirtyModel, seed: number): Writer {
  return writerOn(model, seedRng(seed));
}

/** The writer drawing from `rng`, which it advances in place: a caller keeping the state as plain data (a checkpoint copies it) makes a writer on it whenever it needs one. */
export function writerOn(model: DirtyModel, rng: RngState): Writer {
  if (model.kind === 'perTick') return (w) => model.ticks[w % model.ticks.length] as number[];
  const { firstPage, pages, writesPerTick } = model;
  const out: number[] = [];
  return (w) => {
    const n = Math.floor((w + 1) * writesPerTick) - Math.floor(w * writesPerTick);
    out.length = 0;
    for (let i = 0; i < n; i++) out.push(firstPage + nextInt(rng, pages));
    return out;
  };
}

/** A sequence whose write pattern repeats after more ticks than this is refused: its list would be too long. */
export const MAX_SEQUENCE_PERIOD = 100_000;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * How a scenario process's `accesses` dirty its pages, so a migration can be run for it. A locality pattern
 * writes `writeFraction` of its references, one every `every` ticks, in its working set: the working set's
 * pages are the writable set. Its jumps are left out: a migration lasts a few rounds of a working set, and a jump
 * would only move the set (say so when the numbers matter). A sequence writes every `writeEvery`-th reference
 * at its listed offset: the explicit per-tick list over one period of the pattern.
 */
export function dirtyModelOf(
  a: AccessPattern,
  pages: number,
  pageSize: number,
): { ok: true; model: DirtyModel } | { ok: false; message: string } {
  if (a.kind === 'locality') {
    const set = Math.min(a.workingSetPages, pages);
    return {
      ok: true,
      model: { kind: 'workingSet', firstPage: 0, pages: set, writesPerTick: a.writeFraction / a.every },
    };
  }
  const n = a.offsets.length;
  const refs = a.writeEvery === 0 ? n : (n / gcd(n, a.writeEvery)) * a.writeEvery;
  const period = refs * a.every;
  if (period > MAX_SEQUENCE_PERIOD) {
    return { ok: false, message: `the sequence's writes repeat after ${period} ticks; at most ${MAX_SEQUENCE_PERIOD}` };
  }
  const ticks: number[][] = Array.from({ length: period }, () => []);
  if (a.writeEvery > 0) {
    for (let r = 0; r < refs; r++) {
      if ((r + 1) % a.writeEvery !== 0) continue;
      const page = Math.floor((a.offsets[r % n] as number) / pageSize);
      // A reference made at CPU tick (r+1)·every, as the memory subsystem makes it; pages past the end are ignored.
      if (page < pages) (ticks[(r + 1) * a.every - 1] as number[]).push(page);
    }
  }
  return { ok: true, model: { kind: 'perTick', ticks } };
}
