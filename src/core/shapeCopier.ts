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
 * V8 then handles ten times slower than an object literal at a site that sees one shape; the compiled copier is
 * such a site, so copying 10,000 PCBs costs about what the old hand-written clone did. The code is built from the key names only
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
    // Exactly the shape's keys, in its order (an object's own keys: its prototype is Object.prototype).
    `let i = 0;`,
    `for (const k in x) { if (k !== keys[i]) return undefined; i++; }`,
    `if (i !== ${keys.length}) return undefined;`,
    // A literal with the keys in that order: the copy gets the very map (hidden class) the source's literal got,
    // so the engine's code runs on a restored state as fast as on the state it was copied from. A spread gives
    // each copy a map of another kind, on which a run went several times slower.
    `let v;`,
    `return { ${keys
      .map((key) => {
        const k = JSON.stringify(key);
        return `${k}: (v = x[${k}], typeof v === 'object' && v !== null && !Object.isFrozen(v) ? nested(v) : v)`;
      })
      .join(',\n')} };`,
  ].join('\n');
  return new Function('keys', `return function (x, nested) {\n${body}\n};`)(keys) as ShapeCopier;
}
