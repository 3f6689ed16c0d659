import { remainingCpu } from '../process/pcb';
import { timeIn } from '../process/transitions';
import type { ProcessState, ProcessType } from '../process/types';
import type { PcbView, SimStateView } from '../kernel/view';
import type { SubsystemProcessParts } from '../kernel/subsystem';
import type { SimState } from '../kernel/state';

/** Per-process figures, each by the formula in FORMULAS, as of the state's current tick. */
export interface ProcessMetrics {
  pid: number;
  name: string;
  type: ProcessType;
  state: ProcessState;
  priority: number;
  arrival: number;
  burstTotal: number;
  cpuTime: number;
  remaining: number;
  ioTime: number;
  readyTime: number;
  suspendedTime: number;
  firstRun: number | null;
  completion: number | null;
  turnaround: number | null;
  waiting: number;
  response: number | null;
  contextSwitches: number;
  /** page faults it made (memory management on); each blocks it for the swap-in time, if that is not 0 */
  pageFaults: number;
  /** the network bandwidth it needs, Mbit/s (needs.networkMbps) */
  networkMbps: number;
  deadline: number | null;
  deadlineMissed: boolean;
  killed: boolean;
  /** its queue level under a policy with levels (MLFQ; 0 = the top), else 0 */
  level: number;
  cpu: number | null;
  gpus: number[];
  /** with memory management on: what it holds (or held as it ended); absent when memory is off */
  memory?: SubsystemProcessParts['memory'];
  /** the pid of its parent in the process tree (who forked or adopted it); absent for a root */
  parent?: number;
}

export interface SummaryMetrics {
  ticks: number;
  completed: number;
  /** means over completed (not killed) processes; null when none completed */
  avgTurnaround: number | null;
  avgWaiting: number | null;
  avgResponse: number | null;
  /** completed processes per 100 ticks */
  throughput: number;
  /** busy ticks / (ticks × CPUs), 0..1 */
  cpuUtilization: number;
  perCpuUtilization: number[];
  perGpuUtilization: number[];
  contextSwitches: number;
  switchTicks: number;
  deadlineMisses: number;
}

/** The formulas, stated once: the UI shows these strings and the code below follows them. */
export const FORMULAS = {
  response: 'response = start of the first run (after its switch-in) − arrival',
  turnaround: 'turnaround = completion − arrival',
  waiting: 'waiting = ticks spent READY (including context switches into the CPU)',
  ioTime: 'I/O time = ticks spent WAITING (in an I/O burst, queued for a device, or for a page from swap)',
  cpuTime: 'CPU time = ticks spent RUNNING',
  throughput: 'throughput = completed processes × 100 ÷ ticks',
  cpuUtilization: 'CPU utilisation = ticks running processes ÷ (ticks × CPUs)',
  gpuUtilization: 'GPU utilisation = ticks a running process held the GPU ÷ ticks',
  contextSwitches:
    'context switches = switches from one process to another on every CPU (and from or to idle when those count)',
  deadlineMisses: 'deadline misses = processes not finished by their deadline tick',
  averages: 'averages are plain means over completed processes, rounded to 2 decimals for display',
} as const;

export function processMetrics(st: SimStateView, p: PcbView): ProcessMetrics {
  const now = st.now;
  const burstTotal = p.bursts.reduce((sum, b, i) => (i % 2 === 0 ? sum + b : sum), 0);
  const running = p.state === 'RUNNING' ? now - p.runSince : 0;
  // The subsystems' parts assigned after the literal, not spread into it: V8 (Node 20) builds a literal with a
  // spread key by key, and a frame makes a row for every process.
  const row: ProcessMetrics = {
    pid: p.pid,
    name: p.name,
    type: p.type,
    state: p.state,
    priority: p.priority,
    arrival: p.arrival,
    burstTotal,
    cpuTime: p.cpuTime + running,
    remaining: p.state === 'TERMINATED' ? 0 : remainingCpu(p, now),
    ioTime: timeIn(p, 'WAITING', now),
    readyTime: timeIn(p, 'READY', now),
    suspendedTime: timeIn(p, 'SUSPENDED', now),
    firstRun: p.firstRun,
    completion: p.completion,
    turnaround: p.completion === null ? null : p.completion - p.arrival,
    waiting: timeIn(p, 'READY', now),
    response: p.firstRun === null ? null : p.firstRun - p.arrival,
    contextSwitches: p.contextSwitches,
    pageFaults: p.pageFaults,
    networkMbps: p.needs.networkMbps,
    deadline: p.deadline,
    deadlineMissed: p.deadlineMissed,
    killed: p.killed,
    level: st.policy.level?.(p, st) ?? 0,
    cpu: p.cpu,
    gpus: p.gpusHeld.slice(),
  };
  if (p.parent !== null) row.parent = p.parent;
  return Object.assign(row, subsystemParts(st, p));
}

/**
 * What the subsystems add to a process's row (its memory). They may change while its PCB does not: memory given to a
 * process that has not arrived, its pages swapped.
 */
export function subsystemParts(st: SimStateView, p: PcbView): Partial<SubsystemProcessParts> {
  const parts: Partial<SubsystemProcessParts> = {};
  // A part only reads the state.
  for (const s of st.subsystems) if (s.processPart) Object.assign(parts, s.processPart(st as SimState, p));
  return parts;
}

/**
 * What the summary takes from the process rows: sums over the processes completed (not killed), and the deadlines
 * missed. Every figure is a whole number of ticks, so sums kept up row by row (the worker's, which adds and takes
 * away only the rows that changed) are exactly those made afresh.
 */
export interface RowTotals {
  completed: number;
  turnaround: number;
  waiting: number;
  response: number;
  deadlineMisses: number;
}

export const noRowTotals = (): RowTotals => ({
  completed: 0,
  turnaround: 0,
  waiting: 0,
  response: 0,
  deadlineMisses: 0,
});

/** Adds `r`'s part to `t`, or takes it away (`sign` -1). */
export function addRowTotals(t: RowTotals, r: ProcessMetrics, sign: 1 | -1): void {
  if (r.deadlineMissed) t.deadlineMisses += sign;
  if (r.completion === null || r.killed) return;
  t.completed += sign;
  t.turnaround += sign * (r.turnaround as number);
  t.waiting += sign * r.waiting;
  t.response += sign * (r.response as number);
}

export function summaryMetrics(st: SimStateView, rows: readonly ProcessMetrics[]): SummaryMetrics {
  const t = noRowTotals();
  for (const r of rows) addRowTotals(t, r, 1);
  return summaryOf(st, t);
}

/** The summary of `st` with its rows' totals. */
export function summaryOf(st: SimStateView, t: RowTotals): SummaryMetrics {
  const ticks = st.now;
  const open = (since: number, active: boolean): number => (active ? ticks - since : 0);
  const perCpu = st.cpus.map((c) => (ticks === 0 ? 0 : (c.busyTicks + open(c.since, c.phase === 'run')) / ticks));
  // A GPU kept for a process still switching in is not busy yet (its `since` is still to come).
  const perGpu = st.gpus.map((g) =>
    ticks === 0 ? 0 : (g.busyTicks + open(g.since, g.pid !== null && g.since < ticks)) / ticks,
  );
  const mean = (sum: number) => (t.completed === 0 ? null : sum / t.completed);
  return {
    ticks,
    completed: t.completed,
    avgTurnaround: mean(t.turnaround),
    avgWaiting: mean(t.waiting),
    avgResponse: mean(t.response),
    throughput: ticks === 0 ? 0 : (t.completed * 100) / ticks,
    cpuUtilization: perCpu.length === 0 ? 0 : perCpu.reduce((a, b) => a + b, 0) / perCpu.length,
    perCpuUtilization: perCpu,
    perGpuUtilization: perGpu,
    contextSwitches: st.cpus.reduce((n, c) => n + c.switches, 0),
    switchTicks: st.cpus.reduce((n, c) => n + c.switchTicks + open(c.since, c.phase === 'switch'), 0),
    deadlineMisses: t.deadlineMisses,
  };
}

/** Rounds for display and JSON output: 2 decimals, half away from zero. */
export function round2(x: number | null): number | null {
  return x === null ? null : (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100;
}
