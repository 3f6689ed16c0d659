import { z } from 'zod';

/**
 * Schema builders for single fields. The checks of one field go in one `.check()`: each `.int()`, `.min()` or
 * `.max()` would copy the schema, and those copies were most of the command line's start-up. Each field has one
 * phrase ("must be an integer from 1 to 64") used for every way it can fail, so the user reads the whole limit
 * rather than only the bound they crossed.
 * fieldErrors.ts makes FieldError.limit of it by dropping the leading "must be a/an" or "must have".
 */

/** Integer in [min, max]; the phrase states both bounds, or only the lower one when max is unbounded. */
export function intIn(min: number, max: number, unit = ''): z.ZodNumber {
  const suffix = unit === '' ? '' : ` ${unit}`;
  const phrase =
    max === Number.MAX_SAFE_INTEGER
      ? `must be an integer ≥ ${min}${suffix}`
      : `must be an integer from ${min} to ${max}${suffix}`;
  return z
    .number({ error: phrase })
    .check(z.int({ error: phrase }), z.gte(min, { error: phrase }), z.lte(max, { error: phrase }));
}

/** Finite number (fractions allowed) in [min, max]. */
export function numberIn(min: number, max: number, unit = ''): z.ZodNumber {
  const phrase = `must be a number from ${min} to ${max}${unit === '' ? '' : ` ${unit}`}`;
  return z.number({ error: phrase }).check(z.gte(min, { error: phrase }), z.lte(max, { error: phrase }));
}

export function text(min: number, max: number): z.ZodString {
  const phrase =
    min === 0 ? `must be a string of at most ${max} characters` : `must be a string of ${min} to ${max} characters`;
  return z.string({ error: phrase }).check(z.minLength(min, { error: phrase }), z.maxLength(max, { error: phrase }));
}

export function flag(): z.ZodBoolean {
  return z.boolean({ error: 'must be a boolean (true or false)' });
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T): z.ZodEnum<{ [K in T[number]]: K }> {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}

/** Array of at most `max` items; `noun` names the items in the phrase ("processes"). */
export function listOf<T extends z.ZodType>(item: T, max: number, noun: string): z.ZodArray<T> {
  const phrase = `must have at most ${max} ${noun}`;
  return z.array(item, { error: `must be a list of ${noun}` }).check(z.maxLength(max, { error: phrase }));
}

/**
 * Error of a discriminated union: its own issues are either "not an object" or "no option has this tag"
 * (the latter reported at the tag's path). Zod types only the second, so tell them apart by the input.
 */
export function unionError(notAnObject: string, unknownTag: string): (issue: { input?: unknown }) => string {
  return (issue) =>
    typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input) ? unknownTag : notAnObject;
}

/** `make`'s value, made at the first call and kept: schemas that most scenarios never need are made when one does. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * A schema made the first time a value is parsed with it (`make`, through `once`). zod asks each field of an
 * object, before parsing, whether it may be absent (`optin`, `optout`), and z.lazy answers by making its schema:
 * here the answer is given instead, "no" (`.optional()` outside makes the field optional), and checked when made.
 */
export function deferred<T extends z.ZodType>(make: () => T): z.ZodLazy<T> {
  const schema = z.lazy(() => {
    const made = make();
    const { optin, optout } = made['_zod'];
    if (optin !== undefined || optout !== undefined)
      throw new Error('deferred: the schema may be absent; make it required and add .optional() outside');
    return made;
  });
  for (const key of ['optin', 'optout'])
    Object.defineProperty(schema['_zod'], key, { value: undefined, writable: true, configurable: true });
  return schema;
}
