import { processMetrics, round2, summaryMetrics, type ProcessMetrics } from '../metrics/metrics';
import type { PolicyName } from '../scenario/types';
import type { SimEvent } from './events';
import type { SimState } from './state';
import type { FsResult } from '../fs/subsystem/result';
import type { MemoryResult } from '../memory/subsystem/result';
import { traceHash } from './traceHash';

/** A timeline segment as the CLI's --json prints it. */
export interface TimelineEntry {
  cpu: number;
  start: number;
  end: number;
  pid: number | null;
  kind?: 'switch';
  /** a run with node.cache on: warm or cold throughout */
  warm?: boolean;
}

/** The outcome of a run: what `sim run --json` prints and what the compare view shows. */
export interface RunResult {
  policy: PolicyName;
  ticks: number;
  finished: boolean;
  stalled: boolean;
  timeline: TimelineEntry[];
  gpuTimeline: { gpu: number; start: number; end: number; pid: number }[];
  processes: (Pick<
    ProcessMetrics,
    | 'pid'
    | 'name'
    | 'type'
    | 'arrival'
    | 'cpuTime'
    | 'ioTime'
    | 'completion'
    | 'turnaround'
    | 'waiting'
    | 'response'
    | 'contextSwitches'
    | 'state'
    | 'killed'
  > & {
    firstRun: number | null;
    deadline: number | null;
    deadlineMissed: boolean;
    /** with memory management on: what it held as it ended (or holds, if it has not); absent when memory is off */
    memory?: ProcessMetrics['memory'];
    /** its parent in the process tree at the end; absent for a root */
    parent?: number;
  })[];
  summary: {
    avgTurnaround: number | null;
    avgWaiting: number | null;
    avgResponse: number | null;
    throughput: number;
    cpuUtilization: number;
    gpuUtilization: number[];
    contextSwitches: number;
    deadlineMisses: number;
    completed: number;
  };
  /** FNV-1a over every event and segment (traceHash.ts); null when the caller left it out (OSTEP answers never print it) */
  traceHash: string | null;
  events: SimEvent[];
  /** memory statistics at the end (absent when the scenario has no memory section) */
  memory?: MemoryResult;
  /** the file system at the end (absent when the scenario has no fs section) */
  fs?: FsResult;
}

export function runResult(st: SimState, withTraceHash = true): RunResult {
  const rows = st.procs.map((p) => processMetrics(st, p));
  const s = summaryMetrics(st, rows);
  return {
    policy: st.scenario.scheduler.policy,
    ticks: st.now,
    finished: st.finished,
    stalled: st.stalled,
    timeline: st.segments.map((g) => ({
      cpu: g.cpu,
      start: g.start,
      end: g.end,
      pid: g.pid,
      ...(g.kind === 'switch' && { kind: 'switch' as const }),
      ...(g.warm !== undefined && { warm: g.warm }),
    })),
    gpuTimeline: st.gpuSegments.slice(),
    processes: rows.map((r) => ({
      pid: r.pid,
      name: r.name,
      type: r.type,
      arrival: r.arrival,
      cpuTime: r.cpuTime,
      ioTime: r.ioTime,
      firstRun: r.firstRun,
      completion: r.completion,
      turnaround: r.turnaround,
      waiting: r.waiting,
      response: r.response,
      contextSwitches: r.contextSwitches,
      state: r.state,
      killed: r.killed,
      deadline: r.deadline,
      deadlineMissed: r.deadlineMissed,
      ...(r.memory && { memory: r.memory }),
      ...(r.parent !== undefined && { parent: r.parent }),
    })),
    summary: {
      avgTurnaround: round2(s.avgTurnaround),
      avgWaiting: round2(s.avgWaiting),
      avgResponse: round2(s.avgResponse),
      throughput: round2(s.throughput) as number,
      cpuUtilization: round2(s.cpuUtilization) as number,
      gpuUtilization: s.perGpuUtilization.map((u) => round2(u) as number),
      contextSwitches: s.contextSwitches,
      deadlineMisses: s.deadlineMisses,
      completed: s.completed,
    },
    traceHash: withTraceHash ? traceHash(st.events, st.segments) : null,
    events: st.events.slice(),
    ...subsystemResults(st),
  };
}

/** The subsystems' parts of the result, in their order, after the kernel's fields. */
function subsystemResults(st: SimState): Partial<RunResult> {
  const out: Partial<RunResult> = {};
  for (const s of st.subsystems) Object.assign(out, s.result?.(st));
  return out;
}
