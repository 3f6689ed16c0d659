import type { Growth } from './segmented';
import type { TwoLevelGeometry } from './twoLevelWalk';
import type { MemoryConfig } from './types';

/**
 * How the MMU translates a process's addresses (the scenario's `memory.mmu`): paging (the default: page tables, a
 * TLB, swap), base and bounds (one register pair per process), or segmentation (a base-and-bounds pair per segment,
 * the segment chosen by the top bits of the address), or a two-level page table held in the bytes of memory (OSTEP's
 * "smaller tables": a directory page, table pages, one-byte entries, each walk reading the PDE then the PTE). Under the
 * modes beside paging each process is held whole in memory, on the frames its registers or its memory cover, so
 * there is no swap and no compaction.
 */
export type MmuConfig = { mode: 'paging' } | BaseBoundsMmu | SegmentedMmu | TwoLevelMmu;
export type MmuModeName = MmuConfig['mode'];
export const MMU_MODES = ['paging', 'base-bounds', 'segmented', 'two-level'] as const satisfies readonly MmuModeName[];
/** The modes whose translation the kernel makes from per-process data it loads at admission (not page tables). */
export type RegisterMmu = BaseBoundsMmu | SegmentedMmu | TwoLevelMmu;

/**
 * What a violation does to its process: 'end' kills it (the default, as a Unix SIGSEGV does); 'signal' tells it
 * (a handler that skips the access) and it carries on, so every later address is translated too.
 */
export type OnViolation = 'end' | 'signal';

export interface BaseBoundsMmu {
  mode: 'base-bounds';
  violation: OnViolation;
  /**
   * registers given per process; a process not listed gets bounds = its memory need, and the kernel places it in one
   * run of free frames (the scenario's placement; any-free places first fit: the run must be contiguous)
   */
  processes: BaseBoundsProcess[];
}

export interface BaseBoundsProcess {
  pid: number;
  /** physical address of the process's first byte */
  base: number;
  /** bytes of its address space: VA < bounds is legal */
  bounds: number;
}

export interface SegmentedMmu {
  mode: 'segmented';
  violation: OnViolation;
  /** bytes of each process's virtual address space; n segments cut it into n equal slots (OSTEP's two: the top bit) */
  addressSpace: number;
  /**
   * whether two segments of one process may cover the same physical bytes (OSTEP's checks let one segment reach into
   * the other from below); segments of different processes never may, so no frame has two owners
   */
  overlap: boolean;
  /** segments given per process; a process not listed gets one segment growing up of its memory need */
  processes: SegmentedProcess[];
}

export interface SegmentedProcess {
  pid: number;
  /** slot i of the address space is segments[i] (code, heap, stack as the book's general form) */
  segments: SegmentSpec[];
}

export interface SegmentSpec {
  /** in words, for the walkthrough ("code", "heap", "stack"); optional */
  name?: string;
  /**
   * growing up: the physical address of its lowest byte; growing down: the address just above its highest (OSTEP's
   * segment 1 base). Absent: the kernel places the segment in a run of free frames.
   */
  base?: number;
  /** bytes */
  size: number;
  grows: Growth;
}

export interface TwoLevelMmu {
  mode: 'two-level';
  violation: OnViolation;
  /** how a virtual address splits (OSTEP's: 5 bits each, 32-byte pages, 15-bit addresses) */
  geometry: TwoLevelGeometry;
  /** each process's memory; a process not listed has none (it makes no reference) */
  processes: TwoLevelProcess[];
}

export interface TwoLevelProcess {
  pid: number;
  /** the physical address of its memory's page 0; absent: the kernel places it in a run of free frames */
  base?: number;
  /** the page (of `pages`) holding its page directory */
  pdbr: number;
  /** its memory as pages of 2^offsetBits bytes: the directory, the table pages and the data */
  pages: number[][];
}

/** The register modes' physical ranges in bytes, [from, to), of a segment whose base is known. */
export function specRange(s: { base: number; size: number; grows: Growth }): { from: number; to: number } {
  return s.grows === 'up' ? { from: s.base, to: s.base + s.size } : { from: s.base - s.size, to: s.base };
}

/** The frames covering the bytes [from, to) (none when it is empty). */
export function framesCovering(from: number, to: number, pageSize: number): number[] {
  const out: number[] = [];
  if (to <= from) return out;
  for (let f = Math.floor(from / pageSize); f * pageSize < to; f++) out.push(f);
  return out;
}

export const isRegisterMmu = (mmu: MmuConfig | undefined): mmu is RegisterMmu =>
  mmu !== undefined && mmu.mode !== 'paging';

/**
 * The memory a scenario's config runs on: under a register mode each process is held whole where its registers
 * say, so nothing is swapped out (no swap) and nothing is moved (no compaction on its own); paging as configured.
 */
export function runnableConfig(c: MemoryConfig): MemoryConfig {
  return isRegisterMmu(c.mmu) ? { ...c, swapBytes: 0, autoCompact: false } : c;
}
