import type { AfsCacheEntry, AfsClient, AfsServerFile } from '../../network/afs/afsTypes';
import { pyBool, pyFloatRepr, pyStr } from '../pyFormat';
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

const bit = (b: boolean) => (b ? 1 : 0);

/** A client's cache, one line per file, in the client's column (afs.py's printstate, at -d 4). */
export function cacheText(detail: number, id: number, name: string, cache: readonly AfsCacheEntry[]): string {
  if (!isset(detail, 2)) return '';
  const label = isset(detail, 3) ? `${name} ` : '';
  return cache
    .map(
      (e) =>
        `${dospace(id)}${label}[${e.file}:${String(e.data).padStart(2)} (v=${bit(e.valid)},d=${bit(e.dirty)},r=${e.refcnt})]\n`,
    )
    .join('');
}

/** The cache as afs.py's debugging print shows its dictionary. */
export const cacheDict = (cache: readonly AfsCacheEntry[]): string => `{${cache.map(dictEntry).join(', ')}}`;

const dictEntry = (e: AfsCacheEntry): string =>
  `${pyStr(e.file)}: {'data': ${e.data}, 'dirty': ${pyBool(e.dirty)}, 'refcnt': ${e.refcnt}, 'valid': ${pyBool(e.valid)}}`;

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
