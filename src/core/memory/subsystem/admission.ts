import type { Pcb } from '../../process/pcb';
import { allocate } from '../allocate';
import { freeProcess } from '../deallocate';
import { MEMORY_TYPE_OF_PROCESS } from '../types';
import { mustPcb, type SimState } from '../../kernel/state';
import { allocateReclaiming } from './kernelMemory';
import { keepHeldAtExit } from './processMemory';
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
  if (p.needs.memoryBytes === 0) return true;
  const run = memoryRun(st);
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
    if (m.wait === null) {
      run.waiting.push(p.pid);
      st.events.push({ tick: st.now, kind: 'memWait', pid: p.pid, bytes: p.needs.memoryBytes, why: r.message });
    }
    m.wait = r.message;
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
