import { CORRUPTION_NAMES } from '../core/fs/fsOp';
import { MEMORY_TYPES, type MemoryType } from '../core/memory/types';
import { PROCESS_TYPES, type ProcessType } from '../core/process/types';

/**
 * The shell's words (the browser console's and the terminal's): a tokenizer and one parser per argument kind. Pure: no store, no DOM. Every parser
 * says what it expected in words, so a refusal reads "kill: PID must be a whole number, got 'x'".
 */

export interface Token {
  text: string;
  /** index of the token's first character in the line (of its opening quote, when quoted) */
  start: number;
}

export type Tokenized = { ok: true; tokens: Token[] } | { ok: false; message: string };

/** Splits on spaces; "double" or 'single' quotes keep spaces inside one token (a process name with a space). */
export function tokenize(line: string): Tokenized {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    if (/\s/.test(line[i] as string)) {
      i++;
      continue;
    }
    const start = i;
    let text = '';
    while (i < line.length && !/\s/.test(line[i] as string)) {
      const c = line[i] as string;
      if (c === '"' || c === "'") {
        const end = line.indexOf(c, i + 1);
        if (end < 0)
          return { ok: false, message: `unclosed ${c === '"' ? 'double' : 'single'} quote at column ${i + 1}` };
        text += line.slice(i + 1, end);
        i = end + 1;
      } else {
        text += c;
        i++;
      }
    }
    tokens.push({ text, start });
  }
  return { ok: true, tokens };
}

export type ArgKind =
  | 'pid'
  | 'integer'
  | 'count'
  | 'tick'
  | 'size'
  | 'memoryType'
  | 'corruption'
  | 'processType'
  | 'access'
  | 'address'
  | 'bursts'
  | 'name'
  | 'file'
  | 'path'
  | 'command'
  | 'words';
export type ArgValue = number | string | number[];
export type ArgParse = { ok: true; value: ArgValue } | { ok: false; expected: string };

/** The most ticks `step N` and `monitor N` move at once. */
export const MAX_COUNT = 10_000;
/** The largest size the console reads: 4 GiB, the design's largest node; the simulation checks its own limits. */
export const MAX_SIZE = 4 * 2 ** 30;
export const ACCESS_WORDS = ['read', 'write'] as const;

const UNIT_BYTES: Readonly<Record<string, number>> = { b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** "4096", "64KiB", "2MiB", "1.5KiB" -> bytes (fractions round up to whole bytes); units are case-insensitive. */
export function parseSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([a-z]*)$/i.exec(text.trim().replace(/_/g, ''));
  if (!m) return null;
  const unit = UNIT_BYTES[(m[2] || 'b').toLowerCase()];
  if (unit === undefined) return null;
  const bytes = Math.ceil(Number(m[1]) * unit);
  return bytes >= 1 && bytes <= MAX_SIZE ? bytes : null;
}

/** Decimal ("4096") or hex ("0x1000"), below 2^53 so it stays exact. */
export function parseAddressText(text: string): number | null {
  const t = text.replace(/_/g, '');
  if (!/^(0x[0-9a-f]+|\d+)$/i.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

function oneOf<T extends string>(list: readonly T[], text: string): T | null {
  return list.find((x) => x.toLowerCase() === text.toLowerCase()) ?? null;
}

const wholeNumber = (text: string): number | null =>
  /^[+-]?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : null;

export const EXPECTED: Readonly<Record<ArgKind, string>> = {
  pid: 'a whole number',
  integer: 'a whole number',
  count: `a whole number from 1 to ${MAX_COUNT}`,
  tick: 'a whole number of ticks, 0 or more',
  size: 'a size such as 4096, 64KiB or 2MiB (units B, KiB, MiB, GiB; at most 4GiB)',
  memoryType: `one of ${MEMORY_TYPES.join(', ')}`,
  corruption: `one of ${CORRUPTION_NAMES.join(', ')}`,
  processType: `one of ${PROCESS_TYPES.join(', ')}`,
  access: 'read or write',
  address: 'an address in decimal (4096) or hex (0x1000)',
  bursts: 'burst lengths in ticks separated by commas, such as 5 or 5,3,4 (CPU, I/O, CPU, …)',
  name: 'a name',
  file: 'a file name',
  path: 'an absolute path such as /models/llm.bin',
  command: 'a command name',
  words: 'the rest of the line',
};

/** One argument's text to its value, or what was expected instead. */
export function parseArg(kind: ArgKind, text: string): ArgParse {
  const fail: ArgParse = { ok: false, expected: EXPECTED[kind] };
  const done = (value: ArgValue | null): ArgParse => (value === null ? fail : { ok: true, value });
  switch (kind) {
    case 'pid': {
      // "P3" as `list` writes it, or 3.
      const n = wholeNumber(text.replace(/^p/i, ''));
      if (n !== null && n < 0) return { ok: false, expected: 'a whole number, 0 or more' };
      return done(n);
    }
    case 'integer':
      return done(wholeNumber(text));
    case 'count': {
      const n = wholeNumber(text);
      return done(n !== null && n >= 1 && n <= MAX_COUNT ? n : null);
    }
    case 'tick': {
      const n = wholeNumber(text);
      return done(n !== null && n >= 0 ? n : null);
    }
    case 'size':
      return done(parseSize(text));
    case 'memoryType':
      return done(oneOf<MemoryType>(MEMORY_TYPES, text));
    case 'corruption':
      return done(oneOf(CORRUPTION_NAMES, text));
    case 'processType':
      return done(oneOf<ProcessType>(PROCESS_TYPES, text));
    case 'access':
      return done(oneOf(ACCESS_WORDS, text));
    case 'address':
      return done(parseAddressText(text));
    case 'bursts': {
      const parts = text.split(',');
      const bursts = parts.map((p) => wholeNumber(p.trim()));
      return done(bursts.every((b): b is number => b !== null && b >= 1) ? bursts : null);
    }
    case 'path':
      return done(text.startsWith('/') ? text : null);
    case 'name':
    case 'file':
    case 'command':
    case 'words':
      return done(text === '' ? null : text);
  }
}

/** Levenshtein distance (insert, delete, substitute: 1 each). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The name `word` most likely meant: the only one it is a prefix of, else the nearest by edit distance
 * (ties: the earlier in `names`), if within max(2, half the word's length); else null.
 */
export function closest(word: string, names: readonly string[]): string | null {
  const w = word.toLowerCase();
  const prefixed = names.filter((n) => n.startsWith(w));
  if (prefixed.length === 1) return prefixed[0] as string;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const n of names) {
    const d = editDistance(w, n);
    if (d < bestDistance) [best, bestDistance] = [n, d];
  }
  return bestDistance <= Math.max(2, Math.ceil(w.length / 2)) ? best : null;
}
