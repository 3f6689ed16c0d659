// `npm run bench`: performance figures, printed as a table and written to reports/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describeScheduler, runResult, Simulation } from '../core/index';
import { createHandler } from '../worker/handler';
import { PROTOCOL_VERSION } from '../protocol';
import { allocationBenchmarks, churnedDisks } from './allocationBench';
import { cliBenchmarks } from './cliVsOstep';
import { crashBenchmarks } from './crashBench';
import { diskMapBenchmarks } from './diskMapBench';
import { fsBenchmarks } from './fsBench';
import { envelopeBenchmarks } from './envelopeBench';
import { bigMemoryBenchmarks } from './bigMemoryBench';
import { browserBenchmarks } from './browserProbe';
import { gridBenchmarks } from './gridBench';
import { ledgerBenchmarks } from './ledgerBench';
import { networkBenchmarks } from './networkBench';
import { migrationBenchmarks } from './migrationBench';
import { memoryBenchmarks } from './memoryBench';
import { ostepBenchmarks } from './ostepBench';
import { replacementBenchmarks } from './replacementBench';
import { securityBenchmarks } from './securityBench';
import { storageBenchmarks } from './storageBench';
import { memorySeekBenchmarks, seekBenchmarks } from './seekBench';
import { BENCH_SCHEDULERS, bigScenario, hugeScenario } from './workloads';
import { groupedDigits } from '../core/groupedDigits';

interface Row {
  name: string;
  ms: number;
  detail: string;
  targetMs?: number;
}

/** Best of `repeat` runs: the least disturbed by the rest of the machine. */
function time(repeat: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const rows: Row[] = [];

for (const scheduler of BENCH_SCHEDULERS) {
  const scenario = bigScenario(scheduler);
  let sim = new Simulation(scenario);
  const ms = time(3, () => {
    sim = new Simulation(scenario);
    sim.runToEnd();
  });
  const st = sim.state;
  rows.push({
    name: `run 10k processes: ${describeScheduler(scheduler)}`,
    ms,
    targetMs: 500,
    detail: `${groupedDigits(st.now)} ticks, ${groupedDigits(st.events.length)} events`,
  });
}

// Every pick costs O(log n) (issue 11): 100,000 processes with short bursts, one run per policy.
for (const scheduler of BENCH_SCHEDULERS) {
  const sim = new Simulation(hugeScenario(scheduler));
  const ms = time(1, () => sim.runToEnd());
  const st = sim.state;
  rows.push({
    name: `run 100k processes: ${describeScheduler(scheduler)}`,
    ms,
    detail: `${groupedDigits(st.now)} ticks, ${groupedDigits(st.events.length)} events`,
  });
}

{
  const scenario = bigScenario(BENCH_SCHEDULERS[3]!);
  const sim = new Simulation(scenario);
  const end = sim.runToEnd();
  let ms = Infinity;
  for (let i = 0; i < 5; i++) {
    sim.seek(end);
    const t0 = performance.now();
    sim.seek(Math.floor(end * 0.73));
    ms = Math.min(ms, performance.now() - t0);
  }
  rows.push({
    name: 'seek back into a long run (exact replay)',
    ms,
    detail: `to tick ${groupedDigits(Math.floor(end * 0.73))} of ${groupedDigits(end)}`,
  });
  const ms2 = time(5, () => runResult(sim.state));
  rows.push({
    name: 'run result (metrics, trace hash)',
    ms: ms2,
    detail: `${groupedDigits(sim.state.segments.length)} segments`,
  });
}

{
  // What one play frame costs the worker with 10,000 processes on screen.
  const handle = createHandler({ nowMs: () => performance.now() });
  handle({ type: 'hello', id: 1, protocol: PROTOCOL_VERSION });
  handle({ type: 'load', id: 2, scenario: bigScenario(BENCH_SCHEDULERS[3]!) });
  let id = 3;
  const ms = time(20, () => handle({ type: 'advance', id: id++, ticks: 500 }));
  const reply = handle({ type: 'advance', id: id++, ticks: 500 })[0];
  const bytes = JSON.stringify(reply).length;
  rows.push({
    name: 'worker frame: advance 500 ticks + build frame',
    ms,
    detail: `~${Math.round(bytes / 1024)} KiB as JSON`,
  });
  const t0 = performance.now();
  structuredClone(reply);
  rows.push({
    name: 'structured clone of one frame (main-thread receive cost)',
    ms: performance.now() - t0,
    targetMs: 50,
    detail: '10,000 processes; only changed rows travel',
  });
}

// Memory: translations, replacement and compaction (targets from the memory issue).
const TARGETS: Record<string, number> = { 'memory: compact a fragmented 1 GiB': 100 };
rows.push(...gridBenchmarks());
for (const r of [...memoryBenchmarks(), ...replacementBenchmarks(), ...bigMemoryBenchmarks(), ...ledgerBenchmarks()])
  rows.push({ ...r, ...(TARGETS[r.name] !== undefined && { targetMs: TARGETS[r.name] }) });

// File allocation (issue 14): 100,000 operations per strategy, the defragmenter, and the disk map's pixels.
{
  const disks = churnedDisks();
  rows.push(...allocationBenchmarks(disks));
  rows.push(...diskMapBenchmarks((disks.find((d) => d.name === 'EXTENTS') as (typeof disks)[number]).disk));
}

// Moving about a long run: the core's part of a step or a jump (issue 13).
rows.push(...seekBenchmarks(), ...memorySeekBenchmarks());

// The envelope: the worst accepted scenarios, and refusing those beyond it.
rows.push(...envelopeBenchmarks());

// OSTEP-compatible mode: one large problem per script.
rows.push(...ostepBenchmarks());

// The file system (issue 14): the kernel's own under random operations and file I/O, the crash-point explorer.
rows.push(...fsBenchmarks());
rows.push(...crashBenchmarks());

// The storage devices (issue 15): a disk's long queue, an SSD's writes with GC, a RAID-5 rebuild.
rows.push(...storageBenchmarks());

// Signed and encrypted traffic between nodes (issue 16): seal and open per mode, a secured run's cost.
rows.push(...securityBenchmarks());

// The CLI as a whole process, beside OSTEP's scripts when OSTEP_DIR points at them.
rows.push(...cliBenchmarks());

// A cluster of 64 nodes headless (issue 16): a million messages over the network, and processes' messages.
rows.push(...networkBenchmarks());

// Process migration (issue 16): the model's comparison with Clark et al., and the worst pre-copy it accepts.
rows.push(...migrationBenchmarks());

// The production build in headless Chromium: first load, long tasks, seeking, scrubbing, page memory.
const browser = await browserBenchmarks();
rows.push(...browser.rows);
const notes = browser.note === undefined ? [] : [browser.note];

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'benchmark'.padEnd(width)}  ${'ms'.padStart(9)}  ${'target'.padStart(8)}  detail`);
for (const r of rows) {
  const target = r.targetMs === undefined ? '' : `< ${r.targetMs}`;
  const flag = r.targetMs !== undefined && r.ms > r.targetMs ? '  OVER TARGET' : '';
  console.log(`${r.name.padEnd(width)}  ${r.ms.toFixed(1).padStart(9)}  ${target.padStart(8)}  ${r.detail}${flag}`);
}
for (const note of notes) console.log(`\n${note}`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify({ node: process.version, rows, notes }, null, 2)}\n`);
console.log('\nwritten: reports/bench.json');
