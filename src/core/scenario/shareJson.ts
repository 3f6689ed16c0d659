import type { FieldError } from './fieldErrors';
import { scanJson } from './jsonScan';
import { groupedDigits } from '../groupedDigits';

/** Deepest nesting of arrays and objects read from a link or a file; a scenario needs 6. */
export const MAX_JSON_DEPTH = 64;

export type JsonResult = { ok: true; value: unknown } | { ok: false; errors: FieldError[] };

/** A byte order mark that editors on Windows put at the start of a UTF-8 file: invisible, and not JSON. */
const BOM = '\uFEFF';

/**
 * JSON text -> value, never throwing: refuses text over `maxChars` characters, invalid JSON, deep nesting and a
 * key repeated in one object. A leading byte order mark is skipped.
 */
export function parseJsonText(input: string, root: string, maxChars: number): JsonResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  if (text.length > maxChars) {
    const limit = `at most ${groupedDigits(maxChars)} characters`;
    return refuse(root, limit, `${root} is too large (${groupedDigits(text.length)} characters): ${limit}`);
  }
  const scan = scanJson(text, MAX_JSON_DEPTH);
  if (!scan.ok && scan.problem === 'depth') {
    const limit = `at most ${MAX_JSON_DEPTH} levels of nesting`;
    return refuse(root, limit, `${root} nests lists or objects too deeply: ${limit}`);
  }
  if (!scan.ok) {
    const key = JSON.stringify(scan.key.length > 40 ? `${scan.key.slice(0, 40)}…` : scan.key);
    const limit = 'each key once per object';
    return refuse(root, limit, `${root} gives the key ${key} twice in one object (line ${scan.line}): ${limit}`);
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
