import type { Pcb } from '../../process/pcb';
import { hexAddress } from '../baseBounds';
import { mapPages } from '../explicitTable';
import { largestRun } from '../freeRuns';
import { framesCovering, specRange, type RegisterMmu, type SegmentSpec } from '../mmuMode';
import { KERNEL_PID } from '../physical';
import { chooseHole } from '../placement';
import { PLACEMENT_MODULES } from '../placements/registry';
import { firstFit } from '../placements/firstFit';
import { limitRefusal } from '../pools';
import { memoryBytesOf, type RegisterLayout } from '../registerLayout';
import type { MemoryState } from '../state';
import { MEMORY_TYPE_OF_PROCESS, MEMORY_TYPES } from '../types';
import type { MemoryRun } from './state';

/** What a register mode gives a process at admission: its registers and the frames they cover, or why it waits. */
export type RegisterPlacement =
  | { ok: true; layout: RegisterLayout; frames: number[]; bytes: number; placed: string | null }
  | { ok: false; message: string };

/** A segment to load, its name null when the scenario gives none. */
type Spec = Omit<SegmentSpec, 'name'> & { name: string | null };

/**
 * The segments the scenario gives `p`: a pair of base-and-bounds registers, or a two-level memory, is one segment
 * growing up. A process not listed has one of its memory need (none under two-level, where memory is the listing's).
 */
function specsOf(mmu: RegisterMmu, p: Pcb): readonly SegmentSpec[] | null {
  if (mmu.mode === 'base-bounds') {
    const listed = mmu.processes.find((e) => e.pid === p.pid);
    if (listed) return [{ base: listed.base, size: listed.bounds, grows: 'up' }];
  } else if (mmu.mode === 'segmented') {
    const listed = mmu.processes.find((e) => e.pid === p.pid);
    if (listed) return listed.segments;
  } else {
    const listed = mmu.processes.find((e) => e.pid === p.pid);
    return listed ? [{ base: listed.base, size: memoryBytesOf(listed.pages, mmu.geometry), grows: 'up' }] : null;
  }
  return p.needs.memoryBytes === 0 ? null : [{ size: p.needs.memoryBytes, grows: 'up' }];
}

/** The layout the MMU loads for `pid` from its segments, now placed. */
function layoutOf(mmu: RegisterMmu, pid: number, segments: readonly Placed[]): RegisterLayout {
  const first = segments[0]!;
  switch (mmu.mode) {
    case 'base-bounds':
      return { mode: 'base-bounds', registers: { base: first.base, bounds: first.size } };
    case 'segmented':
      return {
        mode: 'segmented',
        table: {
          addressSpace: mmu.addressSpace,
          segments: segments.map((s) => ({ base: s.base, bounds: s.size, grows: s.grows })),
        },
        names: segments.map((s) => s.name),
      };
    case 'two-level': {
      const own = mmu.processes.find((e) => e.pid === pid)!;
      return { mode: 'two-level', base: first.base, pdbr: own.pdbr, pages: own.pages, geometry: mmu.geometry };
    }
  }
}

/** A segment as the kernel loads it: its base known. */
type Placed = Required<Pick<SegmentSpec, 'size' | 'grows'>> & { base: number; name: string | null };

/**
 * The registers of `p` under a register mode and the frames they cover, all free now, or why not: the scenario's
 * registers for a listed process; for one not listed, one register pair (or one segment growing up) of its memory
 * need, placed in one run of free frames by the scenario's placement (first fit under any-free: the run must be
 * contiguous). Null when the process needs no memory and is not listed. Changes nothing.
 */
export function registerPlacement(m: MemoryState, mmu: RegisterMmu, p: Pcb): RegisterPlacement | null {
  const specs = specsOf(mmu, p);
  if (specs === null) return null;
  const named: Spec[] = specs.map((s) => ({ base: s.base, size: s.size, grows: s.grows, name: s.name ?? null }));
  const place = named.every((s) => s.base !== undefined) ? null : placeTogether(m, named);
  if (place !== null && !place.ok) return place;
  const segments: Placed[] = place?.ok ? place.segments : (named as Placed[]);
  const frames = [...new Set(segments.flatMap((s) => covering(m, s)))].sort((a, b) => a - b);
  for (const f of frames) {
    if (m.owner[f]! >= 0) {
      const holder = m.owner[f] === KERNEL_PID ? 'the kernel' : `P${m.owner[f]}`;
      return { ok: false, message: `frame ${f} (physical ${hexAddress(f * m.pageSize)}) is held by ${holder}` };
    }
  }
  const refused = limitRefusal(m, MEMORY_TYPES.indexOf(MEMORY_TYPE_OF_PROCESS[p.type]), frames.length);
  if (refused) return { ok: false, message: refused.message };
  const bytes = segments.reduce((sum, s) => sum + s.size, 0);
  const layout = layoutOf(mmu, p.pid, segments);
  return { ok: true, layout, frames, bytes, placed: place?.ok ? place.by : null };
}

const covering = (m: MemoryState, s: Placed): number[] => {
  const r = specRange(s);
  return framesCovering(r.from, r.to, m.pageSize);
};

/**
 * Segments without a base placed one after another in one run of free frames, each from a frame's start (a
 * segment growing down gets the top of its frames as its base).
 */
function placeTogether(
  m: MemoryState,
  specs: readonly Spec[],
): { ok: true; segments: Placed[]; by: string } | { ok: false; message: string } {
  const pagesOf = (s: Spec): number => Math.ceil(s.size / m.pageSize);
  const pages = specs.reduce((sum, s) => sum + pagesOf(s), 0);
  const module = PLACEMENT_MODULES[m.config.placement];
  const placement = module.kind === 'hole' ? module : firstFit;
  // Segments of 0 bytes cover no frame: they sit at address 0 and every access to them is a violation.
  const hole = pages === 0 ? { start: 0, length: 0 } : chooseHole(m, pages, placement);
  if (!hole)
    return {
      ok: false,
      message: `no run of ${pages} free frames (the longest is ${largestRun(m.runs)}): its registers need them in a row`,
    };
  let next = hole.start;
  const segments = specs.map((s) => {
    const from = next * m.pageSize;
    next += pagesOf(s);
    return { name: s.name, size: s.size, grows: s.grows, base: s.grows === 'up' ? from : from + s.size };
  });
  return { ok: true, segments, by: `${placement.label} at frame ${hole.start}` };
}

/**
 * Loads the placement's registers for `pid`: its frames become its own (in its page-table bookkeeping, page i of
 * them in order, so the grid and the invariants see every frame owned once).
 */
export function loadRegisters(run: MemoryRun, pid: number, type: number, frames: readonly number[]): void {
  const why = mapPages(run.memory, pid, frames, type);
  if (why !== null) throw new Error(`internal: register frames could not be mapped: ${why}`);
}
