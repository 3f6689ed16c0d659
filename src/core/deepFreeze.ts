/**
 * Freezes plain data all the way down (arrays and plain objects; primitives are values). A frozen object is
 * taken to be frozen all the way down, so it is not walked again: freeze only through here. deepCopy shares
 * frozen objects instead of copying them, which is how the state declares what never changes.
 */
export function deepFreeze<T>(x: T): T {
  if (typeof x !== 'object' || x === null || Object.isFrozen(x)) return x;
  if (Array.isArray(x)) {
    Object.freeze(x);
    for (let i = 0; i < x.length; i++) freezeValue(x[i]);
    return x;
  }
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) throw new Error('internal: deepFreeze takes plain data only');
  Object.freeze(x);
  for (const k in x) freezeValue(x[k]);
  return x;
}

function freezeValue(v: unknown): void {
  if (typeof v === 'object' && v !== null) deepFreeze(v);
}

/**
 * Freezes a list its caller has checked holds numbers only: frozen all the way down at once, where deepFreeze would
 * read each item (a translated OSTEP workload's bursts are 700,000 numbers).
 */
export function freezeNumbers(list: number[]): number[] {
  return Object.freeze(list) as number[];
}
