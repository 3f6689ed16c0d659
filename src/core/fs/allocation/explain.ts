import { assertNever } from '../../assertNever';
import { fsOpText, type FsOp } from '../fsOp';
import { runsText } from './disk';
import type { AllocDecision, AllocOutcome, Run } from './types';

const blocks = (n: number): string => (n === 1 ? '1 block' : `${n} blocks`);
const freeBlocks = (n: number): string => (n === 1 ? '1 free block' : `${n} free blocks`);
const total = (runs: readonly Run[]): number => runs.reduce((n, [, l]) => n + l, 0);
const list = (bs: readonly number[]): string => runsText(bs.map((b) => [b, 1] as const));

/** One decision as the narration and the CLI say it: "/a/f: blocks 40–47 (first run of 8 free blocks)". */
export function explainAllocation(d: AllocDecision): string {
  const r = d.reason;
  switch (r.kind) {
    case 'inPlace':
      return `${d.path}: ${runsText([r.run])} (free right after its end, so it grows in place)`;
    case 'firstFit':
      return `${d.path}: ${runsText([r.run])} (first run of ${freeBlocks(r.run[1])})`;
    case 'moved':
      return `${d.path}: moved from ${runsText([r.from])} to ${runsText([r.to])} (the first run of ${freeBlocks(r.to[1])}; block ${r.from[0] + r.from[1]} after it is ${r.blockedBy < 0 ? 'the end of the disk' : `inode ${r.blockedBy}'s`}), copying ${blocks(r.from[1])}`;
    case 'chained':
      return `${d.path}: ${runsText(r.runs)} (${r.after < 0 ? 'the first free blocks' : `the first free after block ${r.after}`}), each linked to the next in the FAT`;
    case 'indexed':
      return `${d.path}: ${runsText(r.runs)} (${r.after < 0 ? 'the first free blocks' : `the first free after block ${r.after}`})${r.indirect.length > 0 ? `, and indirect ${list(r.indirect)} for the pointers` : ''}`;
    case 'extents': {
      const parts = [
        ...(r.extended > 0 ? [`its last extent grew by ${blocks(r.extended)}`] : []),
        ...(r.added.length > 0
          ? [
              `${r.added.length === 1 ? 'a new extent' : `${r.added.length} new extents`} at ${runsText(r.added)} (${r.added.length === 1 ? `the first run of ${freeBlocks(total(r.added))}` : `no run held all ${blocks(total(r.added))}: the longest free runs`})`,
            ]
          : []),
        ...(r.treeBlocks.length > 0 ? [`extent-tree ${list(r.treeBlocks)} (more than 4 extents)`] : []),
      ];
      return `${d.path}: ${parts.join('; ')}`;
    }
    case 'freed':
      return `${d.path}: freed ${runsText(r.runs)}${r.meta.length > 0 ? ` and metadata ${list(r.meta)}` : ''}`;
    case 'namespace':
      return `${d.path}: names only, no blocks change`;
    case 'synced':
      return 'sync: nothing to write, since every block is written when it is allocated (no page cache here)';
    case 'ledger':
      return `${d.path}: the ledger is a file system of its own; no block of this disk changes`;
    default:
      return assertNever(r);
  }
}

/** An operation and what came of it: the decision's sentence or the refusal's error. */
export function explainOutcome(op: FsOp, outcome: AllocOutcome): string {
  return outcome.ok
    ? explainAllocation(outcome.decision)
    : `${fsOpText(op)}: ${outcome.error.code}: ${outcome.error.message}`;
}
