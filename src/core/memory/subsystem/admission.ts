import type { Pcb } from '../../process/pcb';
import { allocate } from '../allocate';
import { freeProcess } from '../deallocate';
import { isRegisterMmu, type RegisterMmu } from '../mmuMode';
import { MEMORY_TYPE_OF_PROCESS, MEMORY_TYPES } from '../types';
import { mustPcb, type SimState } from '../../kernel/state';
import { allocateReclaiming } from './kernelMemory';
import { keepHeldAtExit } from './processMemory';
import { loadRegisters, registerPlacement } from './registerAdmission';
import { memoryRun, memoryShapeChanged } from './samples';
import type { MemoryProcess, MemoryRun } from './state';

/** What memory management knows of `pid`, made on first use. */
export function processOf(run: MemoryRun, pid: number): MemoryProcess {
  let m = run.procs.get(pid);
  if (!m) {
    m = { base: null, wait: null, refs: 0, workingSetBase: 0, waitsFor: null };
    run.procs.set(pid, m);
  }
  return m;
}

/**
 * Admission with memory management on: a process gets its memory (of the type its process type implies)
 * before it is READY. Refused, it waits in NEW with the reason, and is tried again, in order of arrival,
 * whenever memory is freed. Returns whether it got it.
 */
export function admitMemory(st: SimState, p: Pcb): boolean {
  const run = memoryRun(st);
  const mmu = run.memory.config.mmu;
  if (isRegisterMmu(mmu)) return admitRegisters(st, run, p, mmu);
  if (p.needs.memoryBytes === 0) return true;
  const m = processOf(run, p.pid);
  const type = MEMORY_TYPE_OF_PROCESS[p.type];
  const mem = run.memory;
  const shared = p.sharedMemory !== null && mem.shareIds.has(p.sharedMemory);
  const r = allocateReclaiming(
    st,
    p.pid,
    p.needs.memoryBytes,
    shared ? 0 : Math.ceil(p.needs.memoryBytes / mem.pageSize),
    () => allocate(mem, p.pid, p.needs.memoryBytes, type, p.sharedMemory === null ? {} : { shareKey: p.sharedMemory }),
  );
  if (!r.ok) {
    waitForMemory(st, run, p, m, r.message);
    return false;
  }
  m.base = r.address;
  m.wait = null;
  st.events.push({
    tick: st.now,
    kind: 'memAlloc',
    pid: p.pid,
    bytes: p.needs.memoryBytes,
    pages: r.pages,
    address: r.address,
    memoryType: type,
  });
  memoryShapeChanged(st, run);
  return true;
}

/** `p` waits in NEW for memory, for `why` (told once, when it starts waiting). */
function waitForMemory(st: SimState, run: MemoryRun, p: Pcb, m: MemoryProcess, why: string): void {
  if (m.wait === null) {
    run.waiting.push(p.pid);
    st.events.push({ tick: st.now, kind: 'memWait', pid: p.pid, bytes: p.needs.memoryBytes, why });
  }
  m.wait = why;
}

/**
 * Admission under a register mode (memory.mmu): the kernel loads the process's registers, its frames its own, and
 * its virtual addresses start at 0; or it waits in NEW, as under paging, until those frames are free.
 */
function admitRegisters(st: SimState, run: MemoryRun, p: Pcb, mmu: RegisterMmu): boolean {
  const r = registerPlacement(run.memory, mmu, p);
  if (r === null) return true;
  const m = processOf(run, p.pid);
  if (!r.ok) {
    waitForMemory(st, run, p, m, r.message);
    return false;
  }
  const memoryType = MEMORY_TYPE_OF_PROCESS[p.type];
  loadRegisters(run, p.pid, MEMORY_TYPES.indexOf(memoryType), r.frames);
  m.base = 0;
  m.wait = null;
  m.registers = r.layout;
  st.events.push({
    tick: st.now,
    kind: 'memAlloc',
    pid: p.pid,
    bytes: r.bytes,
    pages: r.frames.length,
    address: 0,
    memoryType,
  });
  st.events.push({
    tick: st.now,
    kind: 'mmuLoad',
    pid: p.pid,
    layout: r.layout,
    frames: r.frames,
    placed: r.placed,
  });
  memoryShapeChanged(st, run);
  return true;
}

/** A process ended: everything it held is freed. */
export function releaseMemory(st: SimState, p: Pcb): void {
  const run = memoryRun(st);
  const i = run.waiting.indexOf(p.pid);
  if (i >= 0) run.waiting.splice(i, 1);
  run.procs.delete(p.pid);
  keepHeldAtExit(run, p.pid);
  const pages = freeProcess(run.memory, p.pid);
  if (pages > 0) {
    st.events.push({ tick: st.now, kind: 'memFree', pid: p.pid, pages, address: null });
    memoryShapeChanged(st, run);
  }
}

/** Processes waiting in NEW for memory, oldest first; the first that still does not fit stops the line. */
export function pendingAdmissions(st: SimState): Pcb[] {
  const run = memoryRun(st);
  const admitted: Pcb[] = [];
  while (run.waiting.length > 0) {
    const p = mustPcb(st, run.waiting[0] as number);
    if (!admitMemory(st, p)) break;
    run.waiting.shift();
    admitted.push(p);
  }
  return admitted;
}
