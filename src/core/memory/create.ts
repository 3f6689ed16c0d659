import { createFreeRuns } from './freeRuns';
import { NO_TYPE, policyOf } from './physical';
import type { MemoryState } from './state';
import { createSwap } from './swap';
import { createTlb } from './tlb';
import { GENERAL } from './pools';
import { MEMORY_TYPES, type MemoryConfig } from './types';

/**
 * An empty memory for a validated config (memoryConfigErrors is empty). Creation is O(frames + swap
 * slots) typed-array fills: 262,144 frames take a few milliseconds.
 */
export function createMemory(config: MemoryConfig, seed: number): MemoryState {
  const frames = config.physicalBytes / config.pageSize;
  const pageBits = Math.log2(config.pageSize);
  const m: MemoryState = {
    config: {
      ...config,
      pools: { ...config.pools },
      constraints: { ...config.constraints },
      alerts: { ...config.alerts },
    },
    frames,
    pageSize: config.pageSize,
    virtualPages: 2 ** (config.virtualBits - pageBits),
    // A second-level table fills one page with 4-byte entries: 4 KiB pages give the textbook 10/10/12.
    tableBits: pageBits - 2,
    owner: new Int32Array(frames).fill(-1),
    vpn: new Int32Array(frames).fill(-1),
    type: new Uint8Array(frames).fill(NO_TYPE),
    bits: new Uint8Array(frames),
    share: new Int32Array(frames).fill(-1),
    tag: new Float64Array(frames),
    free: frames,
    locked: 0,
    runs: createFreeRuns(frames),
    rover: 0,
    swap: createSwap(config.swapBytes / config.pageSize),
    spaces: new Map(),
    shares: new Map(),
    shareIds: new Map(),
    awaited: new Map(),
    kernelHeld: new Map(),
    nextShare: 0,
    tlb: createTlb(config.tlbEntries),
    current: -1,
    repl: null,
    poolPages: new Int32Array(GENERAL + 1),
    poolAllocations: new Int32Array(GENERAL + 1),
    poolRefusals: new Int32Array(GENERAL + 1),
    typeRefs: new Float64Array(MEMORY_TYPES.length),
    requestedBytes: 0,
    allocatedPages: 0,
    tick: 0,
    counters: {
      translations: 0,
      tlbHits: 0,
      tlbMisses: 0,
      pageFaults: 0,
      protectionFaults: 0,
      invalidFaults: 0,
      swapIns: 0,
      swapOuts: 0,
      writeBacks: 0,
      copiesOnWrite: 0,
      compactions: 0,
      framesMoved: 0,
      tlbFlushes: 0,
      stallTicks: 0,
    },
  };
  m.repl = policyOf(m).init(frames, seed);
  return m;
}
