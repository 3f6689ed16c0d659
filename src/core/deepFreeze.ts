/**
 * Freezes plain data all the way down (arrays and plain objects; primitives are values). A frozen object is
 * taken to be frozen all the way down, so it is not walked again: freeze only through here. deepCopy shares
 * frozen objects instead of copying them, which is how the state declares what never changes.
 */
export function deepFreeze<T>(x: T): T {
  if (typeof x !== 'object' || x === null || Object.isFrozen(x)) return x;
  if (!Array.isArray(x) && !isPlain(x)) throw new Error('internal: deepFreeze takes arrays and plain objects only');
  Object.freeze(x);
  for (const v of Object.values(x)) deepFreeze(v);
  return x;
}

function isPlain(x: object): boolean {
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}
