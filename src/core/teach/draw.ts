import { nextInt, type RngState } from '../kernel/rng';
import type { ExerciseSpec } from './types';

/** "schedule-42-2": kind, seed, difficulty — the exercise's whole identity. */
export function exerciseId(spec: ExerciseSpec): string {
  return `${spec.kind}-${spec.seed}-${spec.difficulty}`;
}

export function pickOne<T>(rng: RngState, items: readonly T[]): T {
  return items[nextInt(rng, items.length)] as T;
}

/** `count` distinct integers from 0..n-1 (fewer when n is smaller), in the order drawn. */
export function distinctPicks(rng: RngState, n: number, count: number): number[] {
  const pool = Array.from({ length: Math.max(0, n) }, (_, i) => i);
  const out: number[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(nextInt(rng, pool.length), 1)[0]!);
  return out;
}
