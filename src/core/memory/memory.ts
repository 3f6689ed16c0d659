/**
 * The memory subsystem's public API: frames, page tables (one or two levels), MMU + TLB, swap,
 * placement over holes, pools and constraints, sharing with copy-on-write, compaction, statistics.
 * All state is in MemoryState (plain data); every function here is deterministic.
 */
export { DEFAULT_MEMORY, memoryLimits } from './defaults';
export { memoryConfigErrors } from './configErrors';
export { createMemory } from './create';
export { allocate, type AllocateOptions, type AllocateResult, type Protection } from './allocate';
export {
  createExplicitMemory,
  explicitGeometryErrors,
  explicitLimits,
  mapPages,
  type ExplicitGeometry,
} from './explicitTable';
export { deallocate, freeProcess, type DeallocateResult } from './deallocate';
export { translate, translateFast, contextSwitch } from './mmu';
export { swapIn, type SwapInResult, type SwapVictim } from './swap';
export { compact, largestRunAfterCompaction, type Compaction, type CompactOptions } from './compaction';
export { fragmentation, type Fragmentation } from './fragmentation';
export { memoryStats, type MemoryStats } from './stats';
export { snapshotOf } from './snapshotOf';
export { pageTableOf, type PageTableRow } from './pageTable';
export { readTag, writeTag } from './tags';
export { checkInvariants } from './invariants';
export { chooseHole, type Hole } from './placement';
export type { MemoryState } from './state';
