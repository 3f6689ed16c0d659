import type { FieldError } from './fieldErrors';

/** Deepest nesting of arrays and objects read from a link or a file; a scenario needs 6. */
export const MAX_JSON_DEPTH = 64;

export type JsonResult = { ok: true; value: unknown } | { ok: false; errors: FieldError[] };

/**
 * How deeply `text` nests arrays and objects, counted before parsing (outside strings) so that hostile
 * nesting is refused without being built. Stops counting past `max`.
 */
export function nestingDepth(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > max) return deepest;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

/** JSON text -> value, never throwing: refuses text over `maxChars` characters, invalid JSON and deep nesting. */
export function parseJsonText(text: string, root: string, maxChars: number): JsonResult {
  if (text.length > maxChars) {
    const limit = `at most ${maxChars.toLocaleString('en-US')} characters`;
    return refuse(root, limit, `${root} is too large (${text.length.toLocaleString('en-US')} characters): ${limit}`);
  }
  if (nestingDepth(text) > MAX_JSON_DEPTH) {
    const limit = `at most ${MAX_JSON_DEPTH} levels of nesting`;
    return refuse(root, limit, `${root} nests lists or objects too deeply: ${limit}`);
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const why = e instanceof Error ? `: ${e.message.slice(0, 120)}` : '';
    return refuse(root, 'valid JSON', `${root} is not valid JSON${why}`);
  }
}

export function refuse(path: string, limit: string, message: string): { ok: false; errors: FieldError[] } {
  return { ok: false, errors: [{ path, limit, message }] };
}
