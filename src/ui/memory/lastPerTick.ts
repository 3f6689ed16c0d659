/**
 * One point per tick, the last one taken at it: several changes at one tick give several samples, and only
 * the state after all of them is what that tick shows (steps and bars need distinct x values).
 */
export function lastPerTick<T extends { tick: number }>(samples: readonly T[]): T[] {
  return samples.filter((s, i) => samples[i + 1]?.tick !== s.tick);
}
