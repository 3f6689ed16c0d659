import { processMetrics, summaryMetrics, type ProcessMetrics, type SummaryMetrics } from '../metrics/metrics';
import type { ProcessState, ProcessType, ResourceNeeds } from '../process/types';
import type { SchedulerConfig } from '../scenario/types';
import { exportedMemory, type ExportedMemory } from '../memory/exportMemory';
import { readyQueues, type SimStateView } from './view';

export const SYSTEM_STATE_FORMAT = 'bcos-system-state';
export const SYSTEM_STATE_VERSION = 1;

/** A process's PCB as exported: its state, where it is, what it has done and what it still has to do. */
export interface ExportedProcess {
  pid: number;
  name: string;
  type: ProcessType;
  state: ProcessState;
  priority: number;
  arrival: number;
  bursts: number[];
  /** index into bursts of the current (or next) burst: even = CPU, odd = I/O */
  burstIndex: number;
  /** CPU ticks still to run over all its bursts */
  remainingCpu: number;
  deadline: number | null;
  tickets: number;
  needs: ResourceNeeds;
  cpu: number | null;
  lastCpu: number | null;
  gpusHeld: number[];
  /** the tick its current state began */
  stateSince: number;
  /** while WAITING: its I/O or a subsystem (a page coming in) */
  waitingFor: string | null;
  ioUntil: number | null;
  suspendedFrom: 'READY' | 'WAITING' | null;
  /** its MLFQ level (0 = top), else 0 */
  level: number;
  firstRun: number | null;
  completion: number | null;
  cpuTime: number;
  readyTime: number;
  ioTime: number;
  suspendedTime: number;
  contextSwitches: number;
  pageFaults: number;
  deadlineMissed: boolean;
  killed: boolean;
}

/** The whole system at one tick, as `export` writes it (JSON: plain data, no typed arrays). */
export interface SystemState {
  format: typeof SYSTEM_STATE_FORMAT;
  version: typeof SYSTEM_STATE_VERSION;
  title: string;
  tick: number;
  finished: boolean;
  stalled: boolean;
  node: { id: string; cpus: number; gpus: number; connections: string[] };
  scheduler: SchedulerConfig;
  processes: ExportedProcess[];
  /** READY queues in the policy's order (one per MLFQ level) */
  queues: { name: string; pids: number[] }[];
  waiting: number[];
  ioQueue: number[];
  suspended: number[];
  cpus: { id: number; phase: 'idle' | 'switch' | 'run'; pid: number | null; since: number; switches: number }[];
  gpus: { id: number; pid: number | null; since: number }[];
  /** null when the scenario has no memory section */
  memory: ExportedMemory | null;
  statistics: SummaryMetrics;
}

/** `m` is the process's metrics row, which the statistics read too: computed once for both. */
function exportedProcess(p: SimStateView['procs'][number], m: ProcessMetrics): ExportedProcess {
  return {
    pid: p.pid,
    name: p.name,
    type: p.type,
    state: p.state,
    priority: p.priority,
    arrival: p.arrival,
    bursts: p.bursts.slice(),
    burstIndex: p.burstIndex,
    remainingCpu: m.remaining,
    deadline: p.deadline,
    tickets: p.tickets,
    needs: { ...p.needs },
    cpu: p.cpu,
    lastCpu: p.lastCpu,
    gpusHeld: p.gpusHeld.slice(),
    stateSince: p.stateSince,
    waitingFor: p.state === 'WAITING' ? p.waitingFor : null,
    ioUntil: p.ioUntil,
    suspendedFrom: p.suspendedFrom,
    level: m.level,
    firstRun: p.firstRun,
    completion: p.completion,
    cpuTime: m.cpuTime,
    readyTime: m.readyTime,
    ioTime: m.ioTime,
    suspendedTime: m.suspendedTime,
    contextSwitches: p.contextSwitches,
    pageFaults: p.pageFaults,
    deadlineMissed: p.deadlineMissed,
    killed: p.killed,
  };
}

/**
 * The whole system at the current tick: every process with its PCB, the queues, CPUs and GPUs, memory (frames
 * and page tables as runs, pools, swap) and the statistics so far. Reads only; what `export` writes in the
 * browser console, the header's Export system state and the terminal's `sim shell` alike.
 */
export function systemState(st: SimStateView): SystemState {
  const rows = st.procs.map((p) => processMetrics(st, p));
  const pidsIn = (state: ProcessState) => st.procs.filter((p) => p.state === state).map((p) => p.pid);
  const node = st.scenario.node;
  return {
    format: SYSTEM_STATE_FORMAT,
    version: SYSTEM_STATE_VERSION,
    title: st.scenario.title,
    tick: st.now,
    finished: st.finished,
    stalled: st.stalled,
    node: { id: node.id, cpus: node.cpus, gpus: node.gpus, connections: node.connections.slice() },
    scheduler: st.scenario.scheduler as SchedulerConfig,
    processes: st.procs.map((p, i) => exportedProcess(p, rows[i]!)),
    queues: readyQueues(st),
    waiting: pidsIn('WAITING'),
    ioQueue: st.ioQueue.slice(),
    suspended: pidsIn('SUSPENDED'),
    cpus: st.cpus.map((c) => ({ id: c.id, phase: c.phase, pid: c.pid, since: c.since, switches: c.switches })),
    gpus: st.gpus.map((g) => ({ id: g.id, pid: g.pid, since: g.since })),
    memory: exportedMemory(st),
    statistics: summaryMetrics(st, rows),
  };
}
