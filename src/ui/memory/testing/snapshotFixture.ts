import type { MemorySnapshot } from '../../../core/memory/snapshot';
import {
  MEMORY_TYPES,
  PAGE_STATES,
  POOL_NAMES,
  type MemoryConfig,
  type MemoryType,
  type PageState,
} from '../../../core/memory/types';

/** `count` frames from `start` owned by `pid`, holding its pages from `firstVpn` on. */
export interface Block {
  pid: number;
  start: number;
  count: number;
  type?: MemoryType;
  state?: PageState;
  firstVpn?: number;
}

export interface FixtureOptions {
  frames?: number;
  pageSize?: number;
  blocks?: Block[];
  /** per swap slot: owning pid or -1 */
  swapOwners?: number[];
  /** replaces parts of the result (pools, alerts, stats, …) */
  patch?: Partial<MemorySnapshot>;
}

const CONFIG: MemoryConfig = {
  physicalBytes: 64 * 4096,
  pageSize: 4096,
  swapBytes: 16 * 4096,
  virtualBits: 32,
  pageTableLevels: 1,
  tlbEntries: 16,
  tlbMode: 'asid',
  placement: 'firstFit',
  replacement: 'LRU',
  swapInTicks: 50,
  swapOutTicks: 50,
  compactionTicksPerPage: 2,
  autoCompact: false,
  pools: { aiModels: 0.24, aiData: 0.2, ledger: 0.15, chainState: 0.1, network: 0.06, system: 0.25 },
  constraints: {
    aiTotal: 0.4,
    aiModels: 0.24,
    aiData: 0.2,
    blockchainTotal: 0.25,
    ledger: 0.15,
    chainState: 0.1,
    system: 0.25,
  },
  copyOnWrite: true,
  alerts: { fragmentation: 0.5, swapUse: 0.8 },
};

/**
 * A consistent MemorySnapshot for view tests: frames filled from `blocks`, and free space, holes and the
 * hole histogram computed from them the way the core defines them.
 */
export function snapshotFixture({
  frames = 64,
  pageSize = 4096,
  blocks = [],
  swapOwners = [],
  patch = {},
}: FixtureOptions = {}): MemorySnapshot {
  const owner = new Int32Array(frames).fill(-1);
  const vpn = new Int32Array(frames).fill(-1);
  const type = new Uint8Array(frames).fill(255);
  const state = new Uint8Array(frames);
  for (const b of blocks) {
    for (let i = 0; i < b.count; i++) {
      const f = b.start + i;
      owner[f] = b.pid;
      vpn[f] = (b.firstVpn ?? 0) + i;
      type[f] = MEMORY_TYPES.indexOf(b.type ?? 'USER');
      state[f] = PAGE_STATES.indexOf(b.state ?? 'ALLOCATED');
    }
  }
  const holes = new Map<number, number>();
  let run = 0;
  for (let f = 0; f <= frames; f++) {
    if (f < frames && (owner[f] as number) < 0) run++;
    else if (run > 0) {
      holes.set(run, (holes.get(run) ?? 0) + 1);
      run = 0;
    }
  }
  const histogram = [...holes].sort((a, b) => a[0] - b[0]);
  const freeFrames = histogram.reduce((s, [size, count]) => s + size * count, 0);
  const largestHole = histogram.length ? (histogram[histogram.length - 1] as [number, number])[0] : 0;
  const used = frames - freeFrames;
  const slotOwner = Int32Array.from(swapOwners);
  return {
    config: { ...CONFIG, physicalBytes: frames * pageSize, pageSize, swapBytes: swapOwners.length * pageSize },
    frames,
    owner,
    vpn,
    type,
    state,
    swap: { slots: swapOwners.length, used: swapOwners.filter((p) => p >= 0).length, owner: slotOwner },
    pools: POOL_NAMES.map((name) => ({
      name,
      fraction: CONFIG.pools[name],
      limitFrames: Math.floor(CONFIG.pools[name] * frames),
      usedFrames: 0,
      allocations: 0,
      refusals: 0,
      references: 0,
      latencyTicks: 0,
      averageLatency: 0,
    })),
    general: { usedFrames: 0, allocations: 0, references: 0, latencyTicks: 0, averageLatency: 0 },
    constraints: [],
    fragmentation: {
      external: freeFrames === 0 ? 0 : 1 - largestHole / freeFrames,
      holes: histogram.reduce((s, [, count]) => s + count, 0),
      largestHole,
      histogram,
      internalBytes: 0,
    },
    stats: {
      translations: 0,
      tlbHits: 0,
      tlbMisses: 0,
      pageFaults: 0,
      faultRate: 0,
      swapIns: 0,
      swapOuts: 0,
      writeBacks: 0,
      stallTicks: 0,
      usedFrames: used,
      efficiency: 1,
    },
    alerts: [],
    kernel: [],
    ...patch,
  };
}
