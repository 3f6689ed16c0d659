import { shapeCopier, type ShapeCopier } from './shapeCopier';

/**
 * The one copy routine for checkpoints: a structured deep copy of plain data (arrays, plain objects, Map, Set,
 * typed arrays; primitives are values). Frozen objects are shared, since nothing can change them (deepFreeze
 * declares what is immutable), and so are the arrays in `shared` (the append-only logs a checkpoint keeps by
 * length). Anything else (a class instance, a function, a Map keyed by objects) is a bug in the state and throws:
 * a copy cannot keep identity, so the state must not depend on it.
 */
export function deepCopy<T>(x: T, shared?: ReadonlySet<unknown[]>): T {
  return isObject(x) ? (new Copy(shared).value(x) as T) : x;
}

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

class Copy {
  constructor(private readonly shared: ReadonlySet<unknown[]> | undefined) {}

  /** Passed to the shape copiers for nested objects. */
  private readonly nested = (v: object): object => this.value(v);

  value(x: object): object {
    if (Object.isFrozen(x)) return x;
    if (Array.isArray(x)) return this.shared?.has(x) ? x : this.array(x);
    const proto = Object.getPrototypeOf(x);
    if (proto === Object.prototype) return this.plain(x, shapeCopier(x));
    if (proto === null) return this.generic(x);
    if (ArrayBuffer.isView(x) && !(x instanceof DataView)) return (x as Uint8Array).slice();
    if (x instanceof Map) return this.map(x);
    if (x instanceof Set) return new Set(Array.from(x, key));
    throw new Error(`internal: deepCopy of a ${String(proto?.constructor?.name)} (the state holds plain data only)`);
  }

  /** Elements of one array usually share a shape, so each first tries the copier of the one before. */
  private array(x: unknown[]): unknown[] {
    const out = x.slice();
    let last: ShapeCopier | null = null;
    for (let i = 0; i < out.length; i++) {
      const v = out[i];
      if (!isObject(v)) continue;
      const fast = last !== null && isPlainCopy(v) ? last(v, this.nested) : undefined;
      if (fast !== undefined) {
        out[i] = fast;
        continue;
      }
      out[i] = this.value(v);
      if (isPlainCopy(v)) last = shapeCopier(v);
    }
    return out;
  }

  private map(x: Map<unknown, unknown>): Map<unknown, unknown> {
    const out = new Map<unknown, unknown>();
    for (const [k, v] of x) out.set(key(k), isObject(v) ? this.value(v) : v);
    return out;
  }

  /** A plain object through the copier compiled for its shape, or the generic walk when there is none. */
  private plain(x: object, copier: ShapeCopier | null): object {
    return copier?.(x, this.nested) ?? this.generic(x);
  }

  private generic(x: object): object {
    const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(x));
    // Defined, not assigned: an own key `__proto__` stays a key instead of setting the prototype.
    for (const [k, v] of Object.entries(x))
      Object.defineProperty(out, k, {
        value: isObject(v) ? this.value(v) : v,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    return out;
  }
}

/** A plain object that a copy copies (not frozen). */
function isPlainCopy(v: object): boolean {
  return Object.getPrototypeOf(v) === Object.prototype && !Object.isFrozen(v);
}

function key(k: unknown): unknown {
  if (isObject(k)) throw new Error('internal: a state Map or Set keyed by object identity');
  return k;
}
