import type { KernelRegion } from './kernelFrames';
import type { MemoryConfig, PoolName } from './types';

/**
 * What the memory views draw at one tick. Per-frame data comes as typed arrays (one entry per frame) so
 * 262,144 frames cross the worker boundary as a few transferable buffers.
 */
export interface MemorySnapshot {
  config: MemoryConfig;
  frames: number;
  /** per frame: owning pid, or -1 when free */
  owner: Int32Array;
  /** per frame: the virtual page number it holds, or -1 */
  vpn: Int32Array;
  /** per frame: index into MEMORY_TYPES, or 255 when free */
  type: Uint8Array;
  /** per frame: index into PAGE_STATES */
  state: Uint8Array;
  swap: {
    slots: number;
    used: number;
    /** per swap slot: owning pid, or -1 */
    owner: Int32Array;
  };
  pools: {
    name: PoolName;
    fraction: number;
    limitFrames: number;
    usedFrames: number;
    allocations: number;
    refusals: number;
    /** references to its pages, and the ticks they took (each its memory type's latency) */
    references: number;
    latencyTicks: number;
    /** latencyTicks ÷ references, unrounded (0 before the first) */
    averageLatency: number;
  }[];
  /** USER and CACHE memory: in no pool and under no constraint, any free frame (swapped out when short) */
  general: {
    usedFrames: number;
    allocations: number;
    references: number;
    latencyTicks: number;
    averageLatency: number;
  };
  constraints: { name: string; limit: number; used: number }[];
  fragmentation: {
    /** 1 − largest free run ÷ total free frames (0 when nothing is free) */
    external: number;
    holes: number;
    largestHole: number;
    /** hole sizes in frames, as [size, count] pairs by size */
    histogram: [number, number][];
    /** bytes allocated but unused in the last page of each allocation */
    internalBytes: number;
  };
  stats: {
    translations: number;
    tlbHits: number;
    tlbMisses: number;
    pageFaults: number;
    /** page faults ÷ translations */
    faultRate: number;
    swapIns: number;
    swapOuts: number;
    writeBacks: number;
    /** ticks processes stalled on their references, on their CPUs */
    stallTicks: number;
    usedFrames: number;
    /** bytes requested ÷ bytes of the frames holding them */
    efficiency: number;
  };
  alerts: string[];
  /**
   * the regions the kernel holds for itself (owner KERNEL_PID): the page cache's frames and each model's weights,
   * by first page, so a view can say "page cache" or "model tiny-llm" of a kernel frame
   */
  kernel: KernelRegion[];
}

/**
 * The snapshot without its per-frame and per-slot arrays: what the pools, statistics, fragmentation and swap
 * figures show, computed without a pass over the frames. A frame of a very large memory may carry only these
 * (see the worker's frame.ts) while the grid keeps the arrays it last received.
 */
export type MemoryFigures = Omit<MemorySnapshot, 'owner' | 'vpn' | 'type' | 'state' | 'swap'> & {
  swap: Omit<MemorySnapshot['swap'], 'owner'>;
};
