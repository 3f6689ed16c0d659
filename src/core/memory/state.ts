import type { MemoryConfig } from './types';

/**
 * One allocation of one process: a run of virtual pages with one memory type and one protection.
 * Where each page is: `slot[i] ≥ 0` — in swap; else `frame[i] ≥ 0` — in that frame; else (a shared
 * region only) in the share's frame `i`. A copy-on-write copy is a private frame in `frame[i]`.
 */
export interface Region {
  /** first virtual page number */
  start: number;
  pages: number;
  /** bytes asked for; the rest of the last page is internal fragmentation */
  bytes: number;
  /** index into MEMORY_TYPES */
  type: number;
  /** PTE.READ | PTE.WRITE | PTE.EXECUTE */
  prot: number;
  /** id of the shared mapping, or -1 */
  share: number;
  frame: Int32Array;
  slot: Int32Array;
}

/**
 * A process's address space: regions sorted by `start`, never overlapping, none at page 0 (the allocator leaves
 * it unmapped so a null pointer faults) unless the table was installed explicitly (`explicit`, mapPages).
 */
export interface AddressSpace {
  regions: Region[];
  /** regions[0..packed) leave no gap below their end, so a first-fit search for a free range starts there */
  packed: number;
  /** the table was given VPN by VPN (mapPages: an exercise's page table), so page 0 may be mapped */
  explicit?: true;
}

/** Frames mapped by several processes under one shareKey (e.g. one AI model for many inference processes). */
export interface Share {
  id: number;
  key: string;
  type: number;
  pages: number;
  bytes: number;
  /** per page: its frame (shared pages stay resident: evicting one would mean rewriting every mapper's PTE) */
  frames: Int32Array;
  /** one pid per mapping, in mapping order; the refcount is its length. users[0] owns the frames. */
  users: number[];
}

/** Fully associative TLB; an entry is empty when `asid` is -1. */
export interface Tlb {
  asid: Int32Array;
  vpn: Int32Array;
  frame: Int32Array;
  /** cached permissions; WRITE is left out while a page is copy-on-write so writes reach the kernel */
  perm: Uint8Array;
  /** LRU stamps within the TLB */
  used: Float64Array;
  clock: number;
}

/** Counters since creation. */
export interface MemoryCounters {
  translations: number;
  tlbHits: number;
  tlbMisses: number;
  /** not-present faults (the page is in swap) */
  pageFaults: number;
  protectionFaults: number;
  invalidFaults: number;
  swapIns: number;
  swapOuts: number;
  writeBacks: number;
  copiesOnWrite: number;
  compactions: number;
  framesMoved: number;
  tlbFlushes: number;
  /** ticks processes stalled on their references (memory-type latency plus page-table walks) */
  stallTicks: number;
}

/**
 * The whole memory subsystem as plain data: typed arrays per frame and per swap slot, Maps of plain
 * objects, numbers. deepCopy copies it; nothing in it is shared with another state.
 */
export interface MemoryState {
  config: MemoryConfig;
  frames: number;
  pageSize: number;
  /** pages in a per-process address space: 2^virtualBits / pageSize */
  virtualPages: number;
  /** low bits of a VPN that index a second-level table (two-level tables only) */
  tableBits: number;
  // The frame table, one entry per frame.
  /** owning pid (the first user for a shared frame), -1 when free */
  owner: Int32Array;
  vpn: Int32Array;
  /** index into MEMORY_TYPES, 255 when free */
  type: Uint8Array;
  /** PTE.REFERENCED | PTE.DIRTY, kept per frame so a TLB hit sets them without a walk */
  bits: Uint8Array;
  /** share id, -1 for a private frame */
  share: Int32Array;
  /** content tag of the page held (tests prove moves and swaps keep it) */
  tag: Float64Array;
  free: number;
  /** used frames that may not be evicted: pinned types and shared pages */
  locked: number;
  /** free-run tree over the frame table (freeRuns.ts) */
  runs: FreeRunsState;
  /** where next fit resumes */
  rover: number;
  swap: SwapSpace;
  spaces: Map<number, AddressSpace>;
  shares: Map<number, Share>;
  shareIds: Map<string, number>;
  nextShare: number;
  tlb: Tlb;
  /**
   * pid -> the page it blocked for, from its page fault until its next reference: that page is not chosen as a
   * victim while another one can be, or a policy that evicts the newest page (MRU) could take it away before its
   * process runs again, fault after fault, and the run would never end
   */
  awaited: Map<number, number>;
  /** the pid whose address space the MMU serves; -1 before the first switch */
  current: number;
  /** replacement policy state (opaque: the policy's own plain data) */
  repl: unknown;
  /** frames each pool holds (resident pages; a shared page once), by POOL_NAMES index, then general memory (GENERAL) */
  poolPages: Int32Array;
  poolAllocations: Int32Array;
  poolRefusals: Int32Array;
  /**
   * completed translations (references) by memory type (index into MEMORY_TYPES): each took that type's latency,
   * so a pool's references and its latency in ticks follow from these (snapshotOf)
   */
  typeRefs: Float64Array;
  /** bytes asked for by live allocations, and the pages holding them */
  requestedBytes: number;
  allocatedPages: number;
  /**
   * what the kernel holds for itself in the address space of KERNEL_PID (kernelFrames.ts): holder (the page cache,
   * a model's weights) -> the first page of each of its regions, in the order taken
   */
  kernelHeld: Map<string, number[]>;
  /** the latest tick seen; allocations load pages at this tick */
  tick: number;
  counters: MemoryCounters;
}

export interface SwapSpace {
  slots: number;
  used: number;
  owner: Int32Array;
  vpn: Int32Array;
  type: Uint8Array;
  tag: Float64Array;
  /** no free slot below this index */
  hint: number;
}

export interface FreeRunsState {
  /** leaves: a power of two ≥ frames; leaves past `frames` count as used */
  size: number;
  /** per tree node (1-based heap order): free frames at its start, at its end, in its longest run */
  pre: Int32Array;
  suf: Int32Array;
  max: Int32Array;
}
