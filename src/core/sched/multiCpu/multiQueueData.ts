import { allowedOn } from '../../kernel/warmRun';
import type { SimState } from '../../kernel/state';
import { pyChoice, pyShuffle, type PyRandomState } from '../../ostep/pyRandom';
import type { Pcb } from '../../process/pcb';
import { policyData, procData } from '../policy';
import { dealOut, stealReason } from './multiCpuRun';
import type { StealCheck } from './multiCpuTypes';

/**
 * The multiprocessor policy's global data (plain, so checkpoints copy it): its queues of READY processes, by index
 * into `st.procs`, and the Python stream its random choices come from.
 */
export interface MultiQueueData {
  /** one queue per CPU, or the one shared queue */
  queues: number[][];
  /** READY processes with no CPU of their own yet (new arrivals), dealt out to the queues at the next pick */
  arriving: number[];
  /** CPython's random, for the CPU an empty queue peeks at and a random CPU order; null when neither is used */
  python: PyRandomState | null;
  /** the first tick whose random CPU order is not drawn yet */
  drawn: number;
  /** the CPU order of the tick before `drawn` */
  order: number[];
}

/** Per process: where and when it was stolen, until it is dispatched (its pick's reason says so). */
export interface MultiQueueProc {
  stolen: { from: number; at: number } | null;
}

export interface QueueRules {
  perCpu: boolean;
  stealCheck: StealCheck;
}

export const queueData = (st: SimState): MultiQueueData => policyData<MultiQueueProc, MultiQueueData>(st).global;

/** The queue CPU `cpu` takes from. */
export function queueOf(g: MultiQueueData, rules: QueueRules, cpu: number): number[] {
  return g.queues[rules.perCpu ? cpu : 0] as number[];
}

/**
 * New arrivals join the queues: the shared one in order, or dealt out round robin as multi.py deals its jobs (each
 * round, each CPU from 0 takes the first one left that may run on it).
 */
export function dealArrivals(st: SimState, g: MultiQueueData, rules: QueueRules): void {
  if (g.arriving.length === 0) return;
  const arriving = g.arriving;
  g.arriving = [];
  if (!rules.perCpu) {
    (g.queues[0] as number[]).push(...arriving);
    return;
  }
  const dealt = dealOut(arriving.length, st.cpus.length, (j, cpu) =>
    allowedOn(st.procs[arriving[j] as number] as Pcb, cpu),
  );
  dealt.forEach((q, cpu) => (g.queues[cpu] as number[]).push(...q.map((j) => arriving[j] as number)));
}

/** `p` became READY: back to the queue of the CPU it last ran on, or (new) to be dealt out with the other arrivals. */
export function joinQueue(g: MultiQueueData, rules: QueueRules, p: Pcb): void {
  if (p.lastCpu === null || !allowedOn(p, p.lastCpu)) g.arriving.push(p.index);
  else queueOf(g, rules, p.lastCpu).push(p.index);
}

/** `p` left the ready queue (dispatched, or taken out by an operation). */
export function leaveQueue(g: MultiQueueData, p: Pcb): void {
  for (const q of [g.arriving, ...g.queues]) {
    const at = q.indexOf(p.index);
    if (at >= 0) {
      q.splice(at, 1);
      return;
    }
  }
}

/** Draws the random CPU order of every tick before `now` not drawn yet: multi.py shuffles its CPUs every tick. */
function drawThrough(g: MultiQueueData, cpus: number, now: number): void {
  const rng = g.python as PyRandomState;
  while (g.drawn <= now) {
    g.order = Array.from({ length: cpus }, (_, c) => c);
    pyShuffle(rng, g.order);
    g.drawn++;
  }
}

/** The order the CPUs take their picks in at now: by number, or shuffled each tick (multi.py -o). */
export function cpuOrderAt(st: SimState, g: MultiQueueData, random: boolean): readonly number[] {
  if (!random) return st.cpus.map((c) => c.id);
  drawThrough(g, st.cpus.length, st.now);
  return g.order;
}

/**
 * The peek at a peek tick: each CPU whose queue is empty, in order, looks at another CPU's queue chosen at random and
 * takes the first process there it may steal to the end of its own, as multi.py does (a busy CPU with an empty queue
 * peeks too). Each peek is an event. With random order, the ticks before now draw their CPU orders first, as
 * multi.py's loop would have.
 */
export function peekAndSteal(st: SimState, g: MultiQueueData, rules: QueueRules, random: boolean): void {
  if (random) drawThrough(g, st.cpus.length, st.now - 1);
  const cpus = st.cpus.length;
  if (cpus < 2 || g.python === null) return;
  for (let cpu = 0; cpu < cpus; cpu++) {
    const mine = g.queues[cpu] as number[];
    if (mine.length > 0) continue;
    const others = Array.from({ length: cpus - 1 }, (_, c) => (c < cpu ? c : c + 1));
    const from = pyChoice(g.python, others);
    const theirs = g.queues[from] as number[];
    const at = theirs.findIndex((i) => stealFor(st.procs[i] as Pcb, cpu, rules) !== undefined);
    const i = theirs[at];
    if (i === undefined) {
      st.events.push({ tick: st.now, kind: 'steal', cpu, from, stolen: null });
      continue;
    }
    theirs.splice(at, 1);
    mine.push(i);
    const p = st.procs[i] as Pcb;
    procData<MultiQueueProc>(st, p).stolen = { from, at: st.now };
    st.events.push({ tick: st.now, kind: 'steal', cpu, from, stolen: p.pid, reason: stealFor(p, cpu, rules) });
  }
}

/** multi.py's steal check on a process: its affinity, or (check 'multi.py') its whole record. */
function stealFor(p: Pcb, cpu: number, rules: QueueRules) {
  const job = { affinity: p.affinity ?? [], runTime: p.bursts[0] ?? 0, workingSet: p.workingSet };
  return stealReason(job, cpu, rules.stealCheck);
}
