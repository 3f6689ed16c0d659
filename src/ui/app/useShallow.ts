import { useRef } from 'react';
import { shallow } from 'zustand/vanilla/shallow';

/**
 * Whether `a` and `b` hold the same values one level down, as zustand's `shallow` says. Plain objects and arrays are
 * compared key by key here: zustand's builds two Maps of the entries per comparison, and every store update runs each
 * subscriber's comparison (about a millisecond of each far jump with 10,000 processes). Anything else is zustand's.
 */
export function sameShallow(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  const proto = Object.getPrototypeOf(a) as unknown;
  if (proto !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], other[i])) return false;
    return true;
  }
  if (proto !== Object.prototype && proto !== null) return shallow(a, b);
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (!Object.hasOwn(x, key)) continue;
    if (!Object.hasOwn(y, key) || !Object.is(x[key], y[key])) return false;
    count++;
  }
  for (const key in y) if (Object.hasOwn(y, key)) count--;
  return count === 0;
}

/** zustand's `useShallow` on `sameShallow`: the selector's last result while the next is shallowly the same. */
export function useShallow<S, U>(selector: (state: S) => U): (state: S) => U {
  const prev = useRef<U | undefined>(undefined);
  return (state) => {
    const next = selector(state);
    return sameShallow(prev.current, next) ? (prev.current as U) : (prev.current = next);
  };
}
