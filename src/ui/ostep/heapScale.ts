/** The narrowest a chunk is drawn, in px: narrower chunks make the bar wider (it scrolls). */
const MIN_CHUNK_PX = 6;
/** A bar wider than this would be unusable anyway; the chunk table still lists every chunk. */
const MAX_BAR_PX = 30_000;

/** The bar's minimum width in px so its smallest chunk is still visible (0: fits the panel). */
export function barMinWidth(heapSize: number, chunkSizes: readonly number[]): number {
  const smallest = Math.min(...chunkSizes.filter((s) => s > 0));
  if (!Number.isFinite(smallest) || heapSize <= 0) return 0;
  return Math.min(MAX_BAR_PX, Math.ceil((heapSize / smallest) * MIN_CHUNK_PX));
}

/** Addresses for the scale under the bar: round numbers (1, 2 or 5 × 10^k apart), about `target` of them. */
export function scaleTicks(base: number, size: number, target: number): number[] {
  if (size <= 0) return [base];
  const raw = size / Math.max(1, target);
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  const ticks: number[] = [];
  for (let a = Math.ceil(base / step) * step; a <= base + size; a += step) ticks.push(a);
  return ticks;
}
