import { fragmentation } from './fragmentation';
import { kernelRegions } from './kernelFrames';
import { poolReferences } from './latency';
import { PINNED_TYPE } from './physical';
import { CONSTRAINTS, framesOf, GENERAL, percent, poolPagesOf } from './pools';
import type { MemoryFigures, MemorySnapshot } from './snapshot';
import type { MemoryState } from './state';
import { memoryStats } from './stats';
import { PAGE_STATES, POOL_NAMES, PTE } from './types';

const FREE = PAGE_STATES.indexOf('FREE');
const ALLOCATED = PAGE_STATES.indexOf('ALLOCATED');
const PINNED = PAGE_STATES.indexOf('PINNED');
const DIRTY = PAGE_STATES.indexOf('DIRTY');
const SHARED = PAGE_STATES.indexOf('SHARED');

/**
 * What the views draw. Per-frame arrays are fresh copies (safe to transfer). A frame's state is the first
 * that applies of SHARED, PINNED, DIRTY, ALLOCATED, FREE (SWAPPED describes pages, not frames: see
 * swap.owner). Pool usage counts allocated pages, resident or swapped; constraints give fractions of
 * physical memory.
 */
export function snapshotOf(m: MemoryState): MemorySnapshot {
  const state = new Uint8Array(m.frames);
  for (let f = 0; f < m.frames; f++) {
    if (m.owner[f]! < 0) state[f] = FREE;
    else if (m.share[f]! >= 0) state[f] = SHARED;
    else if (PINNED_TYPE[m.type[f]!]) state[f] = PINNED;
    else state[f] = m.bits[f]! & PTE.DIRTY ? DIRTY : ALLOCATED;
  }
  const figures = figuresOf(m);
  return {
    ...figures,
    owner: m.owner.slice(),
    vpn: m.vpn.slice(),
    type: m.type.slice(),
    state,
    swap: { ...figures.swap, owner: m.swap.owner.slice() },
  };
}

/** The snapshot's figures alone: no pass over the frames (fragmentation reads the free-run tree). */
export function figuresOf(m: MemoryState): MemoryFigures {
  const frag = fragmentation(m);
  const stats = memoryStats(m);
  const swapUse = m.swap.slots === 0 ? 0 : m.swap.used / m.swap.slots;
  const refs = poolReferences(m);
  const alerts: string[] = [];
  if (frag.external > m.config.alerts.fragmentation) {
    alerts.push(
      `External fragmentation is ${percent(frag.external)} % (alert above ${percent(m.config.alerts.fragmentation)} %): the largest hole is ${frag.largestHole} of ${m.free} free frames`,
    );
  }
  if (swapUse > m.config.alerts.swapUse) {
    alerts.push(
      `Swap is ${percent(swapUse)} % used (alert above ${percent(m.config.alerts.swapUse)} %): ${m.swap.used} of ${m.swap.slots} slots`,
    );
  }
  return {
    config: {
      ...m.config,
      pools: { ...m.config.pools },
      constraints: { ...m.config.constraints },
      alerts: { ...m.config.alerts },
    },
    frames: m.frames,
    swap: { slots: m.swap.slots, used: m.swap.used },
    pools: POOL_NAMES.map((name, i) => ({
      name,
      fraction: m.config.pools[name],
      limitFrames: framesOf(m, m.config.pools[name]),
      usedFrames: m.poolPages[i]!,
      allocations: m.poolAllocations[i]!,
      refusals: m.poolRefusals[i]!,
      ...refs[i]!,
    })),
    general: { usedFrames: m.poolPages[GENERAL]!, allocations: m.poolAllocations[GENERAL]!, ...refs[GENERAL]! },
    constraints: CONSTRAINTS.map((c) => ({
      name: c.name,
      limit: m.config.constraints[c.name],
      used: poolPagesOf(m, c.pools) / m.frames,
    })),
    fragmentation: frag,
    stats: {
      translations: stats.translations,
      tlbHits: stats.tlbHits,
      tlbMisses: stats.tlbMisses,
      pageFaults: stats.pageFaults,
      faultRate: stats.faultRate,
      swapIns: stats.swapIns,
      swapOuts: stats.swapOuts,
      writeBacks: stats.writeBacks,
      stallTicks: stats.stallTicks,
      usedFrames: stats.usedFrames,
      efficiency: stats.efficiency,
    },
    alerts,
    kernel: kernelRegions(m),
  };
}
