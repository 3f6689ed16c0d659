import type { FsOp } from '../fsOp';
import { applyOp } from './applyOp';
import type { FsError } from '../types';
import { allocGeometryError, createAllocDisk } from './disk';
import { filesMetrics, freeSpaceMetrics, type FileMetrics, type FreeSpaceMetrics } from './metrics';
import { ALLOCATION_STRATEGIES } from './registry';
import { ALLOCATION_NAMES, type AllocDisk, type AllocGeometry, type AllocOutcome, type AllocationName } from './types';

export interface AllocStep {
  op: FsOp;
  outcome: AllocOutcome;
}

/** A workload run under one strategy from an empty disk (the geometry checked first: see compareAllocations). */
export function runWorkload(
  strategy: AllocationName,
  geometry: AllocGeometry,
  ops: readonly FsOp[],
): { disk: AllocDisk; steps: AllocStep[] } {
  const disk = createAllocDisk(strategy, geometry);
  return { disk, steps: ops.map((op) => ({ op, outcome: applyOp(disk, op) })) };
}

export interface AllocationSummary {
  name: AllocationName;
  label: string;
  disk: AllocDisk;
  steps: AllocStep[];
  files: FileMetrics[];
  free: FreeSpaceMetrics;
  totals: {
    dataBlocks: number;
    /** every file's metadata blocks, plus the FAT's blocks under LINKED */
    metadataBlocks: number;
    fragments: number;
    /** seeks to read every file once, sequentially */
    seeks: number;
    /** blocks copied when CONTIGUOUS moved a file */
    copied: number;
    /** operations refused (ENOSPC, EFBIG, a bad path, …) */
    refused: number;
  };
}

export function summarize(disk: AllocDisk, steps: AllocStep[]): AllocationSummary {
  const files = filesMetrics(disk);
  const sum = (f: (m: FileMetrics) => number) => files.reduce((n, m) => n + f(m), 0);
  return {
    name: disk.strategy,
    label: ALLOCATION_STRATEGIES[disk.strategy].label,
    disk,
    steps,
    files,
    free: freeSpaceMetrics(disk),
    totals: {
      dataBlocks: sum((m) => m.dataBlocks),
      metadataBlocks: sum((m) => m.metadataBlocks) + disk.reserved,
      fragments: sum((m) => m.fragments),
      seeks: sum((m) => m.seeks),
      copied: disk.copied,
      refused: steps.filter((s) => !s.outcome.ok).length,
    },
  };
}

/** The same workload under every strategy, in the registry's order; a geometry no disk can have is refused. */
export function compareAllocations(
  geometry: AllocGeometry,
  ops: readonly FsOp[],
): { ok: true; summaries: AllocationSummary[] } | { ok: false; error: FsError } {
  const wrong = allocGeometryError(geometry);
  if (wrong !== null) return { ok: false, error: { code: 'EINVAL', message: wrong } };
  return {
    ok: true,
    summaries: ALLOCATION_NAMES.map((name) => {
      const { disk, steps } = runWorkload(name, geometry, ops);
      return summarize(disk, steps);
    }),
  };
}
