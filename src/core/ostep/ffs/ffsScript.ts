import type { Inode } from '../../fs/types';
import { scriptFlags, type OstepScript } from '../script';
import { ffsCommands } from './ffsCommands';
import { FFS_FLAGS, type FfsOptions } from './ffsFlags';
import { ffsRun, type FfsOp } from './ffsRun';
import { ffsDump, ffsGroupCells, ffsSpans, groupRow } from './ffsText';
import { groupedDigits } from '../../groupedDigits';

/** Inodes or blocks in all: each is an object of ours, as in ffs.py a Python one. */
const MAX_ENTRIES = 1_000_000;

/** The answer of ffs.py -c as data. */
export interface FfsAnswers {
  ops: FfsOp[];
  /** each group's inodes and blocks as ffs.py draws them (a symbol per file, - where free) */
  groups: { inodes: string; data: string }[];
  /** every file and directory, by path in ffs.py's order, with its inode, symbol and blocks */
  files: { path: string; inode: number; symbol: string; type: 'directory' | 'regular'; blocks: number[] }[];
  freeInodes: number;
  freeBlocks: number;
}

const whole = (n: number, min: number) => Number.isInteger(n) && n >= min;

/** Why these sizes are not a file system ffs.py runs, naming the flag, or null. */
function sizeError(v: FfsOptions): string | null {
  if (!whole(v.numGroups, 1)) return `-n/--num_groups must be at least 1 (got ${v.numGroups})`;
  if (!whole(v.inodesPerGroup, 1))
    return `-i/--inodes_per_group must be at least 1, for the root directory (got ${v.inodesPerGroup})`;
  if (!whole(v.blocksPerGroup, 1))
    return `-d/--datablocks_per_groups must be at least 1, for the root directory (got ${v.blocksPerGroup})`;
  if (v.numGroups * Math.max(v.inodesPerGroup, v.blocksPerGroup) > MAX_ENTRIES)
    return `-n/--num_groups times -i or -d must be at most ${groupedDigits(MAX_ENTRIES)} inodes or blocks (got ${v.numGroups} groups of ${v.inodesPerGroup} inodes and ${v.blocksPerGroup} blocks)`;
  if (!whole(v.faraway, 1)) return `-A/--allocate_faraway must be at least 1 group (got ${v.faraway}; ffs.py crashes)`;
  if (!whole(v.contiguous, 1)) return `-C/--contig_allocation_policy must be at least 1 block (got ${v.contiguous})`;
  return null;
}

/**
 * OSTEP's ffs.py: the commands of a file (-f) on our file system with FFS's placement (src/core/fs/ffsPlacement.ts:
 * directories spread to the group with the most free inodes, files near their directory, the large-file
 * exception), drawn group by group as ffs.py draws them.
 */
export const ffsScript: OstepScript<FfsAnswers, typeof FFS_FLAGS> = {
  ...scriptFlags({ name: 'ffs', path: 'file-ffs/ffs.py', runsOn: 'on our file system with FFS placement' }, FFS_FLAGS, {
    width: 22,
    nextLineFrom: 22,
  }),
  readsFile: 'inputFile',
  solve(v, _run, fileText) {
    const wrong = sizeError(v);
    if (wrong) return { ok: false, error: wrong };
    if (fileText === undefined)
      return { ok: false, error: '-f/--input_file: ffs.py needs a command file (such as in.example1 of file-ffs)' };
    const commands = ffsCommands(fileText);
    if (typeof commands === 'string') return { ok: false, error: commands };
    let text = '';
    const run = ffsRun(
      v,
      commands,
      (t) => (text += t),
      (r) => (text += ffsDump(r, v)),
    );
    if (typeof run === 'string') return { ok: false, error: run };
    text += ffsDump(run, v);
    if (v.showSpans) text += ffsSpans(run, v);
    const { fs, symbols } = run;
    const answer: FfsAnswers = {
      ops: run.ops,
      groups: ffsGroupCells(run).map((cells) => ({
        inodes: groupRow(cells.inodes, run, false),
        data: groupRow(cells.blocks, run, false),
      })),
      files: [...run.paths].map(([path, inum]) => {
        const inode = fs.inodes[inum] as Inode;
        return {
          path,
          inode: inum,
          symbol: symbols.of(inum),
          type: inode.kind === 'dir' ? 'directory' : 'regular',
          blocks: [...inode.blocks],
        };
      }),
      freeInodes: fs.geometry.inodes - fs.used.inodes,
      freeBlocks: fs.geometry.dataBlocks - fs.used.blocks,
    };
    return { ok: true, answer, text };
  },
};
