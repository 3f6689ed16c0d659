import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../deepCopy';
import { applyFsOp } from '../applyFsOp';
import { createFileSystem } from '../fileSystem';
import { parseFsOp, type FsOp } from '../fsOp';
import { createCleanedLog, logOperation } from '../layout/cleanedLog';
import type { LogConfig } from '../layout/logConfig';
import { LOWEST_FREE } from '../placement';
import type { FsState } from '../types';
import { cleanedSentence } from './cleaner';
import { CLEANER_POLICIES } from './cleanerPolicies';

const GEOMETRY = { inodes: 16, dataBlocks: 64, entriesPerBlock: 32, pointersPerInode: 64, blockSize: 1024 };

function run(config: LogConfig, blocks: number, lines: string[]) {
  let fs = createFileSystem(GEOMETRY);
  const log = createCleanedLog(fs, blocks, config);
  const keep = { save: () => deepCopy(fs), restore: (saved: FsState) => void (fs = saved) };
  const said = lines.flatMap((line) => {
    const op = (parseFsOp(line) as { ok: true; op: FsOp }).op;
    const r = logOperation(log, fs, op, () => applyFsOp(fs, op, LOWEST_FREE), keep);
    return r.cleaned.map((c) => `${line}: ${cleanedSentence(c)}`);
  });
  return { log, said };
}

describe('the segment cleaner', () => {
  it('cleans the segment with the fewest live blocks, by hand', () => {
    // 3 segments of 8 (addresses 1-8, 9-16, 17-24). The empty file system takes 1-3 (root's block, inode, piece).
    // Each write of /f appends its block, its inode and piece (3), the first also the root's block and inode.
    const { said, log } = run({ policy: 'greedy', segmentBlocks: 8, cleanBelow: 1, cleanTo: 2 }, 25, [
      'write /f 1024',
      'truncate /f 0',
      'write /f 1024',
      'truncate /f 0',
      'write /f 1024',
      'truncate /f 0',
      'write /f 1024',
    ]);
    // Segment 0 (1-8) fills with the first write: the root's block 4 and inode 5 stay live. Before the second
    // truncate (bound 12 blocks, room 11) the cleaner copies block 4 to 14 and writes the root's inode (15) and the
    // piece (16) again; segment 0 is free, but the head took segment 2, so it goes on: segment 1 (9-16) holds /f's
    // block 11 and inode 12 and the root's 14-16 live, 2 copied to 17-18.
    expect(said).toEqual([
      'truncate /f 0: segment 0 cleaned: 2 of 8 blocks live, 1 copied to 14 (1 inode and 1 inode-map piece written again); greedy picks the fewest live',
      'truncate /f 0: segment 1 cleaned: 5 of 8 blocks live, 2 copied to 17–18 (2 inodes and 1 inode-map piece written again); greedy picks the fewest live',
      'write /f 1024: segment 2 cleaned: 2 of 8 blocks live, 1 copied to 5 (1 inode and 1 inode-map piece written again); greedy picks the fewest live',
    ]);
    // Each segment cleaned wrote its copies, inodes and piece, and the checkpoint region: 4 + 6 + 4.
    expect(log.cleaner).toEqual({ runs: 2, segmentsCleaned: 3, blocksCopied: 4, blocksWritten: 14 });
  });

  it("compares by Rosenblum and Ousterhout's (1−u)·age/(1+u): a cold fuller segment before a hot emptier one", () => {
    const hot = { segment: 1, live: 2, age: 10 };
    const cold = { segment: 2, live: 8, age: 100 };
    // (16−2)·10/(16+2) ≈ 7.8 against (16−8)·100/(16+8) ≈ 33.3.
    expect(CLEANER_POLICIES['cost-benefit'].better(cold, hot, 16)).toBe(true);
    expect(CLEANER_POLICIES.greedy.better(cold, hot, 16)).toBe(false);
    expect(CLEANER_POLICIES['cost-benefit'].why(cold, 16)).toBe(
      'cost-benefit picks the highest (1−u)·age/(1+u), here u = 8/16 and age 100 operations',
    );
  });
});
