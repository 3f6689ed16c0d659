import { DEFAULT_MEMORY, memoryLimits } from '../memory/defaults';
import { CONSTRAINTS } from '../memory/pools';
import {
  MEMORY_TYPE_INFO,
  MEMORY_TYPE_OF_PROCESS,
  POOL_NAMES,
  type MemoryConfig,
  type PoolName,
} from '../memory/types';
import type { ProcessSpec, Scenario } from './types';

/**
 * Most frames memory is given when it is turned on: every frame stays visible in the memory picture, and a
 * lesson's workload fits in it. A workload that needs more has its memory needs scaled down (see fitMemory).
 */
export const FIT_MAX_FRAMES = 1024;
/** The largest factor the needs are divided by: 2^30 takes any need the format allows down to 4 bytes. */
export const MAX_SCALE_BITS = 30;

/** How much a scenario's processes need, in pages of the default size. */
export interface MemoryNeeds {
  /** processes (listed and created by operations) that need memory */
  count: number;
  totalBytes: number;
  /** the process with the largest need */
  largest: { pid: number; name: string; bytes: number } | null;
}

/**
 * How to turn memory management on so that the scenario runs to completion: `memory` is sized so that every
 * process fits at once, within its pool and every constraint (no process waits in NEW for memory that can never
 * come). `scale` is 1 when the needs fit as they are; otherwise every need was divided by it (a power of two),
 * and `scenario` holds the scaled needs. `null` scenario: nothing fits (a pool of 0 % that a process needs).
 */
export type MemoryFit =
  | { kind: 'fits'; scenario: Scenario; frames: number; pageSize: number; needs: MemoryNeeds }
  | { kind: 'scaled'; scenario: Scenario; frames: number; pageSize: number; scale: number; needs: MemoryNeeds }
  | { kind: 'impossible'; why: string; needs: MemoryNeeds };

function everyProcess(s: Scenario): ProcessSpec[] {
  return [...s.processes, ...s.operations.flatMap((op) => (op.op === 'create' ? [op.process] : []))];
}

/** Pages needed per pool, and in general memory (USER and CACHE: in no pool, under no constraint). */
export type PagesByPool = Record<PoolName | 'general', number>;

function poolOf(p: ProcessSpec): PoolName | 'general' {
  return MEMORY_TYPE_INFO[MEMORY_TYPE_OF_PROCESS[p.type]].pool ?? 'general';
}

/** Frames a fraction of `frames` allows, floored as the memory subsystem floors it (pools.ts, framesOf). */
function allowed(fraction: number, frames: number): number {
  return Math.floor(fraction * frames + 1e-9);
}

/** Whether `pages` fit in `frames` frames at once: in all of memory, in each pool, within each constraint. */
export function fitsAtOnce(pages: PagesByPool, config: MemoryConfig, frames: number): boolean {
  const total = POOL_NAMES.reduce((n, p) => n + pages[p], pages.general);
  return (
    total <= frames &&
    POOL_NAMES.every((p) => pages[p] <= allowed(config.pools[p], frames)) &&
    CONSTRAINTS.every((c) => c.pools.reduce((n, p) => n + pages[p], 0) <= allowed(config.constraints[c.name], frames))
  );
}

/** The fewest frames (a power of two, ≥ the minimum) that hold `pages` at once, or null beyond `max`. */
function framesFor(pages: PagesByPool, config: MemoryConfig, max: number): number | null {
  for (let frames = memoryLimits.minPhysicalPages; frames <= max; frames *= 2)
    if (fitsAtOnce(pages, config, frames)) return frames;
  return null;
}

/** The pages `processes` need with every need divided by `scale`; processes sharing memory map one copy. */
export function pagesByPool(processes: readonly ProcessSpec[], pageSize: number, scale: number): PagesByPool {
  const pages: PagesByPool = { aiModels: 0, aiData: 0, ledger: 0, chainState: 0, network: 0, system: 0, general: 0 };
  const shared = new Set<string>();
  for (const p of processes) {
    if (p.needs.memoryBytes === 0) continue;
    if (p.sharedMemory !== undefined) {
      if (shared.has(p.sharedMemory)) continue;
      shared.add(p.sharedMemory);
    }
    pages[poolOf(p)] += Math.ceil(Math.ceil(p.needs.memoryBytes / scale) / pageSize);
  }
  return pages;
}

function needsOf(processes: ProcessSpec[]): MemoryNeeds {
  let largest: MemoryNeeds['largest'] = null;
  let totalBytes = 0;
  let count = 0;
  for (const p of processes) {
    if (p.needs.memoryBytes === 0) continue;
    count++;
    totalBytes += p.needs.memoryBytes;
    if (!largest || p.needs.memoryBytes > largest.bytes)
      largest = { pid: p.pid, name: p.name, bytes: p.needs.memoryBytes };
  }
  return { count, totalBytes, largest };
}

/** `p` with its memory need (and the offsets it references) divided by `scale`. */
export function scaled(p: ProcessSpec, scale: number): ProcessSpec {
  if (scale === 1 || p.needs.memoryBytes === 0) return p;
  const memoryBytes = Math.ceil(p.needs.memoryBytes / scale);
  const accesses =
    p.accesses?.kind === 'sequence'
      ? { ...p.accesses, offsets: p.accesses.offsets.map((o) => Math.min(Math.floor(o / scale), memoryBytes - 1)) }
      : p.accesses;
  return { ...p, needs: { ...p.needs, memoryBytes }, ...(accesses && { accesses }) };
}

/**
 * The scenario with memory management turned on and sized to its workload: the default memory settings with
 * the fewest frames (a power of two, at most FIT_MAX_FRAMES) in which every process fits at once. When the
 * needs are larger than that, every need is divided by the smallest power of two that makes them fit. Pure.
 */
export function fitMemory(scenario: Scenario): MemoryFit {
  const processes = everyProcess(scenario);
  const needs = needsOf(processes);
  const config: MemoryConfig = { ...DEFAULT_MEMORY, ...scenario.memory };
  const { pageSize } = config;
  for (let bits = 0; bits <= MAX_SCALE_BITS; bits++) {
    const scale = 2 ** bits;
    const frames = framesFor(pagesByPool(processes, pageSize, scale), config, FIT_MAX_FRAMES);
    if (frames === null) continue;
    const memory = { ...config, physicalBytes: frames * pageSize };
    const fitted: Scenario = {
      ...scenario,
      memory,
      processes: scenario.processes.map((p) => scaled(p, scale)),
      operations: scenario.operations.map((op) =>
        op.op === 'create' ? { ...op, process: scaled(op.process, scale) } : op,
      ),
    };
    return scale === 1
      ? { kind: 'fits', scenario: fitted, frames, pageSize, needs }
      : { kind: 'scaled', scenario: fitted, frames, pageSize, scale, needs };
  }
  return {
    kind: 'impossible',
    needs,
    why: `No memory of up to ${FIT_MAX_FRAMES} frames holds these processes: a pool or limit they need is set to 0 % of memory. Give it a share in the memory settings.`,
  };
}
