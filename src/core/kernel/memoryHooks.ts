import type { Pcb } from '../process/pcb';
import { MEMORY_TYPE_OF_PROCESS, type Access } from '../memory/types';
import { allocate, contextSwitch, freeProcess, fragmentation, memoryStats, swapIn, translate } from '../memory/memory';
import { nextInt, nextFloat } from './rng';
import { mustPcb, type SimState } from './state';

/** Recent references kept for the access heat map. */
export const RECENT_ACCESSES = 64;
/** Ticks between regular points of the memory graphs (access rate, swap traffic), besides each change. */
export const MEMORY_SAMPLE_TICKS = 10;

/**
 * A regular point of the memory graphs, taken at the first decision point of each MEMORY_SAMPLE_TICKS
 * interval: no decision point is added for it, so the trace does not depend on it.
 */
export function sampleMemoryRegularly(st: SimState): void {
  if (!st.memory || st.now < st.nextMemorySample) return;
  sampleMemory(st);
  st.nextMemorySample = (Math.floor(st.now / MEMORY_SAMPLE_TICKS) + 1) * MEMORY_SAMPLE_TICKS;
}

/**
 * Admission with memory management on: a process gets its memory (of the type its process type implies)
 * before it is READY. Refused, it waits in NEW with the reason, and is tried again, in order of arrival,
 * whenever memory is freed. Returns whether it got it.
 */
export function admitMemory(st: SimState, p: Pcb): boolean {
  const mem = st.memory;
  if (!mem || p.needs.memoryBytes === 0) return true;
  const type = MEMORY_TYPE_OF_PROCESS[p.type];
  const r = allocate(
    mem,
    p.pid,
    p.needs.memoryBytes,
    type,
    p.sharedMemory === null ? {} : { shareKey: p.sharedMemory },
  );
  if (!r.ok) {
    if (p.memWait === null) {
      st.memoryWaiting.push(p.pid);
      st.events.push({ tick: st.now, kind: 'memWait', pid: p.pid, bytes: p.needs.memoryBytes, why: r.message });
    }
    p.memWait = r.message;
    return false;
  }
  p.memBase = r.address;
  p.memWait = null;
  st.events.push({
    tick: st.now,
    kind: 'memAlloc',
    pid: p.pid,
    bytes: p.needs.memoryBytes,
    pages: r.pages,
    address: r.address,
    memoryType: type,
  });
  memoryShapeChanged(st);
  return true;
}

/** A process ended: everything it held is freed. */
export function releaseMemory(st: SimState, p: Pcb): void {
  const mem = st.memory;
  if (!mem) return;
  const i = st.memoryWaiting.indexOf(p.pid);
  if (i >= 0) st.memoryWaiting.splice(i, 1);
  const pages = freeProcess(mem, p.pid);
  if (pages > 0) {
    st.events.push({ tick: st.now, kind: 'memFree', pid: p.pid, pages, address: null });
    memoryShapeChanged(st);
  }
}

/** Processes waiting in NEW for memory, oldest first; the first that still does not fit stops the line. */
export function pendingMemoryAdmissions(st: SimState): Pcb[] {
  const admitted: Pcb[] = [];
  while (st.memoryWaiting.length > 0) {
    const p = mustPcb(st, st.memoryWaiting[0] as number);
    if (!admitMemory(st, p)) break;
    st.memoryWaiting.shift();
    admitted.push(p);
  }
  return admitted;
}

/** The tick at which a running process makes its next memory reference, or Infinity. */
export function nextReference(st: SimState, p: Pcb): number {
  const a = p.accesses;
  if (!st.memory || !a || p.memBase === null) return Infinity;
  return p.runSince + Math.max(0, (p.refs + 1) * a.every - p.cpuTime);
}

/** The byte address of reference number `p.refs`, and whether it writes. */
function reference(st: SimState, p: Pcb): { address: number; access: Access } {
  const a = p.accesses as NonNullable<Pcb['accesses']>;
  const base = p.memBase as number;
  if (a.kind === 'sequence') {
    const offset = a.offsets[p.refs % a.offsets.length] as number;
    return { address: base + offset, access: a.writeEvery > 0 && (p.refs + 1) % a.writeEvery === 0 ? 'write' : 'read' };
  }
  const pageSize = (st.memory as NonNullable<SimState['memory']>).config.pageSize;
  const pages = Math.max(1, Math.ceil(p.needs.memoryBytes / pageSize));
  if (p.refs % a.jumpEvery === 0) p.workingSetBase = nextInt(st.rng, pages);
  const page = (p.workingSetBase + nextInt(st.rng, Math.min(a.workingSetPages, pages))) % pages;
  const offset = page * pageSize + nextInt(st.rng, pageSize);
  return {
    address: base + Math.min(offset, p.needs.memoryBytes - 1),
    access: nextFloat(st.rng) < a.writeFraction ? 'write' : 'read',
  };
}

/**
 * The reference a running process makes now. A page in swap blocks it (WAITING) for the swap-in time; an
 * invalid address or a protection violation kills it. Returns what happened.
 */
export function makeReference(
  st: SimState,
  p: Pcb,
): { kind: 'hit' } | { kind: 'fault'; cost: number } | { kind: 'segfault' } {
  const mem = st.memory as NonNullable<SimState['memory']>;
  const { address, access } = reference(st, p);
  const r = translate(mem, p.pid, address, access, st.now);
  if (r.ok) {
    p.refs++;
    noteAccess(st, r.frame);
    return { kind: 'hit' };
  }
  if (r.fault !== 'notPresent') {
    st.events.push({ tick: st.now, kind: 'segfault', pid: p.pid, address, fault: r.fault, access, killed: true });
    return { kind: 'segfault' };
  }
  // The reference is made again when the process runs next: then the page is in, unless evicted meanwhile.
  const cost = pageIn(st, p.pid, address);
  if (cost === null) {
    st.events.push({ tick: st.now, kind: 'segfault', pid: p.pid, address, fault: 'invalid', access, killed: true });
    return { kind: 'segfault' };
  }
  p.pageFaults++;
  return { kind: 'fault', cost };
}

export function noteAccess(st: SimState, frame: number): void {
  st.recentAccesses.push([frame, st.now]);
  if (st.recentAccesses.length > RECENT_ACCESSES) st.recentAccesses.shift();
  memoryChanged(st);
}

/** Brings the page holding `address` in from swap; returns its cost in ticks, or null when it cannot. */
export function pageIn(st: SimState, pid: number, address: number): number | null {
  const mem = st.memory as NonNullable<SimState['memory']>;
  const vpn = Math.floor(address / mem.config.pageSize);
  const s = swapIn(mem, pid, vpn, st.now);
  if (!s.ok) return null;
  st.events.push({
    tick: st.now,
    kind: 'pageFault',
    pid,
    address,
    vpn,
    until: st.now + s.cost,
    frame: s.frame,
    victim: s.victim ?? null,
  });
  memoryShapeChanged(st);
  return s.cost;
}

/** A context switch onto `pid` (TLB flush in 'flush' mode). */
export function switchAddressSpace(st: SimState, pid: number): void {
  if (st.memory) contextSwitch(st.memory, pid);
}

export function memoryChanged(st: SimState): void {
  st.memoryVersion++;
}

/** Frames were taken, freed, swapped or moved: a new point of the fragmentation and swap graphs. */
export function memoryShapeChanged(st: SimState): void {
  memoryChanged(st);
  sampleMemory(st);
}

function sampleMemory(st: SimState): void {
  const mem = st.memory;
  if (!mem) return;
  const f = fragmentation(mem);
  const s = memoryStats(mem);
  // Appended, never rewritten: frames send samples as an append-only patch, like the Gantt segments.
  st.memorySamples.push({
    tick: st.now,
    external: f.external,
    freeFrames: mem.frames - s.usedFrames,
    swapUsed: s.swapUsed,
    pageFaults: s.pageFaults,
    swapIns: s.swapIns,
    swapOuts: s.swapOuts,
    translations: s.translations,
  });
}
