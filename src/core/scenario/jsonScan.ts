/** What a scan of JSON text found before it is parsed: nothing wrong, nesting too deep, or a key given twice. */
export type JsonScan =
  | { ok: true; depth: number }
  | { ok: false; problem: 'depth'; depth: number }
  | { ok: false; problem: 'duplicate'; key: string; line: number };

/**
 * Scans `text` (outside strings) for how deeply it nests arrays and objects and for an object that names a key
 * twice, without building anything: JSON.parse would silently keep the last value of a repeated key, so a
 * scenario edited by hand could lose a setting with no word said. Stops at the first problem. Text that is not
 * JSON is left for JSON.parse to describe.
 */
export function scanJson(text: string, maxDepth: number): JsonScan {
  // One entry per open container: the keys seen so far for an object, null for an array.
  const open: (Set<string> | null)[] = [];
  let deepest = 0;
  // In an object, the next string is a key after `{` or `,`.
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      const keys = open[open.length - 1];
      if (expectKey && keys) {
        const key = keyText(text, i, end);
        if (keys.has(key)) return { ok: false, problem: 'duplicate', key, line: lineAt(text, i) };
        keys.add(key);
      }
      expectKey = false;
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      open.push(c === 0x7b ? new Set() : null);
      expectKey = c === 0x7b;
      if (open.length > deepest) deepest = open.length;
      if (deepest > maxDepth) return { ok: false, problem: 'depth', depth: deepest };
    } else if (c === 0x7d || c === 0x5d) {
      open.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      expectKey = open[open.length - 1] instanceof Set;
    }
  }
  return { ok: true, depth: deepest };
}

/** Index of the quote that closes the string opening at `start` (or the text's end when it never closes). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i;
  }
  return text.length;
}

/** The key as JSON.parse reads it, so `"a"` and `"\u0061"` are the same key. */
function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}
