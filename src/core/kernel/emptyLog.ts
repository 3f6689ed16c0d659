/**
 * An empty array for objects (a log of events or segments) that V8 keeps as an array of objects from the start. A
 * literal `[]` starts as an array of small integers and changes kind at its first push of an object; a push site that
 * has seen both kinds is compiled to V8's generic push, a call into a builtin at every push. The first push of each
 * drained chunk was the engine's busiest sites' (a quantum's expiry, a segment), so every push there was such a call.
 */
export function emptyLog<T extends object>(): T[] {
  const log: (T | null)[] = [null];
  log.pop();
  return log as T[];
}
