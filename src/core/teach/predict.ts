import type { SimEvent } from '../kernel/events';
import { explain } from '../kernel/explain';
import { Simulation } from '../kernel/simulation';
import type { Scenario } from '../scenario/types';

/** One choice the scheduler makes in a run, as "who runs next?" asks it. */
export interface SchedulingDecision {
  /** the decision point: the state shown while asking is the one at tick - 1 */
  tick: number;
  cpu: number;
  /** the process the scheduler picked */
  pid: number;
  /** the READY processes it chose among (the picked one included), by pid */
  choices: { pid: number; name: string }[];
  /** what happened at that tick before the choice (why the scheduler chooses now), one sentence each */
  before: string[];
  /** the narration's sentence for the pick, with its reason */
  reason: string;
}

/**
 * Events that may be told before asking: they say why the scheduler chooses now without naming its pick (a
 * preemption, a context switch or a held CPU would give it away).
 */
const TOLD_BEFORE: ReadonlySet<SimEvent['kind']> = new Set([
  'arrive',
  'exit',
  'ioStart',
  'ioQueued',
  'ioDone',
  'quantumExpired',
  'demote',
  'promote',
  'boost',
  'age',
]);

/** Events a search may replay before it gives up: a classroom workload needs a tiny part of this. */
export const DECISION_SEARCH_EVENTS = 200_000;

/**
 * The scheduler's decisions in a scenario's run, found one at a time on a simulation of its own (the same
 * deterministic core the worker runs, so the same decisions). `after(t)` is the first decision at a tick
 * after t (and after tick 0, which has no state before it to show) with at least two READY processes to
 * choose among, or null when the run has none left (or the search ran out of its event budget).
 */
export function decisionFinder(scenario: Scenario): { after(tick: number): SchedulingDecision | null } {
  const sim = new Simulation(scenario);
  const nameOf = (pid: number): string | undefined => sim.state.procs.find((p) => p.pid === pid)?.name;
  return {
    after(tick) {
      sim.seek(Math.max(0, tick));
      const budget = sim.state.events.length + DECISION_SEARCH_EVENTS;
      for (;;) {
        const next = sim.nextEventTick();
        if (next === null || sim.state.events.length > budget) return null;
        // Nothing changes between two event ticks: READY now is READY just before the next one.
        const ready = sim.state.procs.filter((p) => p.state === 'READY').map((p) => p.pid);
        const from = sim.state.events.length;
        sim.seek(Math.max(next, sim.state.now + 1));
        const found = decisionIn(sim, ready, sim.state.events.slice(from), nameOf);
        if (found) return found;
      }
    },
  };
}

/** Events that put a process in the READY queue (or, for an arrival, may: memory can keep it NEW). */
const MAKES_READY: ReadonlySet<SimEvent['kind']> = new Set([
  'arrive',
  'ioDone',
  'quantumExpired',
  'preempt',
  'pageIn',
  'memAlloc',
]);

/**
 * The first dispatch among a tick's events, when it had a real choice to make. Its choices: the processes
 * READY before the tick, and those its earlier events made READY (but not an arrival memory kept NEW).
 */
function decisionIn(
  sim: Simulation,
  readyBefore: readonly number[],
  events: readonly SimEvent[],
  nameOf: (pid: number) => string | undefined,
): SchedulingDecision | null {
  const at = events.findIndex((e) => e.kind === 'dispatch');
  const pick = events[at];
  if (!pick || pick.kind !== 'dispatch') return null;
  const before = events.slice(0, at);
  const candidates = new Set(readyBefore);
  for (const e of before) if (MAKES_READY.has(e.kind) && 'pid' in e) candidates.add(e.pid);
  const choices = sim.state.procs
    .filter((p) => candidates.has(p.pid) && p.state !== 'NEW')
    .map((p) => ({ pid: p.pid, name: p.name }))
    .sort((a, b) => a.pid - b.pid);
  if (choices.length < 2) return null;
  return {
    tick: pick.tick,
    cpu: pick.cpu,
    pid: pick.pid,
    choices,
    before: before.flatMap((e) => (TOLD_BEFORE.has(e.kind) ? [explain(e, nameOf)] : [])),
    reason: explain(pick, nameOf),
  };
}
