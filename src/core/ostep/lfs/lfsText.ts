import { liveMarks } from '../../fs/lfs/lfsLiveness';
import type { Addr, LfsBlock, LfsFailure, LfsState } from '../../fs/lfs/lfsTypes';
import type { LfsCommand } from './lfsCommands';

function addrs(xs: readonly Addr[]): string {
  let text = '';
  for (const a of xs) text += a === null ? '-- ' : `${a} `;
  return text;
}

/** A block's contents as lfs.py prints them (after its address and liveness). */
export function blockText(b: LfsBlock): string {
  switch (b.kind) {
    case 'checkpoint':
      return `checkpoint: ${addrs(b.pieces)}`;
    case 'dir':
      return b.slots.map((s) => (s === null ? '-- ' : `[${s.name},${s.inum}] `)).join('');
    case 'data':
      return b.text;
    case 'inode':
      return `type:${b.type === 'dir' ? 'dir' : 'reg'} size:${b.size} refs:${b.links} ptrs: ${addrs(b.pointers)}`;
    case 'imap':
      return `chunk(imap): ${addrs(b.inodes)}`;
  }
}

/** One line of lfs.py's dump: address, liveness (live, blank, or ? where the reader is to work it out), contents. */
export function blockLine(addr: number, b: LfsBlock, live: boolean | null): string {
  const mark = live === null ? ' ?    ' : live ? ' live ' : '      ';
  return `[ ${String(addr).padStart(3)} ]${mark}${blockText(b)}\n`;
}

/** lfs.py's dump of the log's blocks [from, to), each marked live or dead when `showLive`, else with a "?". */
export function* logLines(fs: LfsState, from: number, to: number, showLive: boolean): Generator<string> {
  const live = showLive ? liveMarks(fs, from, to) : null;
  for (let addr = from; addr < to; addr++)
    yield blockLine(addr, fs.log[addr] as LfsBlock, live === null ? null : live[addr - from] === 1);
}

/** What lfs.py prints for a command with -o (it ends with a space: the rest of the line follows). */
export function commandText(c: LfsCommand): string {
  switch (c.op) {
    case 'create':
      return `create file ${c.path} `;
    case 'mkdir':
      return `create dir  ${c.path} `;
    case 'delete':
      return `delete file ${c.path} `;
    case 'link':
      return `link file   ${c.src} ${c.dst} `;
    case 'write':
      return `write file  ${c.path} offset=${c.offset} size=${c.count} `;
    case 'sync':
      return 'sync ';
    case 'unknown':
      return '';
  }
}

/** lfs.py's words for a failure (-e lists them under the return code). */
export function failureText(f: LfsFailure): string {
  switch (f.reason) {
    case 'malformed':
      return 'path malformed: must start with /';
    case 'noDirectory':
      return `directory ${f.name} not found`;
    case 'noParent':
      return `create failed: walkpath returned error [${f.path}]`;
    case 'exists':
      return f.op === 'create' ? 'create failed: file already exists' : `link failed, dst [${f.path}] exists`;
    case 'noInodes':
      return 'create failed: no more inodes available';
    case 'directoryFull':
      return f.op === 'create'
        ? `error: directory is full (path ${f.path})`
        : `error: directory is full [path ${f.path}]`;
    case 'notFound':
      return f.op === 'write'
        ? `write failed: file not found [path ${f.path}]`
        : f.op === 'delete'
          ? `delete failed: file not found [${f.path}]`
          : `link failed, src [${f.path}] not found`;
    case 'notRegular':
      return f.op === 'write'
        ? `write failed: cannot write to non-regular file ${f.path}`
        : f.op === 'delete'
          ? `delete failed: cannot delete non-regular file [${f.path}]`
          : `link failed: cannot link to non-regular file [${f.path}]`;
    case 'badOffset':
      return `write failed: bad offset ${f.offset}`;
  }
}
