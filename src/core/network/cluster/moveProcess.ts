import { create, kill } from '../../kernel/operations';
import { pcbOf, type SimState } from '../../kernel/state';
import { currentBurstLeft, type Pcb } from '../../process/pcb';
import type { ProcessSpec } from '../../scenario/types';

/**
 * A process in flight between nodes: the spec it resumes from (the CPU and I/O work it has left, its needs and
 * habits), the CPU ticks it got where it left, and the state it left in.
 */
export interface Carried {
  spec: ProcessSpec;
  cpuTicks: number;
  state: Pcb['state'];
}

/** The default page size of a node without a memory section (memory/defaults.ts's). */
const DEFAULT_PAGE_SIZE = 4096;

export function pageSizeOf(st: SimState): number {
  return st.scenario.memory?.pageSize ?? DEFAULT_PAGE_SIZE;
}

/** The pages a process's memory fills at `pageSize` (at least one: its CPU state and stack). */
export function pagesOf(p: Pick<Pcb, 'needs'>, pageSize: number): number {
  return Math.max(1, Math.ceil(p.needs.memoryBytes / pageSize));
}

/** CPU ticks `p` has had by `now`, the run in progress included. */
export function cpuTicksBy(p: Pcb, now: number): number {
  return p.cpuTime + (p.state === 'RUNNING' && p.cpu !== null ? Math.max(0, now - p.runSince) : 0);
}

/**
 * Why `p` cannot leave its node, or null: it must be live (arrived, not ended, not suspended) and hold nothing that
 * binds it to its node (its messages, files, model, shared memory name that node's mailboxes, disk and frames).
 */
export function unmovable(p: Pcb, st: SimState): string | null {
  const who = `P${p.pid} (${p.name})`;
  if (p.state === 'NEW') return `${who} has not been admitted yet`;
  if (p.state === 'TERMINATED') return `${who} has ended`;
  if (p.state === 'SUSPENDED') return `${who} is suspended`;
  const spec =
    st.scenario.processes.find((s) => s.pid === p.pid) ??
    st.scenario.operations.flatMap((op) => (op.op === 'create' && op.process.pid === p.pid ? [op.process] : []))[0];
  const bound = (['messages', 'files', 'model', 'sharedMemory'] as const).find((k) => spec?.[k] !== undefined);
  if (bound) return `${who} has ${bound}, which bind it to its node: only a process without them migrates`;
  return null;
}

/**
 * Takes `p` off its node at the node's now, before the node decides that tick (the source frees it: CPU, I/O device,
 * memory; its decision then gives the CPU to another): what it has left of its
 * current burst and the rest, as a spec. A process in an I/O burst resumes with a CPU burst of 0 then the I/O's
 * remaining ticks, so the target redoes no work. Its CPU affinity names the source's CPUs and is dropped.
 */
export function takeOff(st: SimState, p: Pcb): Carried {
  const now = st.now;
  const rest = p.bursts.slice(p.burstIndex + 1);
  const bursts =
    p.burstIndex % 2 === 0
      ? [currentBurstLeft(p, now), ...rest]
      : [0, p.ioUntil === null ? p.burstLeft : Math.max(0, p.ioUntil - now), ...rest];
  const state = p.state;
  kill(st, p);
  return {
    spec: {
      pid: p.pid,
      name: p.name,
      type: p.type,
      priority: p.priority,
      arrival: now,
      bursts,
      ...(p.deadline !== null && { deadline: p.deadline }),
      tickets: p.tickets,
      needs: p.needs,
      ...(p.accesses && { accesses: p.accesses }),
      ...(p.workingSet > 0 && { workingSet: p.workingSet }),
    },
    cpuTicks: p.cpuTime,
    state,
  };
}

/**
 * Starts `spec` on node `st` at `now`, before the node decides that tick (so its decision admits and dispatches
 * it): under its own pid if that is free there, else the next above the node's largest. A finished node opens
 * again. Returns the pid it runs under.
 */
export function putOn(st: SimState, spec: ProcessSpec, now: number): number {
  st.finished = false;
  st.stalled = false;
  st.now = now;
  const pid = pcbOf(st, spec.pid) ? Math.max(...st.procs.map((q) => q.pid)) + 1 : spec.pid;
  create(st, { ...spec, pid, arrival: now });
  return pid;
}
