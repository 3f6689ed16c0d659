import type { MemoryState } from './state';

/**
 * A deep copy of plain data: typed arrays, arrays, Maps and plain objects are copied, everything else
 * (numbers, strings, booleans, null) is a value. The replacement policy's state is opaque to the memory
 * manager but promised to be such data (replacement/types.ts), so this copies it too.
 */
export function clonePlain<T>(x: T): T {
  if (typeof x !== 'object' || x === null) return x;
  if (ArrayBuffer.isView(x)) return (x as unknown as Int32Array).slice() as unknown as T;
  if (Array.isArray(x)) return x.map(clonePlain) as unknown as T;
  if (x instanceof Map) return new Map(Array.from(x, ([k, v]) => [k, clonePlain(v)])) as unknown as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(x)) out[key] = clonePlain((x as Record<string, unknown>)[key]);
  return out as T;
}

/** A deep copy for checkpoints: O(frames + swap slots + mapped pages), no sharing with `m`. */
export function cloneMemory(m: MemoryState): MemoryState {
  return clonePlain(m);
}
