/**
 * A deep copy of plain data (arrays, typed arrays, plain objects, numbers, strings, booleans, null), as a
 * policy's data is: the lottery's Python stream is a Uint32Array, MLFQ's per-process data plain objects.
 */
export function copyPlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  if (value instanceof Uint32Array) return value.slice() as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copyPlain(v);
  return out as T;
}
