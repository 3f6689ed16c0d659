import type { Pcb } from '../../process/pcb';
import { nextFloat, nextInt } from '../../kernel/rng';
import { mustPcb, type SimState } from '../../kernel/state';
import { translate } from '../mmu';
import { swapIn } from '../swap';
import { MEMORY_TYPE_INFO, MEMORY_TYPES, type Access, type MemoryType } from '../types';
import { reclaimBefore, reclaimBeforeCopy } from './kernelMemory';
import { memoryChanged, memoryRun, memoryShapeChanged } from './samples';
import type { MemoryProcess, MemoryRun } from './state';

/** Recent references kept for the access heat map. */
export const RECENT_ACCESSES = 64;

/**
 * The tick at which a running process makes its next memory reference, or Infinity. References come every
 * `every` ticks of progress: CPU time less the ticks it stalled on earlier references (a stall not yet over
 * delays the next one too).
 */
export function nextReference(run: MemoryRun, p: Pcb): number {
  const a = p.accesses;
  const m = run.procs.get(p.pid);
  if (!a || !m || m.base === null) return Infinity;
  return p.runSince + Math.max(0, (m.refs + 1) * a.every + p.memoryStall - p.cpuTime);
}

/** The byte address of reference number `m.refs`, and whether it writes. */
export function reference(st: SimState, run: MemoryRun, p: Pcb, m: MemoryProcess): { address: number; access: Access } {
  const a = p.accesses as NonNullable<Pcb['accesses']>;
  const base = m.base as number;
  if (a.kind === 'sequence') {
    const offset = a.offsets[m.refs % a.offsets.length] as number;
    return { address: base + offset, access: a.writeEvery > 0 && (m.refs + 1) % a.writeEvery === 0 ? 'write' : 'read' };
  }
  const pageSize = run.memory.config.pageSize;
  const pages = Math.max(1, Math.ceil(p.needs.memoryBytes / pageSize));
  if (m.refs % a.jumpEvery === 0) m.workingSetBase = nextInt(st.rng, pages);
  const page = (m.workingSetBase + nextInt(st.rng, Math.min(a.workingSetPages, pages))) % pages;
  const offset = page * pageSize + nextInt(st.rng, pageSize);
  return {
    address: base + Math.min(offset, p.needs.memoryBytes - 1),
    access: nextFloat(st.rng) < a.writeFraction ? 'write' : 'read',
  };
}

/**
 * The reference a running process makes now. A page in memory costs its translation's ticks (the page's memory
 * type latency, plus a page-table walk on a TLB miss): the process stalls on its CPU, RUNNING but making no
 * progress, so they are added to what is left of its burst (and to its CPU time as it runs them). A page in swap
 * blocks it (WAITING) for the swap-in time; an invalid address or a protection violation kills it. Returns what
 * happened.
 */
export function makeReference(
  st: SimState,
  p: Pcb,
): { kind: 'hit' } | { kind: 'fault'; cost: number } | { kind: 'segfault' } {
  const run = memoryRun(st);
  const m = run.procs.get(p.pid) as MemoryProcess;
  // The page it may have blocked for is in: from this reference on it is an ordinary page again.
  run.memory.awaited.delete(p.pid);
  const { address, access } = reference(st, run, p, m);
  reclaimBeforeCopy(st, p.pid, address, access);
  // At most twice: after a swap-in the page is present (its victim is always another page).
  for (;;) {
    const r = translate(run.memory, p.pid, address, access, st.now);
    if (r.ok) {
      m.refs++;
      stall(st, run, p, address, access, r.frame, r.cost);
      noteAccess(st, run, r.frame);
      return { kind: 'hit' };
    }
    if (r.fault !== 'notPresent') {
      st.events.push({ tick: st.now, kind: 'segfault', pid: p.pid, address, fault: r.fault, access, killed: true });
      return { kind: 'segfault' };
    }
    reclaimBefore(st, p.pid, 1);
    const cost = pageIn(st, run, p.pid, address, (pid) => mustPcb(st, pid).state !== 'SUSPENDED');
    if (cost === null) {
      st.events.push({ tick: st.now, kind: 'segfault', pid: p.pid, address, fault: 'invalid', access, killed: true });
      return { kind: 'segfault' };
    }
    if (typeof cost === 'object') {
      // Taking that page would only send its owner back to swap for it: wait as long as a page-in takes instead.
      const until = st.now + Math.max(1, run.memory.config.swapInTicks);
      const vpn = Math.floor(address / run.memory.config.pageSize);
      st.events.push({ tick: st.now, kind: 'frameWait', pid: p.pid, address, vpn, holder: cost.holder, until });
      m.waitsFor = 'frame';
      return { kind: 'fault', cost: until - st.now };
    }
    p.pageFaults++;
    // The reference is made again when the process runs next, and its page is kept in for it until then.
    if (cost > 0) {
      m.waitsFor = 'page';
      run.memory.awaited.set(p.pid, Math.floor(address / run.memory.config.pageSize));
      return { kind: 'fault', cost };
    }
    // A free swap-in (swapInTicks 0, clean victim) is a fault counted without blocking: the page is in now and
    // the reference is made again at once. Blocking for 0 ticks would wake it at a tick already decided.
  }
}

/** Charges a completed reference's `cost` ticks to the running process `p` and narrates it. */
function stall(
  st: SimState,
  run: MemoryRun,
  p: Pcb,
  address: number,
  access: Access,
  frame: number,
  cost: number,
): void {
  const type = run.memory.type[frame] as number;
  const memoryType = MEMORY_TYPES[type] as MemoryType;
  const { tier, latency } = MEMORY_TYPE_INFO[memoryType];
  chargeStall(run, p, cost);
  st.events.push({
    tick: st.now,
    kind: 'memRef',
    pid: p.pid,
    cpu: p.cpu as number,
    address,
    access,
    memoryType,
    tier,
    latency,
    walk: cost - latency,
  });
}

/** The running process `p` stalls `cost` ticks on its CPU: added to what is left of its burst and to its CPU time. */
export function chargeStall(run: MemoryRun, p: Pcb, cost: number): void {
  p.burstLeft += cost;
  p.memoryStall += cost;
  run.memory.counters.stallTicks += cost;
}

export function noteAccess(st: SimState, run: MemoryRun, frame: number): void {
  run.recent.push([frame, st.now]);
  if (run.recent.length > RECENT_ACCESSES) run.recent.shift();
  memoryChanged(run);
}

/**
 * Brings the page holding `address` in from swap; returns its cost in ticks, the process holding the only frame
 * it could take (when `keeps` that process's unused page), or null when it cannot.
 */
export function pageIn(
  st: SimState,
  run: MemoryRun,
  pid: number,
  address: number,
  keeps: ((pid: number) => boolean) | null = null,
): number | { holder: number } | null {
  const vpn = Math.floor(address / run.memory.config.pageSize);
  const s = swapIn(run.memory, pid, vpn, st.now, keeps);
  if (!s.ok) return s.holder === undefined ? null : { holder: s.holder };
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
  memoryShapeChanged(st, run);
  return s.cost;
}
