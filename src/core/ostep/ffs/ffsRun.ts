import { createFileSystem } from '../../fs/fileSystem';
import { ffsPlacement, mostFreeBlocksGroup, type FsGroups } from '../../fs/ffsPlacement';
import { create, unlink } from '../../fs/operations';
import { lookupIn, resolve } from '../../fs/paths';
import type { FsState, Inode } from '../../fs/types';
import type { FfsCommand } from './ffsCommands';
import type { FfsOptions } from './ffsFlags';
import { FfsSymbols } from './ffsSymbols';

/** One command's outcome, as the answer lists it. */
export type FfsOp =
  | { op: 'file'; path: string; size: number; ok: boolean; why: string | null }
  | { op: 'dir' | 'delete'; path: string; ok: boolean; why: string | null };

/** The file system after ffs.py's commands, with what the text and the answer read from it. */
export interface FfsRun {
  fs: FsState;
  groups: FsGroups;
  symbols: FfsSymbols;
  /** every path in the order ffs.py's name map holds them (made, and not deleted) */
  paths: Map<string, number>;
  ops: FfsOp[];
}

const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/';
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * ffs.py's commands on our file system with FFS's placement. `print` takes each line ffs.py prints as it goes
 * (-v's per-operation lines, -D's "target alloc", and a whole dump for each dump command). Returns the run, or
 * why ffs.py would crash on these commands (it frees the wrong bitmap bits when deleting a file whose inode or
 * blocks are numbered past what its arithmetic allows, and it runs out of symbols to draw files with).
 */
export function ffsRun(
  v: FfsOptions,
  commands: readonly FfsCommand[],
  print: (text: string) => void,
  dump: (run: FfsRun) => void,
): FfsRun | string {
  const groups: FsGroups = { count: v.numGroups, inodesPerGroup: v.inodesPerGroup, blocksPerGroup: v.blocksPerGroup };
  const inodes = groups.count * groups.inodesPerGroup;
  const dataBlocks = groups.count * groups.blocksPerGroup;
  // ffs.py's directories hold any number of names, and a file as many blocks as it asks for.
  const fs = createFileSystem({
    inodes,
    dataBlocks,
    entriesPerBlock: inodes + 2,
    pointersPerInode: dataBlocks,
    blockSize: 4096,
  });
  const placement = ffsPlacement(groups, {
    spreadInodes: v.spreadInodes,
    spreadData: v.spreadData,
    faraway: v.faraway,
    contiguous: v.contiguous,
    largeFileException: v.largeFileException,
  });
  const symbols = new FfsSymbols();
  symbols.take(0, '/');
  const run: FfsRun = { fs, groups, symbols, paths: new Map([['/', 0]]), ops: [] };
  const say = (text: string) => {
    if (v.showFileOps) print(text);
  };
  for (const c of commands) {
    if (c.op === 'dump') {
      dump(run);
      continue;
    }
    const done = c.op === 'delete' ? remove(run, c.path, say) : make(run, c, v, placement, say, print);
    if (typeof done === 'string') return done;
    say(done.ok ? 'success\n' : 'failed\n');
    run.ops.push(c.op === 'file' ? { ...c, ...done } : { op: c.op, path: c.path, ...done });
  }
  return run;
}

type Outcome = { ok: boolean; why: string | null } | string;

function make(
  run: FfsRun,
  c: Extract<FfsCommand, { op: 'file' | 'dir' }>,
  v: FfsOptions,
  placement: ReturnType<typeof ffsPlacement>,
  say: (text: string) => void,
  print: (text: string) => void,
): Outcome {
  const { fs } = run;
  const size = c.op === 'file' ? c.size : 1;
  say(c.op === 'file' ? `op create ${c.path} [size:${size}] ->` : `op mkdir ${c.path} ->`);
  const parent = parentOf(c.path);
  const name = nameOf(c.path);
  // ffs.py's checks, in its order and words.
  const refuse = (why: string): Outcome => {
    say(why);
    return { ok: false, why };
  };
  if (fs.used.inodes === fs.geometry.inodes) return refuse('[out of inodes]');
  if (fs.geometry.dataBlocks - fs.used.blocks < size) return refuse('[out of disk space]');
  const parentInum = run.paths.get(parent);
  if (parentInum === undefined) return refuse(`[failed to find parent ${parent}]`);
  const dir = fs.inodes[parentInum] as Inode;
  if (dir.kind !== 'dir') return `ffs.py crashes making ${c.path}: its parent ${parent} is a file`;
  if (lookupIn(fs, dir, name) !== null) return refuse(`[file ${name} already exists in dir ${parent}]`);
  if (v.spreadData) print(`target alloc ${mostFreeBlocksGroup(fs, run.groups)}\n`);
  // Asked for no blocks, ffs.py's allocator takes every block it comes to until it meets one in use.
  if (size === 0)
    return `ffs.py crashes making ${c.path} with 0 blocks: its allocator runs past the end of what it asked for`;
  const r = create(fs, c.path, c.op === 'file' ? 'file' : 'dir', placement, size);
  if (!r.ok) return `our file system refused what ffs.py makes: ${r.error.message} (a bug of ours)`;
  if (run.symbols.take(r.inum, name) === null)
    return `ffs.py crashes on ${c.path}: it has no symbol left to draw a file with`;
  run.paths.set(c.path, r.inum);
  return { ok: true, why: null };
}

function remove(run: FfsRun, path: string, say: (text: string) => void): Outcome {
  const { fs, groups } = run;
  say(`op delete ${path} ->`);
  const refuse = (why: string): Outcome => {
    say(why);
    return { ok: false, why };
  };
  const parent = parentOf(path);
  const parentInum = run.paths.get(parent);
  if (parentInum === undefined) return refuse(`[cannot find parent inode ${parent}]`);
  if ((fs.inodes[parentInum] as Inode).kind !== 'dir')
    return `ffs.py crashes deleting ${path}: its parent ${parent} is a file`;
  const found = resolve(fs, path);
  if (!found.ok) return refuse(`[cannot find ${nameOf(path)} in dir ${parent}]`);
  const inode = fs.inodes[found.inum] as Inode;
  if (inode.kind === 'dir') return refuse('[cannot delete directories]');
  // ffs.py finds a block's and an inode's group by dividing by the number of groups, not by the group's size.
  const n = groups.count;
  const wrong = (x: number, perGroup: number) =>
    Math.floor(x / n) !== Math.floor(x / perGroup) || x % n !== x % perGroup;
  const bad = inode.blocks.find((b) => wrong(b, groups.blocksPerGroup));
  if (bad !== undefined || wrong(found.inum, groups.inodesPerGroup))
    return `ffs.py crashes deleting ${path}: it finds ${bad !== undefined ? `block ${bad}` : `inode ${found.inum}`}'s group by dividing by the number of groups (${n}) instead of the group's size, and frees the wrong bit`;
  unlink(fs, path);
  run.symbols.release(found.inum);
  run.paths.delete(path);
  return { ok: true, why: null };
}
