/**
 * How one file lies on the disk: its blocks' distance from its inode and from its directory's inode (block
 * addresses apart, a stand-in for the seek between them), and how many runs of consecutive blocks it is in.
 */
export interface FileDistance {
  path: string;
  inum: number;
  blocks: number;
  /** maximal runs of consecutive addresses in file order: 1 is a file in one piece */
  runs: number;
  /** the mean distance of its blocks from its inode, rounded to a whole block (0 for an empty file) */
  fromInode: number;
  /** the mean distance of its blocks from its directory's inode, rounded to a whole block */
  fromDir: number;
}

const meanDistance = (addrs: readonly number[], from: number): number =>
  addrs.length === 0 ? 0 : Math.round(addrs.reduce((n, a) => n + Math.abs(a - from), 0) / addrs.length);

export function fileDistance(
  file: { path: string; inum: number },
  inodeAddr: number,
  dirInodeAddr: number,
  blockAddrs: readonly number[],
): FileDistance {
  let runs = 0;
  blockAddrs.forEach((a, i) => {
    if (i === 0 || a !== (blockAddrs[i - 1] as number) + 1) runs++;
  });
  return {
    path: file.path,
    inum: file.inum,
    blocks: blockAddrs.length,
    runs,
    fromInode: meanDistance(blockAddrs, inodeAddr),
    fromDir: meanDistance(blockAddrs, dirInodeAddr),
  };
}

/** A layout's figures over its files (those with blocks): how many lie in one run, and the mean distances. */
export interface DistanceTotals {
  files: number;
  /** files with blocks that lie in one run */
  oneRun: number;
  /** means over files with blocks, rounded to a whole block */
  meanFromInode: number;
  meanFromDir: number;
}

export function distanceTotals(files: readonly FileDistance[]): DistanceTotals {
  const held = files.filter((f) => f.blocks > 0);
  const mean = (f: (d: FileDistance) => number) =>
    held.length === 0 ? 0 : Math.round(held.reduce((n, d) => n + f(d), 0) / held.length);
  return {
    files: files.length,
    oneRun: held.filter((f) => f.runs === 1).length,
    meanFromInode: mean((d) => d.fromInode),
    meanFromDir: mean((d) => d.fromDir),
  };
}
