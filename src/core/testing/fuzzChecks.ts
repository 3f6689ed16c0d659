import { runResult, type RunResult } from '../kernel/result';
import { Simulation } from '../kernel/simulation';
import { processMetrics } from '../metrics/metrics';
import { validateScenario } from '../scenario/validate';
import { eventsOf } from './run';

/** Far beyond the end of any run fuzzScenario.ts makes (its work is a few hundred ticks at most). */
const TICK_BOUND = 100_000;

/** What one fuzzed scenario came to: refused by validation, or run, with the properties it broke (none: fine). */
export type FuzzOutcome = { kind: 'refused' } | { kind: 'ran'; violations: string[] };

/**
 * Validates and runs `input` as the worker's handler would (validation, then the core's Simulation), and checks
 * what holds for every run: it ends, with a result and no internal error; one process per CPU per tick; for each
 * process, CPU + waiting + I/O + suspended + time waiting in NEW for memory = turnaround, and one that exits ran its
 * CPU bursts plus its memory stalls; firstRun is the start of its first run segment; completion never precedes arrival.
 */
export function fuzzOne(input: unknown): FuzzOutcome {
  const v = validateScenario(input);
  if (!v.ok) return { kind: 'refused' };
  const sim = new Simulation(v.scenario);
  try {
    sim.seek(TICK_BOUND);
  } catch (e) {
    return { kind: 'ran', violations: [`run threw: ${e instanceof Error ? e.message : String(e)}`] };
  }
  if (!sim.state.finished) return { kind: 'ran', violations: [`not finished by tick ${TICK_BOUND}`] };
  const r = runResult(sim.state);
  return { kind: 'ran', violations: [...oneAtATime(r), ...accounting(sim, r), ...firstRuns(r)] };
}

/** Each CPU's segments tile [0, end]: one thing (a process, a switch, idle) per CPU per tick; no process on two. */
function oneAtATime(r: RunResult): string[] {
  const bad: string[] = [];
  const cpus = new Set(r.timeline.map((g) => g.cpu));
  for (const cpu of cpus) {
    let at = 0;
    for (const g of r.timeline.filter((s) => s.cpu === cpu)) {
      if (g.start !== at || g.end <= g.start) bad.push(`CPU ${cpu}: segment ${JSON.stringify(g)} after tick ${at}`);
      at = g.end;
    }
    if (at !== r.ticks) bad.push(`CPU ${cpu}: segments end at ${at}, the run at ${r.ticks}`);
  }
  const busy = new Map<number, [number, number][]>();
  for (const g of r.timeline) {
    if (g.pid === null) continue;
    const mine = busy.get(g.pid) ?? [];
    if (mine.some(([s, e]) => s < g.end && g.start < e)) bad.push(`P${g.pid} is on two CPUs at ${g.start}-${g.end}`);
    mine.push([g.start, g.end]);
    busy.set(g.pid, mine);
  }
  return bad;
}

/**
 * Turnaround is the sum of the times in each state, a process that exits ran its CPU bursts and its memory stalls,
 * and a completion never precedes its arrival.
 */
function accounting(sim: Simulation, r: RunResult): string[] {
  const bad: string[] = [];
  const memWait = new Map(eventsOf(r, 'memWait').map((e) => [e.pid, e.tick]));
  const admitted = new Map(eventsOf(r, 'arrive').map((e) => [e.pid, e.tick]));
  for (const p of sim.state.procs) {
    const m = processMetrics(sim.state, p);
    if (m.completion === null) continue;
    if (m.completion < m.arrival) bad.push(`P${m.pid} completes at ${m.completion}, before it arrives at ${m.arrival}`);
    const since = memWait.get(m.pid);
    const inNew = since === undefined ? 0 : (admitted.get(m.pid) ?? m.completion) - since;
    const bursts = p.bursts.reduce((n, b, i) => (i % 2 === 0 ? n + b : n), 0);
    if (p.state === 'TERMINATED' && !p.killed && m.cpuTime !== bursts + p.memoryStall)
      bad.push(
        `P${m.pid} exits after ${m.cpuTime} ticks of CPU: its bursts are ${bursts}, its memory stalls ${p.memoryStall}`,
      );
    const sum = m.cpuTime + m.waiting + m.ioTime + m.suspendedTime + inNew;
    if (sum !== m.turnaround)
      bad.push(
        `P${m.pid}: CPU ${m.cpuTime} + waiting ${m.waiting} + I/O ${m.ioTime} + suspended ${m.suspendedTime} + NEW ${inNew} = ${sum}, turnaround ${m.turnaround}`,
      );
  }
  return bad;
}

/** firstRun is where the process's first run segment (not a switch) starts; null when it never ran. */
function firstRuns(r: RunResult): string[] {
  const bad: string[] = [];
  const first = new Map<number, number>();
  for (const g of r.timeline)
    if (g.pid !== null && g.kind !== 'switch') first.set(g.pid, Math.min(g.start, first.get(g.pid) ?? Infinity));
  for (const p of r.processes) {
    const want = first.get(p.pid) ?? null;
    if (p.firstRun !== want) bad.push(`P${p.pid}: firstRun ${p.firstRun}, first run segment starts at ${want}`);
  }
  return bad;
}
