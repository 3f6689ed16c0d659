import { liveness } from '../lfs/lfsLiveness';
import { readLog } from '../lfs/logTree';
import { segmentOf, type LogSegments } from '../lfs/segments';
import { treeOf } from '../subsystem/view';
import type { FsState } from '../types';
import type { CleanedLog } from './cleanedLog';

/** A name as both the picture and the log hold it: its inode, kind, size, links and how many blocks. */
const nameKey = (n: { path: string; inum: number; type: string; size: number; links: number; blocks: number }) =>
  `${n.path} ${n.inum} ${n.type} ${n.size} ${n.links} ${n.blocks}`;

/**
 * What must hold of a log beside its picture, as sentences (none when it is sound): every pointer read from the
 * checkpoint region down reaches a block of its kind in a segment in use; no live block lies in a free segment;
 * the free segments are counted right; and the file system the log describes is the picture's (the same names,
 * inodes, kinds, sizes, links and block counts, each file block holding what was written for it).
 */
export function logInvariants(c: CleanedLog, fs: FsState): string[] {
  const { lfs } = c.log;
  const seg = lfs.segments as LogSegments;
  const read = readLog(lfs);
  const out = [...read.broken];
  liveness(lfs).forEach((why, a) => {
    if (why && a > 0 && seg.list[segmentOf(seg, a)]?.state === 'free')
      out.push(`live block ${a} lies in a free segment`);
  });
  const free = seg.list.filter((s) => s.state === 'free').length;
  if (free !== seg.free) out.push(`the log counts ${seg.free} free segments, and ${free} are`);
  const fromLog = read.names.map((n) => nameKey({ ...n, blocks: n.contents.length }));
  const fromPicture = treeOf(fs).map((e) => {
    const inode = fs.inodes[e.inum];
    const type = inode?.kind === 'dir' ? 'dir' : 'file';
    return nameKey({
      path: e.path,
      inum: e.inum,
      type,
      size: inode?.size ?? -1,
      links: inode?.links ?? -1,
      blocks: inode?.blocks.length ?? -1,
    });
  });
  const differ = fromLog.findIndex((k, i) => k !== fromPicture[i]);
  if (differ >= 0 || fromLog.length !== fromPicture.length)
    out.push(
      `the log describes another file system: "${fromLog[differ] ?? 'nothing'}" where the picture has "${fromPicture[differ] ?? fromPicture[fromLog.length] ?? 'nothing'}"`,
    );
  for (const n of read.names)
    if (n.type === 'file')
      n.contents.forEach((text, k) => {
        if (!text.startsWith(`${n.inum}:${k}:`)) out.push(`${n.path}'s block ${k} in the log holds "${text}"`);
      });
  return out;
}
