import type { SsdState } from './ssdTypes';

/** The least and most erases among blocks still in service (a retired block's count stops at its endurance). */
export function wearSpread(st: SsdState): { least: number; most: number; spread: number } {
  let least = Infinity;
  let most = -Infinity;
  st.erases.forEach((e, b) => {
    if (st.retired[b]) return;
    least = Math.min(least, e);
    most = Math.max(most, e);
  });
  if (least === Infinity) return { least: 0, most: 0, spread: 0 };
  return { least, most, spread: most - least };
}

/**
 * Page programs per successful host write (GC's and wear levelling's copies are the amplification); undefined
 * before the first.
 */
export const writeAmplification = (st: SsdState): number | undefined =>
  st.hostWrites > 0 ? st.writeSum / st.hostWrites : undefined;
