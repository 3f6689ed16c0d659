/**
 * The one copy routine for checkpoints: a structured deep copy of plain data (arrays, plain objects, Map, Set,
 * typed arrays; primitives are values). Frozen objects are shared, since nothing can change them (deepFreeze
 * declares what is immutable), and so is anything in `shared` (the append-only logs a checkpoint keeps by
 * length). Anything else (a class instance, a function, a Map keyed by objects) is a bug in the state and throws:
 * a copy cannot keep identity, so the state must not depend on it.
 */
export function deepCopy<T>(x: T, shared?: ReadonlySet<object>): T {
  return typeof x === 'object' && x !== null ? (copy(x, shared) as T) : x;
}

function copy(x: object, shared: ReadonlySet<object> | undefined): object {
  if (Object.isFrozen(x) || shared?.has(x)) return x;
  if (Array.isArray(x)) {
    const out = x.slice();
    for (let i = 0; i < out.length; i++) {
      const v: unknown = out[i];
      if (typeof v === 'object' && v !== null) out[i] = copy(v, shared);
    }
    return out;
  }
  const proto = Object.getPrototypeOf(x);
  if (proto === Object.prototype || proto === null) {
    // The spread copies the values in one go (V8 clones the object's shape); only nested objects need a walk.
    const out: Record<string, unknown> = { ...x };
    for (const k in out) {
      const v = out[k];
      if (typeof v === 'object' && v !== null) out[k] = copy(v, shared);
    }
    return out;
  }
  if (ArrayBuffer.isView(x) && !(x instanceof DataView)) return (x as Uint8Array).slice();
  if (x instanceof Map) {
    const out = new Map<unknown, unknown>();
    for (const [k, v] of x) out.set(key(k), typeof v === 'object' && v !== null ? copy(v, shared) : v);
    return out;
  }
  if (x instanceof Set) {
    const out = new Set<unknown>();
    for (const k of x) out.add(key(k));
    return out;
  }
  throw new Error(`internal: deepCopy of a ${String(proto?.constructor?.name)} (the state holds plain data only)`);
}

function key(k: unknown): unknown {
  if (typeof k === 'object' && k !== null) throw new Error('internal: a state Map or Set keyed by object identity');
  return k;
}
