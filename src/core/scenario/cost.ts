import { deviceBound } from '../fs/device/deviceConfig';
import { NO_TIMERS, type PolicyTimers } from '../sched/module';
import type { MessageStep } from '../network/config';
import { serialisationTicks } from '../network/cluster/links';
import { findPolicy } from '../sched/registry';
import type { FieldError } from './fieldErrors';
import { MEMORY_TYPE_INFO } from '../memory/types';
import type { FileIo, FsConfig } from '../fs/config';
import type { ProcessSpec, Scenario } from './types';
import { groupedDigits } from '../groupedDigits';

/** The slowest memory type's latency, ticks: the longest a reference in memory can stall. */
const MAX_LATENCY = Math.max(...Object.values(MEMORY_TYPE_INFO).map((t) => t.latency));

/**
 * The most decision points a scenario may need. A decision point costs about two events and a timeline
 * segment, each a small object kept for the whole run so that any tick can be revisited: a run at this limit
 * keeps about 400 MB and takes a few seconds, which a browser tab and a default Node heap hold comfortably.
 */
export const MAX_STEPS = 1_000_000;

/** One cause of cost: the field that drives it and how many decision points it may add. */
export interface CostDriver {
  path: string;
  steps: number;
}

/**
 * An upper bound, from the scenario alone, on the decision points a run has (the engine jumps from one to the
 * next, so they are its work, and the events it keeps grow with them), and on the tick it ends by.
 */
export interface CostEstimate {
  steps: number;
  /** the run ends by this tick (an upper bound: every CPU burst, I/O and wait one after another) */
  horizon: number;
  /** the causes, largest first */
  drivers: CostDriver[];
}

/** What one process costs: its bursts, its slices (into `slices`, see sliceSteps) and its memory references. */
function processCost(
  p: ProcessSpec,
  path: string,
  t: PolicyTimers,
  s: Scenario,
  add: (d: CostDriver) => void,
  slices: number[],
): number {
  let cpu = 0;
  let io = 0;
  p.bursts.forEach((b, i) => (i % 2 === 0 ? (cpu += b) : (io += b)));
  // A reference to a page in memory stalls the process on its CPU (at most the slowest page's latency and a
  // page-table walk), so its runs, and the slices they take, are longer by as much.
  const refs = p.accesses && s.memory ? Math.floor(cpu / p.accesses.every) : 0;
  const running = cpu + (s.memory ? refs * (MAX_LATENCY + s.memory.pageTableLevels) : 0);
  const cpuBursts = (p.bursts.length + 1) / 2;
  // Arrival, its deadline, and each burst's end; with a switch cost, each dispatch ends a switch too; a CPU held
  // to the end of a quantum after a burst (OSTEP's lottery) is let go at a decision point of its own.
  const switches = s.options.contextSwitchCost > 0 ? 2 : 1;
  const holds = t.slice === Infinity ? 0 : cpuBursts;
  add({ path: `${path}.bursts`, steps: 2 + p.bursts.length * switches + holds });
  const quanta = t.slice === Infinity ? 0 : Math.floor(running / t.slice);
  slices.push(quanta * switches * (1 + t.extraPerSlice));
  // A reference that faults waits for swap and is made again when the process runs next.
  if (refs > 0) add({ path: `${path}.accesses.every`, steps: 2 * refs });
  // A file request blocks the process and wakes it: two decision points, and the device's time for it.
  const files = p.files && s.fs ? fileRequestsCost(p.files, s.fs, Math.floor(cpu / p.files.every)) : null;
  if (files) add({ path: `${path}.files.every`, steps: 2 * files.requests });
  // A messaging step may block the process and wake it: two decision points, and at most its longest wait (a send's
  // time on the wire, a timeout; a wait with no timeout ends when a message comes, which only the cluster bounds).
  const chat = p.messages && s.network ? p.messages : null;
  const messages = chat ? Math.min(Math.floor(cpu / chat.every), chat.repeat * chat.steps.length) : 0;
  if (messages > 0) add({ path: `${path}.messages.every`, steps: 2 * messages });
  const netWait = chat ? Math.max(...chat.steps.map((m) => stepWait(m, p.needs.networkMbps))) * messages : 0;
  // Each warm-up of a per-CPU cache that ends mid-run is a decision point, and needs warmupTime ticks of the
  // process on that CPU: a working set that pushes itself out warms again every warmupTime ticks, no more often.
  const warmup = s.node.cache?.warmupTime ?? 0;
  if (warmup > 0) add({ path: 'node.cache.warmupTime', steps: Math.floor(cpu / warmup) });
  const swap = s.memory ? s.memory.swapInTicks + s.memory.swapOutTicks : 0;
  // A CPU may be held to the end of a quantum after a burst ends (OSTEP's lottery).
  const held = t.slice === Infinity ? 0 : cpuBursts * t.slice;
  return (
    running +
    io +
    held +
    (cpuBursts + quanta) * s.options.contextSwitchCost +
    refs * swap +
    (files?.deviceTicks ?? 0) +
    netWait
  );
}

/** The longest a messaging step keeps its process WAITING, where that is bounded. */
function stepWait(step: MessageStep, mbps: number): number {
  if (step.kind === 'send') return serialisationTicks(step.bytes, mbps);
  return step.timeout ?? 0;
}

/**
 * A process's file requests and the longest the device may take over them: a request moves at most the blocks its
 * bytes touch, and as many again written back from the page cache to make room for them.
 */
function fileRequestsCost(files: FileIo, fs: FsConfig, requests: number): { requests: number; deviceTicks: number } {
  const { requestTicks, blockTicks } = deviceBound(fs.device);
  const worst = (bytes: number) => requestTicks + 2 * (Math.ceil(bytes / fs.blockSize) + 1) * blockTicks;
  const cycle = files.requests.reduce((sum, r) => sum + worst(r.bytes), 0);
  const rest = files.requests.slice(0, requests % files.requests.length).reduce((sum, r) => sum + worst(r.bytes), 0);
  return { requests, deviceTicks: Math.floor(requests / files.requests.length) * cycle + rest };
}

/** The estimate, deterministic and linear in the scenario's size. */
export function estimateCost(s: Scenario): CostEstimate {
  // Each policy says what decision points it makes of its own (its module's timers).
  const module = findPolicy(s.scheduler.policy);
  const t = module?.timers(s.scheduler) ?? NO_TIMERS;
  const byPath = new Map<string, number>();
  const add = (d: CostDriver): void => void byPath.set(d.path, (byPath.get(d.path) ?? 0) + d.steps);
  const slices: number[] = [];
  let busy = 0;
  let start = 0;
  s.processes.forEach((p, i) => {
    busy += processCost(p, `processes[${i}]`, t, s, add, slices);
    start = Math.max(start, p.arrival);
  });
  // The run's start is a decision point of its own: a process's arrival counts it, operations alone do not.
  if (s.processes.length === 0 && s.operations.length > 0) add({ path: 'operations', steps: 1 });
  s.operations.forEach((op, i) => {
    add({ path: 'operations', steps: 1 });
    start = Math.max(start, op.tick);
    if (op.op === 'create') busy += processCost(op.process, `operations[${i}].process`, t, s, add, slices);
    // A sync keeps the device busy writing back every dirty cached block: requests queue behind it.
    if (op.op === 'fs' && op.action.kind === 'sync' && s.fs) {
      const { requestTicks, blockTicks } = deviceBound(s.fs.device);
      busy += requestTicks + s.fs.cache.blocks * blockTicks;
    }
  });
  if (s.memory) {
    const frames = Math.floor(s.memory.physicalBytes / s.memory.pageSize);
    const count = (ops: readonly string[]): number => s.operations.filter((op) => ops.includes(op.op)).length;
    // With autoCompact, each admission and each allocation may compact once.
    const auto = s.memory.autoCompact ? s.processes.length + count(['create', 'allocate']) : 0;
    const compactions = count(['compact']) + auto;
    busy += compactions * frames * s.memory.compactionTicksPerPage;
  }
  const horizon = start + busy;
  for (const timer of t.every) add({ path: timer.path, steps: Math.floor(horizon / timer.ticks) });
  const others = [...byPath.values()].reduce((sum, n) => sum + n, 0);
  // With per-CPU caches a lone process's slices are not merged (kernel/loneStretch.ts): each one counts.
  const merged = module?.loneRepickIsNoop === true && s.node.cache === undefined;
  const sliceEnds = sliceSteps(slices, others, merged ? s.node.cpus : 0);
  if (sliceEnds > 0) add({ path: t.slicePath, steps: sliceEnds });
  const drivers = [...byPath].map(([path, steps]) => ({ path, steps })).sort((a, b) => b.steps - a.steps);
  return { steps: drivers.reduce((sum, d) => sum + d.steps, 0), horizon, drivers };
}

/**
 * The decision points the slices' ends add: one per slice of each process (`slices`, its count), unless the
 * policy merges the slices of a lone process (`cpus` > 0; kernel/loneStretch.ts). Then a slice's end is a
 * decision point of its own only when another process was READY, or something else happens (any other decision
 * point: `others`, or another process's slice end) within the slice after it, or its burst ends within it: on each
 * of the `cpus` CPUs, each of those is met by at most one slice end, twice over for safety. A process alone for
 * 10^9 ticks costs a few decision points; while processes compete, every slice still counts.
 */
function sliceSteps(slices: readonly number[], others: number, cpus: number): number {
  const total = slices.reduce((sum, n) => sum + n, 0);
  if (cpus === 0) return total;
  return slices.reduce((sum, n) => sum + Math.min(n, 2 * cpus * (others + total - n)), 0);
}

const count = (n: number): string => groupedDigits(Math.round(n));

/** The refusal of a scenario beyond the envelope, naming the field that drives its cost most. */
export function costErrors(s: Scenario): FieldError[] {
  const e = estimateCost(s);
  if (e.steps <= MAX_STEPS) return [];
  const top = e.drivers.slice(0, 3).map((d) => `${d.path} ${count(d.steps)}`);
  return [
    {
      path: (e.drivers[0] as CostDriver).path,
      limit: `at most ${count(MAX_STEPS)} decision points`,
      message:
        `The run could need up to ${count(e.steps)} decision points (over ${count(e.horizon)} ticks), more than ` +
        `the ${count(MAX_STEPS)} a run may have; most come from ${top.join(', ')}. Use longer quanta or ` +
        `intervals, shorter bursts, or fewer references.`,
    },
  ];
}
