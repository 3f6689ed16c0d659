/**
 * Copies one plain object of a known shape (its own keys, in order), calling `nested` for each value that is an
 * object; returns undefined when `x` does not have exactly that shape.
 */
export type ShapeCopier = (x: object, nested: (v: object) => object) => object | undefined;

/** Shapes compiled at most: the state has a few dozen; a dictionary-like object would make new ones forever. */
const MAX_SHAPES = 512;
const MAX_KEYS = 128;
const copiers = new Map<string, ShapeCopier | null>();

/**
 * The copier for `x`'s shape, compiled once per shape, or null (too many keys, a `__proto__` key, too many
 * shapes). A generic copy of an object builds it key by key at one site that sees every shape in the state, which
 * V8 then handles ten times slower than a spread at a site that sees one shape; the compiled copier is such a
 * site, so copying 10,000 PCBs costs about what the old hand-written clone did. The code is built from the key names only
 * (quoted with JSON.stringify), never from values.
 */
export function shapeCopier(x: object): ShapeCopier | null {
  const keys = Object.keys(x);
  const signature = keys.join('\u0000');
  let copier = copiers.get(signature);
  if (copier === undefined) {
    copier = keys.length > MAX_KEYS || keys.includes('__proto__') || copiers.size >= MAX_SHAPES ? null : compile(keys);
    if (copiers.size < MAX_SHAPES) copiers.set(signature, copier);
  }
  return copier;
}

function compile(keys: string[]): ShapeCopier {
  const body = [
    // As many keys as the shape, and each of them present: then no other key can hold an object to copy.
    `let n = 0; for (const k in x) n++;`,
    `if (n !== ${keys.length}) return undefined;`,
    // The spread keeps the source's key order and copies the values in one go; nested objects are then copied.
    `const out = { ...x };`,
    `let v;`,
    ...keys.map((key) => {
      const k = JSON.stringify(key);
      return `v = out[${k}]; if (typeof v === 'object' && v !== null) { if (!Object.isFrozen(v)) out[${k}] = nested(v); } else if (v === undefined && !Object.hasOwn(x, ${k})) return undefined;`;
    }),
    `return out;`,
  ].join('\n');
  return new Function('x', 'nested', body) as ShapeCopier;
}
