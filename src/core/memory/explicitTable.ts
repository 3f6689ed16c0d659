import { DEFAULT_MEMORY } from './defaults';
import { createMemory } from './create';
import { insertRegion, spaceOf } from './pageTable';
import { fillFrame, markFrames } from './physical';
import { POOL_OF_TYPE } from './pools';
import type { MemoryState, Region } from './state';
import { MEMORY_TYPES, PTE, type MemoryConfig } from './types';

/**
 * Memories whose page table is given entry by entry, as in textbook exercises (OSTEP's paging-linear-translate.py
 * hands out "VPN v -> PFN f or invalid"), rather than built by allocations. Translation is the MMU's as usual.
 *
 * The geometry has the mechanism's own limits, not the scenario's (memoryLimits, sized for runs and the UI): an
 * exercise's page may be 8 bytes or 1 MiB, its address space 32 bytes, its memory 8 frames.
 */
export interface ExplicitGeometry {
  /** bytes per page, a power of two */
  pageSize: number;
  /** a whole number of pages (not necessarily a power of two) */
  physicalBytes: number;
  /** a power of two, at least one page */
  addressSpaceBytes: number;
}

export const explicitLimits = Object.freeze({
  /** frame tables are typed arrays of this many entries */
  maxFrames: 2 ** 20,
  /** MemoryConfig's widest address space (48 bits) */
  maxAddressSpaceBytes: 2 ** 48,
});

/** Pools and constraints that allow anything: an exercise's memory belongs to its one process. */
const WHOLE_MEMORY: Pick<MemoryConfig, 'pools' | 'constraints'> = {
  pools: { aiModels: 1, aiData: 1, ledger: 1, chainState: 1, network: 1, system: 1 },
  constraints: { aiTotal: 1, aiModels: 1, aiData: 1, blockchainTotal: 1, ledger: 1, chainState: 1, system: 1 },
};

const isPowerOfTwo = (n: number): boolean => Number.isSafeInteger(n) && n >= 1 && 2 ** Math.round(Math.log2(n)) === n;

/** Why the geometry cannot be built, naming the field and its limit; null when createExplicitMemory may take it. */
export function explicitGeometryErrors(g: ExplicitGeometry): string | null {
  if (!isPowerOfTwo(g.pageSize)) return `pageSize must be a power of two ≥ 1 byte (got ${g.pageSize})`;
  if (!Number.isSafeInteger(g.physicalBytes) || g.physicalBytes < g.pageSize || g.physicalBytes % g.pageSize !== 0) {
    return `physicalBytes must be a whole number (≥ 1) of ${g.pageSize}-byte pages (got ${g.physicalBytes})`;
  }
  const frames = g.physicalBytes / g.pageSize;
  if (frames > explicitLimits.maxFrames)
    return `physicalBytes holds ${frames} frames of ${g.pageSize} bytes; at most ${explicitLimits.maxFrames}`;
  if (
    !isPowerOfTwo(g.addressSpaceBytes) ||
    g.addressSpaceBytes < g.pageSize ||
    g.addressSpaceBytes > explicitLimits.maxAddressSpaceBytes
  ) {
    return `addressSpaceBytes must be a power of two from one page (${g.pageSize}) to ${explicitLimits.maxAddressSpaceBytes} bytes (got ${g.addressSpaceBytes})`;
  }
  return null;
}

/**
 * An empty memory with this geometry (explicitGeometryErrors must be null): one-level tables, no TLB (every
 * translation walks the table, as the exercises do by hand), no swap, no pool limits; FIFO replacement, which
 * never acts without swap.
 */
export function createExplicitMemory(g: ExplicitGeometry): MemoryState {
  const config: MemoryConfig = {
    ...DEFAULT_MEMORY,
    ...WHOLE_MEMORY,
    physicalBytes: g.physicalBytes,
    pageSize: g.pageSize,
    swapBytes: 0,
    virtualBits: Math.log2(g.addressSpaceBytes),
    pageTableLevels: 1,
    tlbEntries: 0,
    replacement: 'FIFO',
  };
  return createMemory(config, 0);
}

const USER = MEMORY_TYPES.indexOf('USER');

/**
 * Installs `table` as `pid`'s page table: `table[vpn]` is the frame holding page vpn, or null when the entry is
 * invalid. The pages are readable and writable pages of `type` (an index into MEMORY_TYPES; USER unless given);
 * every run of consecutive valid VPNs becomes one region. The process must have no table yet and the frames must be
 * free and distinct. Returns why not, or null.
 */
export function mapPages(
  m: MemoryState,
  pid: number,
  table: readonly (number | null)[],
  type: number = USER,
): string | null {
  if (!Number.isSafeInteger(pid) || pid < 0) return `pid must be an integer ≥ 0 (got ${pid})`;
  if ((m.spaces.get(pid)?.regions.length ?? 0) > 0) return `process ${pid} already has a page table`;
  if (table.length > m.virtualPages)
    return `the table has ${table.length} entries; the address space has ${m.virtualPages} pages`;
  const taken = new Set<number>();
  for (const [vpn, f] of table.entries()) {
    if (f === null) continue;
    if (!Number.isSafeInteger(f) || f < 0 || f >= m.frames)
      return `page ${vpn} maps to frame ${f}; frames are 0..${m.frames - 1}`;
    if (m.owner[f]! >= 0 || taken.has(f)) return `page ${vpn} maps to frame ${f}, which already holds a page`;
    taken.add(f);
  }
  const space = spaceOf(m, pid);
  space.explicit = true;
  for (let start = 0; start < table.length;) {
    if (table[start] === null) {
      start++;
      continue;
    }
    let end = start;
    while (end < table.length && table[end] !== null) end++;
    const frames = Int32Array.from(table.slice(start, end) as number[]);
    const pages = end - start;
    const region: Region = {
      start,
      pages,
      bytes: pages * m.pageSize,
      type,
      prot: PTE.READ | PTE.WRITE,
      share: -1,
      frame: frames,
      slot: new Int32Array(pages).fill(-1),
    };
    for (let i = 0; i < pages; i++) fillFrame(m, frames[i]!, pid, start + i, type, -1, 0, 0);
    markFrames(m, frames, false);
    insertRegion(space, region);
    m.poolAllocations[POOL_OF_TYPE[type]!]!++;
    m.requestedBytes += region.bytes;
    m.allocatedPages += pages;
    start = end;
  }
  return null;
}
