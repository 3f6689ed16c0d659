import type { AfsCacheEntry, AfsClient, AfsServerFile } from '../../network/afs/afsTypes';
import { pyBool, pyFloatRepr, pyStr } from '../pyFormat';
import {
  asciiLabel,
  keptTexts,
  putBytes,
  writeInt,
  writePaddedInt,
  type AsciiLabel,
  type AsciiWriter,
  type KeptTexts,
} from '../textParts';
import { MAX_AFS_FILES } from '../../network/afs/afsModel';
import type { AfsOptions } from './afsFlags';

/** afs.py's -d bits: 1 server actions, 2 invalidations, 4 client caches, 8 labels. */
export const isset = (detail: number, bit: number): boolean => (detail & (1 << bit)) !== 0;

/** afs.py's dospace(n): a column of 28 spaces for the server and each client before n. */
export const dospace = (n: number): string => ' '.repeat(28 * (n + 1));

/** Python's repr of a float, `nan` and `inf` too. */
const floatRepr = (x: number): string =>
  Number.isNaN(x) ? 'nan' : Number.isFinite(x) ? pyFloatRepr(x) : x > 0 ? 'inf' : '-inf';

export function argsText(v: AfsOptions): string {
  return [
    `ARG seed ${v.seed}`,
    `ARG numclients ${v.numclients}`,
    `ARG numsteps ${v.numsteps}`,
    `ARG numfiles ${v.numfiles}`,
    `ARG readratio ${floatRepr(v.readratio)}`,
    `ARG actions ${v.actions}`,
    `ARG schedule ${v.schedule}`,
    `ARG detail ${v.detail}`,
    '',
    '',
  ].join('\n');
}

/** The columns' heads: the server, then each client. */
export function headerText(clients: readonly AfsClient[]): string {
  const cols = clients.map((c) => `${c.name.padStart(13)} ${' '.repeat(13)} `).join('');
  return `${'Server'.padStart(12)} ${' '.repeat(12)} ${cols}\n`;
}

/** What each file holds, or `?` where the reader is to work it out. */
export const filesText = (files: readonly AfsServerFile[], show: boolean): string =>
  files.map((f) => `file:${f.name} contains:${show ? f.value : '?'}\n`).join('');

/** afs.py's column: 28 spaces for the server and for each client. */
const COLUMN = 28;
const SPACE = 32;
const ZERO = 48;

/** dospace(n) written into w. */
export function writeColumns(w: AsciiWriter, n: number): void {
  const width = COLUMN * (n + 1);
  const at = w.written();
  w.reserve(width).fill(SPACE, at, at + width);
  w.commit(at + width);
}

/**
 * The labels a cache's lines are written with, each made once and kept: a few per file and per client (the files
 * are a, b, ..., at most 26, which Python's repr quotes as they are; the clients c0, c1, ..., at most 64).
 */
function labelsOf(make: (name: string) => string): (name: string) => AsciiLabel {
  const labels = new Map<string, AsciiLabel>();
  return (name) => {
    let label = labels.get(name);
    if (label === undefined) labels.set(name, (label = asciiLabel(make(name))));
    return label;
  };
}
const clientLabel = labelsOf((name) => `${name} `);
const lineFile = labelsOf((file) => `[${file}:`);
const dictFile = labelsOf((file) => `${pyStr(file)}: {'data': `);
const VALID_IS = asciiLabel(' (v=');
const DIRTY_IS = asciiLabel(',d=');
const REFS_ARE = asciiLabel(',r=');
const ENTRY_ENDS = asciiLabel(')]\n');
const DIRTY_KEY = asciiLabel(", 'dirty': ");
const REFS_KEY = asciiLabel(", 'refcnt': ");
const VALID_KEY = asciiLabel(", 'valid': ");
const TRUE = asciiLabel(pyBool(true));
const FALSE = asciiLabel(pyBool(false));
const BETWEEN = asciiLabel('}, ');

/**
 * A run's texts of cache entries kept between steps: an operation changes one entry of a cache, so the others'
 * texts are copied as last written. Keyed by client and place in its cache (a cache holds each of at most
 * MAX_AFS_FILES files once), kept while the entry there is the same object (the model never changes one).
 */
export interface KeptEntries {
  texts: KeptTexts;
  entries: (AfsCacheEntry | undefined)[];
}

/**
 * Room for one entry's text: a line's or a dictionary entry's labels (at most 61 bytes with the separator before
 * it), its value and its count (at most MAX_INT_CHARS each), and the slack the copies write past a text.
 */
const ENTRY_SLOT = 128;

export function keptEntries(clients: number): KeptEntries {
  return { texts: keptTexts(Math.max(1, clients) * MAX_AFS_FILES, ENTRY_SLOT), entries: [] };
}

/**
 * Writes the text of each entry of a client's cache into w, after `before` (a column) and a separator for each
 * entry but the first: copied when `kept` holds the same entry's, else written by `write` and kept.
 */
function writeEntries(
  w: AsciiWriter,
  kept: KeptEntries,
  id: number,
  cache: readonly AfsCacheEntry[],
  indent: number,
  write: (buf: Uint8Array, at: number, e: AfsCacheEntry, k: number) => number,
): void {
  for (let k = 0; k < cache.length; k++) {
    const e = cache[k] as AfsCacheEntry;
    const key = id * MAX_AFS_FILES + k;
    const buf = w.reserve(indent + ENTRY_SLOT);
    let at = w.written();
    buf.fill(SPACE, at, at + indent);
    at += indent;
    const copied = kept.entries[key] === e ? kept.texts.copy(buf, at, key) : -1;
    if (copied >= 0) at = copied;
    else {
      const from = at;
      at = write(buf, at, e, k);
      kept.texts.keep(key, buf, from, at);
      kept.entries[key] = e;
    }
    w.commit(at);
  }
}

/** A client's cache, one line per file, in the client's column (afs.py's printstate, at -d 4). */
export function writeCache(
  w: AsciiWriter,
  kept: KeptEntries,
  detail: number,
  id: number,
  name: string,
  cache: readonly AfsCacheEntry[],
): void {
  if (!isset(detail, 2)) return;
  const label = isset(detail, 3) ? clientLabel(name) : null;
  writeEntries(w, kept, id, cache, COLUMN * (id + 1), (buf, start, e) => {
    let at = label ? putBytes(buf, start, label) : start;
    at = putBytes(buf, at, lineFile(e.file));
    // Python's '%2d' of the value, as String(e.data).padStart(2) prints it (values are never below 0)
    at = writePaddedInt(buf, at, e.data, 2);
    at = putBytes(buf, at, VALID_IS);
    buf[at++] = ZERO + (e.valid ? 1 : 0);
    at = putBytes(buf, at, DIRTY_IS);
    buf[at++] = ZERO + (e.dirty ? 1 : 0);
    at = putBytes(buf, at, REFS_ARE);
    at = writeInt(buf, at, e.refcnt);
    return putBytes(buf, at, ENTRY_ENDS);
  });
}

/** The cache as afs.py's debugging print shows its dictionary. */
export function writeCacheDict(w: AsciiWriter, kept: KeptEntries, id: number, cache: readonly AfsCacheEntry[]): void {
  w.ascii('{');
  writeEntries(w, kept, id, cache, 0, (buf, start, e, k) => {
    let at = k > 0 ? putBytes(buf, start, BETWEEN) : start;
    at = putBytes(buf, at, dictFile(e.file));
    at = writeInt(buf, at, e.data);
    at = putBytes(buf, at, DIRTY_KEY);
    at = putBytes(buf, at, e.dirty ? TRUE : FALSE);
    at = putBytes(buf, at, REFS_KEY);
    at = writeInt(buf, at, e.refcnt);
    at = putBytes(buf, at, VALID_KEY);
    return putBytes(buf, at, e.valid ? TRUE : FALSE);
  });
  w.ascii(cache.length > 0 ? '}}' : '}');
}

/** -p: the server's fetches and stores, each client's reads and writes and its cache's counts. */
export function statsText(gets: number, puts: number, clients: readonly AfsClient[]): string {
  const lines = [`Server   -- Gets:${gets} Puts:${puts}`];
  for (const c of clients)
    lines.push(
      `${c.name}       -- Reads:${c.reads} Writes:${c.writes}`,
      `   Cache -- Hits:${c.hits} Misses:${c.misses} Invalidates:${c.invalidates}`,
    );
  return `${lines.join('\n')}\n`;
}
