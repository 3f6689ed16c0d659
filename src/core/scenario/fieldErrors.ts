import type { z } from 'zod';

/** One refusal of user input: where, which limit, and a sentence for people. */
export interface FieldError {
  /** e.g. `processes[3].bursts[0]`; the root itself is named by the caller ("scenario", "process") */
  path: string;
  /** e.g. `integer ≥ 1`, `at most 100000 processes` */
  limit: string;
  /** a full sentence naming the field and the limit */
  message: string;
}

/** More than this many errors help nobody; the rest are summed up in one "and N more" entry. */
export const MAX_REPORTED_ERRORS = 100;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function formatPath(path: readonly PropertyKey[], root: string): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? root : out;
}

/** `field` below the already formatted `path`; '' is the root of a value validated on its own. */
export function joinPath(path: string, field: string): string {
  return path === '' ? field : `${path}.${field}`;
}

/** A short, bounded rendering of what the user gave: never the whole of a large value. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The own property at `path` below `base`, or undefined; never reads inherited properties. */
export function valueAt(base: unknown, path: readonly PropertyKey[]): unknown {
  let value = base;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** `phrase` reads "must be an integer ≥ 1"; the limit is the phrase without its verb and article. */
export function fieldError(path: string, phrase: string, got: unknown): FieldError {
  const limit = phrase.replace(/^must (?:be|have) (?:an? )?/, '');
  const tail = got === undefined ? 'missing' : `got ${describeValue(got)}`;
  return { path, limit, message: `${path} ${phrase} (${tail})` };
}

export function unknownKeyError(parent: string, path: string): FieldError {
  return {
    path,
    limit: 'known field names only',
    message: `${path} is an unknown field of ${parent}: known field names only, so that a typo is not silently ignored`,
  };
}

/** Keys refused anywhere in user input: they could reach an object's prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Zod issues of a schema that parsed `base` (found at `prefix` in the whole input) as FieldErrors.
 * Every schema here sets its phrase as the issue message (see fields.ts).
 */
export function fromIssues(
  issues: readonly z.core.$ZodIssue[],
  base: unknown,
  prefix: readonly PropertyKey[],
  root: string,
): FieldError[] {
  const errors: FieldError[] = [];
  // One value can fail several checks with the same phrase (1e20 is neither a safe integer nor ≤ max).
  const seen = new Set<string>();
  for (const issue of issues) {
    const full = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const parent = formatPath(full, root);
      for (const key of issue.keys) {
        // Forbidden keys are already reported by forbiddenKeys.ts, with their own reason.
        if (!FORBIDDEN_KEYS.has(key)) errors.push(unknownKeyError(parent, formatPath([...full, key], root)));
      }
    } else {
      const error = fieldError(formatPath(full, root), issue.message, valueAt(base, issue.path));
      const key = `${error.path}\n${error.message}`;
      if (!seen.has(key)) errors.push(error);
      seen.add(key);
    }
  }
  return errors;
}

/** The first MAX_REPORTED_ERRORS errors, then one entry counting the rest. */
export function capErrors(errors: FieldError[], root: string): FieldError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const more = errors.length - MAX_REPORTED_ERRORS;
  const limit = `at most ${MAX_REPORTED_ERRORS} errors listed`;
  const message = `and ${more} more error${more === 1 ? '' : 's'} (${limit})`;
  return [...errors.slice(0, MAX_REPORTED_ERRORS), { path: root, limit, message }];
}
