/** Rows a long table renders at once: enough to read, few enough to keep the page quick. */
export const TABLE_WINDOW = 400;

/** The rows [from, to) of a long table to render, keeping row `current` in view. */
export function windowAround(count: number, current: number, size = TABLE_WINDOW): { from: number; to: number } {
  if (count <= size) return { from: 0, to: count };
  const from = Math.min(Math.max(0, current - Math.floor(size / 2)), count - size);
  return { from, to: from + size };
}

/** The first TABLE_WINDOW rows of a list, and the caption's note when some are left out. */
export function firstRows<T>(list: readonly T[]): { rows: readonly T[]; note: string } {
  if (list.length <= TABLE_WINDOW) return { rows: list, note: '' };
  return { rows: list.slice(0, TABLE_WINDOW), note: ` (the first ${TABLE_WINDOW} of ${list.length})` };
}
