import { performance } from 'node:perf_hooks';
import { applyFsOp } from '../core/fs/applyFsOp';
import { geometryOf } from '../core/fs/config';
import { createFileSystem } from '../core/fs/fileSystem';
import { randomFsWorkload } from '../core/fs/allocation/randomWorkload';
import { Simulation } from '../core/kernel/simulation';
import { validateScenario } from '../core/scenario/validate';
import { GIB_DISK } from './allocationBench';
import { groupedDigits } from '../core/groupedDigits';

/** Issue 14's target: 100,000 random file operations on a 1 GiB disk of 4 KiB blocks, headless, under a second. */
const OPS_TARGET_MS = 1000;
const OPS = 100_000;

/** A node writing and reading one file through the page cache on a 1 GiB disk, both processes blocking on it. */
const BUSY_NODE = {
  format: 'bcos-scenario',
  version: 3,
  scheduler: { policy: 'RR', quantum: 4 },
  processes: [
    {
      pid: 1,
      name: 'writer',
      type: 'DATA_PROCESSING',
      arrival: 0,
      bursts: [20_000],
      files: { every: 2, requests: [{ kind: 'write', path: '/big', bytes: 40_960 }] },
    },
    {
      pid: 2,
      name: 'reader',
      type: 'AI_INFERENCE',
      arrival: 0,
      bursts: [20_000],
      files: { every: 3, requests: [{ kind: 'read', path: '/big', bytes: 65_536 }] },
    },
  ],
  fs: { blocks: 262_144, inodes: 65_536, cache: { blocks: 4096 } },
};

/**
 * The node's own file system (src/core/fs, the one the kernel runs): the random workload the allocation rows use,
 * applied with the lowest-free placement; and a run whose processes make 16,665 file requests on a 1 GiB disk.
 */
export function fsBenchmarks(): { name: string; ms: number; detail: string; targetMs?: number }[] {
  const ops = randomFsWorkload(14, OPS, GIB_DISK);
  const geometry = geometryOf({
    ...GIB_DISK,
    inodes: 65_536,
    device: { requestTicks: 4, blockTicks: 1 },
    cache: { blocks: 0, writeBack: true },
  });
  let best = Infinity;
  let refused = 0;
  let used = 0;
  for (let i = 0; i < 3; i++) {
    const fs = createFileSystem(geometry);
    refused = 0;
    const t0 = performance.now();
    for (const op of ops) if (!applyFsOp(fs, op).ok) refused++;
    best = Math.min(best, performance.now() - t0);
    used = fs.used.blocks;
  }
  const v = validateScenario(BUSY_NODE);
  if (!v.ok) throw new Error(v.errors[0]?.message);
  const t0 = performance.now();
  const sim = new Simulation(v.scenario);
  const end = sim.runToEnd();
  const run = performance.now() - t0;
  return [
    {
      name: 'fs: 100,000 random file operations, 1 GiB disk (the kernel file system)',
      ms: best,
      targetMs: OPS_TARGET_MS,
      detail: `${groupedDigits(refused)} refused; ${groupedDigits(used)} of 262,144 blocks in use at the end`,
    },
    {
      name: 'fs: a node making 16,665 file requests on a 1 GiB disk',
      ms: run,
      detail: `two processes, a 4,096-block page cache; ${groupedDigits(end)} ticks, to the end`,
    },
  ];
}
