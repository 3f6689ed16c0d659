// Memory at its largest (issue 12): 4 GiB of 4 KiB pages, 1,048,576 frames, as a run, a frame and a picture.
import { performance } from 'node:perf_hooks';
import { DEFAULT_MEMORY, DEFAULT_WORKLOAD, generateWorkload, Simulation, validateScenario } from '../core/index';
import { allocate, createMemory, snapshotOf } from '../core/memory/memory';
import { figuresOf } from '../core/memory/snapshotOf';
import { PROTOCOL_VERSION, type FromSim } from '../protocol';
import { createHandler } from '../worker/handler';
import { gridRow } from './gridBench';
import { best, compactionRow, openMemory, type MemoryBenchRow } from './memoryBench';
import { groupedDigits } from '../core/groupedDigits';

const GiB = 1024 ** 3;
const BYTES = 4 * GiB;

/**
 * 60 generated processes sized for 4 GiB (sizeForMemory: a model is 64 MiB), each touching a working set of 64
 * pages every tick, 20 % writes; 4 GiB of swap, any free frames, round robin on 2 CPUs.
 */
function bigRun() {
  const memory = { ...DEFAULT_MEMORY, physicalBytes: BYTES, swapBytes: BYTES, placement: 'anyFree' as const };
  const spec = {
    ...DEFAULT_WORKLOAD,
    count: 60,
    arrival: { kind: 'uniform' as const, span: 2000 },
    cpuBurst: { kind: 'uniform' as const, min: 20, max: 200 },
  };
  const accesses = { kind: 'locality', every: 1, workingSetPages: 64, jumpEvery: 50, writeFraction: 0.2 };
  const v = validateScenario({
    format: 'bcos-scenario',
    version: 3,
    node: { cpus: 2, gpus: 1 },
    scheduler: { policy: 'RR', quantum: 4 },
    processes: generateWorkload(spec, memory).map((p) => ({ ...p, accesses })),
    memory,
  });
  if (!v.ok) throw new Error(`4 GiB benchmark scenario invalid: ${v.errors[0]?.message}`);
  return v.scenario;
}

export function bigMemoryBenchmarks(): MemoryBenchRow[] {
  const rows: MemoryBenchRow[] = [];
  const config = openMemory(BYTES);
  rows.push({
    name: 'memory: create 4 GiB (1,048,576 frames)',
    ms: best(
      3,
      () => null,
      () => createMemory(config, 1),
    ),
    detail: 'frame table, free-run tree, TLB, LRU state',
  });
  rows.push(compactionRow(BYTES, '4 GiB', 1));
  const m = createMemory(config, 1);
  // 48 processes of 64 MiB fill it, every third one pinned model memory.
  for (let pid = 1; pid <= 48; pid++) allocate(m, pid, BYTES / 64, pid % 3 === 0 ? 'AI_MODEL' : 'USER');
  rows.push({
    name: 'memory 4 GiB: snapshot with per-frame arrays',
    ms: best(
      5,
      () => null,
      () => snapshotOf(m),
    ),
    detail: '~14 MiB of arrays; sent only on a change of shape or every 16 ticks above 262,144 frames',
  });
  rows.push({
    name: 'memory 4 GiB: figures only (pools, statistics, fragmentation)',
    ms: best(
      5,
      () => null,
      () => figuresOf(m),
    ),
    detail: 'what a frame carries when references alone changed memory',
  });
  rows.push(gridRow(BYTES));

  const scenario = bigRun();
  let sim = new Simulation(scenario);
  const runMs = best(
    1,
    () => (sim = new Simulation(scenario)),
    (s) => s.runToEnd(),
  );
  const st = sim.state;
  rows.push({
    name: 'run at 4 GiB: 60 processes referencing memory',
    ms: runMs,
    detail: `${groupedDigits(st.now)} ticks, ${groupedDigits(st.events.length)} events, checkpoints included; all ended: ${st.procs.every((p) => p.state === 'TERMINATED')}`,
  });
  rows.push(frameRow(scenario));
  return rows;
}

/** What one play frame costs the worker at 4 GiB: advance 5 ticks and build the frame, median of 40. */
function frameRow(scenario: ReturnType<typeof bigRun>): MemoryBenchRow {
  const handle = createHandler({ nowMs: () => performance.now() });
  let id = 0;
  const ask = (msg: object) => handle({ ...msg, id: ++id } as never)[0] as FromSim;
  ask({ type: 'hello', protocol: PROTOCOL_VERSION });
  ask({ type: 'load', scenario });
  ask({ type: 'seek', tick: 200 });
  const times: number[] = [];
  let arrays = 0;
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    const reply = ask({ type: 'advance', ticks: 5 });
    times.push(performance.now() - t0);
    if (reply.type === 'frame' && reply.frame.memory?.snapshot) arrays++;
  }
  times.sort((a, b) => a - b);
  return {
    name: 'worker frame at 4 GiB: advance 5 ticks + build frame (median)',
    ms: times[20]!,
    detail: `slowest ${times[39]!.toFixed(1)} ms; ${arrays} of 40 frames carried the per-frame arrays`,
  };
}
