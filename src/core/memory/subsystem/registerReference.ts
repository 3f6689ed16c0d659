import type { Pcb } from '../../process/pcb';
import type { SimState } from '../../kernel/state';
import type { RegisterMmu } from '../mmuMode';
import { LATENCY, policyOf } from '../physical';
import { walkLayout, type RegisterLayout } from '../registerLayout';
import { MEMORY_TYPES, PTE, type MemoryType } from '../types';
import { chargeStall, noteAccess, reference } from './references';
import { memoryRun } from './samples';
import type { MemoryProcess } from './state';

/**
 * The reference a running process makes now under a register mode (memory.mmu): its registers translate it, no page
 * table and no TLB. Within bounds it stalls for its memory type's latency; beyond them it is a segmentation
 * violation, which kills it ('end') or is signalled and skipped ('signal'). Returns what happened.
 */
export function makeRegisterReference(st: SimState, p: Pcb, mmu: RegisterMmu): { kind: 'hit' } | { kind: 'segfault' } {
  const run = memoryRun(st);
  const m = run.procs.get(p.pid) as MemoryProcess;
  const { address, access } = reference(st, run, p, m);
  const layout = m.registers as RegisterLayout;
  const t = walkLayout(layout, address);
  const mem = run.memory;
  mem.counters.translations++;
  if (st.now > mem.tick) mem.tick = st.now;
  m.refs++;
  run.lastRegisterAccess = { tick: st.now, pid: p.pid, address, access, layout };
  if (t.pa === null) {
    mem.counters.invalidFaults++;
    const killed = mmu.violation === 'end';
    // Under two-level paging the walk stops at an entry not valid: an invalid address, not a bounds violation.
    const fault = layout.mode === 'two-level' ? 'invalid' : 'bounds';
    st.events.push({ tick: st.now, kind: 'segfault', pid: p.pid, address, fault, access, killed, why: t.sentence });
    return killed ? { kind: 'segfault' } : { kind: 'hit' };
  }
  const frame = Math.floor(t.pa / mem.pageSize);
  const type = mem.type[frame]!;
  const latency = LATENCY[type]!;
  mem.bits[frame]! |= access === 'write' ? PTE.REFERENCED | PTE.DIRTY : PTE.REFERENCED;
  mem.typeRefs[type]!++;
  policyOf(mem).onAccess(mem.repl, frame, st.now);
  // Each page-table entry read is a read of memory, a tick, as the paging MMU's walk costs a tick a level.
  chargeStall(run, p, latency + t.reads);
  st.events.push({
    tick: st.now,
    kind: 'regRef',
    pid: p.pid,
    cpu: p.cpu as number,
    address,
    physical: t.pa,
    access,
    memoryType: MEMORY_TYPES[type] as MemoryType,
    latency,
    why: t.sentence,
    ...(t.reads > 0 && { reads: t.reads, walk: t.steps.map((s) => s.text) }),
  });
  noteAccess(st, run, frame);
  return { kind: 'hit' };
}
