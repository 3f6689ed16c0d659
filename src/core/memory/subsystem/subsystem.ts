import { mustPcb } from '../../kernel/state';
import type { Subsystem } from '../../kernel/subsystem';
import { createMemory } from '../create';
import { checkInvariants } from '../invariants';
import { contextSwitch } from '../mmu';
import { admitMemory, pendingAdmissions, releaseMemory } from './admission';
import { movingWait } from './compacting';
import { memoryForKernel } from './kernelMemory';
import { applyMemoryOperation, MEMORY_OPERATIONS } from './operations';
import { makeReference, nextReference } from './references';
import { makeRegisterReference } from './registerReference';
import { isRegisterMmu, runnableConfig } from '../mmuMode';
import { processMemory } from './processMemory';
import { memoryResult } from './result';
import { memoryRun, sampleRegularly } from './samples';
import type { SimState } from '../../kernel/state';
import { memoryView } from './view';

/** Memory management: admission waits for memory, references fault pages in from swap, the graphs' samples. */
export const memorySubsystem: Subsystem<'memory'> = {
  name: 'memory',
  present: (scenario) => scenario.memory !== undefined,
  create: (scenario) => ({
    memory: createMemory(runnableConfig(scenario.memory as NonNullable<typeof scenario.memory>), scenario.seed),
    version: 0,
    shape: 0,
    waiting: [],
    recent: [],
    samples: [],
    lastCompaction: null,
    moving: null,
    nextSample: 0,
    procs: new Map(),
    ended: new Map(),
  }),
  operations: MEMORY_OPERATIONS,
  absent: 'memory management is off in this scenario',
  kernelMemory: memoryForKernel,
  admit: admitMemory,
  admitWaiting: pendingAdmissions,
  onRun: (st, p) => contextSwitch(memoryRun(st).memory, p.pid),
  onExit: releaseMemory,
  wake: (st, p) => {
    const m = memoryRun(st).procs.get(p.pid);
    const waited = m?.waitsFor ?? 'page';
    if (m) m.waitsFor = null;
    st.events.push({ tick: st.now, kind: WAKE_EVENT[waited], pid: p.pid });
  },
  apply: (st, op) => applyMemoryOperation(st, op as Parameters<typeof applyMemoryOperation>[1]),
  /**
   * A running process whose pages compaction is moving waits for it to end. Running processes whose next memory
   * reference is due now make it: a page in memory stalls them on their CPU for its latency; a page in swap blocks
   * the process (WAITING for the page, like an I/O wait, which MLFQ treats as blocking); an invalid address or a
   * protection violation kills it. Under a register mode (memory.mmu) the process's registers translate instead.
   */
  decide: (st, kernel) => {
    const run = memoryRun(st);
    let freed = false;
    for (const cpu of st.cpus) {
      if (cpu.phase !== 'run') continue;
      const p = mustPcb(st, cpu.pid as number);
      const moving = movingWait(st, run, p);
      if (moving > 0) {
        freed = true;
        kernel.block(st, p, moving, 'memory');
        continue;
      }
      if (nextReference(run, p) !== st.now) continue;
      const mmu = run.memory.config.mmu;
      const r = isRegisterMmu(mmu) ? makeRegisterReference(st, p, mmu) : makeReference(st, p);
      if (r.kind === 'hit') continue;
      freed = true;
      if (r.kind === 'segfault') kernel.kill(st, p);
      else kernel.block(st, p, r.cost, 'memory');
    }
    return freed;
  },
  endDecision: sampleRegularly,
  nextEvent: (st) => {
    const run = memoryRun(st);
    let next = Infinity;
    for (const cpu of st.cpus)
      if (cpu.phase === 'run') next = Math.min(next, nextReference(run, mustPcb(st, cpu.pid as number)));
    return next;
  },
  logs: (st) => [memoryRun(st).samples],
  invariants: (st) => [...checkInvariants(memoryRun(st).memory), ...waitingInvariants(st)],
  view: memoryView,
  processPart: (st, p) => ({ memory: processMemory(st, p) }),
  result: (st) => ({ memory: memoryResult(st) }),
};

/** What a wait for memory ends with: the page is in, the reference is tried again, the pages are in place. */
const WAKE_EVENT = { page: 'pageIn', frame: 'frameRetry', compaction: 'compactDone' } as const;

/** Who waits for memory is NEW, waits once, and has the reason recorded. */
function waitingInvariants(st: SimState): string[] {
  const run = memoryRun(st);
  const bad: string[] = [];
  if (new Set(run.waiting).size !== run.waiting.length) bad.push('a process waits for memory twice');
  for (const pid of run.waiting) {
    if (mustPcb(st, pid).state !== 'NEW') bad.push(`P${pid} waits for memory but is not NEW`);
    if (!run.procs.get(pid)?.wait) bad.push(`P${pid} waits for memory with no reason`);
  }
  return bad;
}
