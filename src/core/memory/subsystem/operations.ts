import type { ScheduledOperation } from '../../scenario/types';
import { pcbOf, type SimState } from '../../kernel/state';
import { allocate } from '../allocate';
import { deallocate } from '../deallocate';
import { translate } from '../mmu';
import { compactNow } from './compacting';
import { allocateReclaiming, reclaimBefore, reclaimBeforeCopy } from './kernelMemory';
import { noteAccess, pageIn } from './references';
import { memoryRun, memoryShapeChanged } from './samples';

export const MEMORY_OPERATIONS = ['allocate', 'deallocate', 'access', 'compact'] as const;
type MemoryOperation = Extract<ScheduledOperation, { op: (typeof MEMORY_OPERATIONS)[number] }>;

/**
 * allocate, deallocate, access and compact at now (the console's and the memory panel's actions). A
 * refusal is an event that says why; nothing here throws on user input. Returns true when frames were
 * freed, so processes waiting for memory may be admitted.
 */
export function applyMemoryOperation(st: SimState, op: MemoryOperation): boolean {
  const run = memoryRun(st);
  const mem = run.memory;
  const refuse = (pid: number, why: string): false => {
    st.events.push({ tick: st.now, kind: 'refused', op: op.op, pid, state: pcbOf(st, pid)?.state ?? null, why });
    return false;
  };
  if (op.op === 'compact') return compactNow(st, { movePinned: op.movePinned }).moved > 0;
  const p = pcbOf(st, op.pid);
  if (!p) return refuse(op.pid, `there is no process with pid ${op.pid}`);
  if (p.state === 'TERMINATED') return refuse(op.pid, `P${op.pid} has terminated`);
  if (op.op === 'allocate') {
    const shared = op.shareKey !== undefined && mem.shareIds.has(op.shareKey);
    const r = allocateReclaiming(st, op.pid, op.bytes, shared ? 0 : Math.ceil(op.bytes / mem.pageSize), () =>
      allocate(mem, op.pid, op.bytes, op.memoryType, {
        ...(op.readOnly && { protection: { read: true, write: false, execute: false } }),
        ...(op.shareKey !== undefined && { shareKey: op.shareKey }),
      }),
    );
    if (!r.ok) {
      st.events.push({ tick: st.now, kind: 'memRefused', pid: op.pid, bytes: op.bytes, why: r.message });
      return false;
    }
    st.events.push({
      tick: st.now,
      kind: 'memAlloc',
      pid: op.pid,
      bytes: op.bytes,
      pages: r.pages,
      address: r.address,
      memoryType: op.memoryType,
    });
    memoryShapeChanged(st, run);
    return false;
  }
  if (op.op === 'deallocate') {
    const r = deallocate(mem, op.pid, op.address);
    if (!r.ok) return refuse(op.pid, r.message);
    const m = run.procs.get(op.pid);
    if (m && m.base === op.address) m.base = null;
    st.events.push({ tick: st.now, kind: 'memFree', pid: op.pid, pages: r.pages, address: op.address });
    memoryShapeChanged(st, run);
    return true;
  }
  reclaimBeforeCopy(st, op.pid, op.address, op.access);
  const r = translate(mem, op.pid, op.address, op.access, st.now);
  if (r.ok) {
    st.events.push({
      tick: st.now,
      kind: 'access',
      pid: op.pid,
      address: op.address,
      physical: r.physical,
      tlbHit: r.tlbHit,
    });
    noteAccess(st, run, r.frame);
  } else if (r.fault === 'notPresent') {
    // Brought in on the process's behalf; it is not blocked, since the access did not come from its code.
    reclaimBefore(st, op.pid, 1);
    if (pageIn(st, run, op.pid, op.address) === null)
      return refuse(op.pid, 'the page could not be brought in from swap');
  } else {
    st.events.push({
      tick: st.now,
      kind: 'segfault',
      pid: op.pid,
      address: op.address,
      fault: r.fault,
      access: op.access,
      killed: false,
    });
  }
  return false;
}
