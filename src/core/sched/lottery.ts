import { nextInt } from '../kernel/rng';
import type { SimState } from '../kernel/state';
import { pyRandom, pySeed, type PyRandomState } from '../ostep/pyRandom';
import type { SchedulerConfig } from '../scenario/types';
import { singleQueue, type Policy } from './policy';

type LotteryConfig = Extract<SchedulerConfig, { policy: 'LOTTERY' }>;

/** OSTEP lottery.py's draw: r = int(random() * 1000001); the winning ticket is r mod the tickets in play. */
export function pythonDraw(rng: PyRandomState): number {
  return Math.floor(pyRandom(rng) * 1_000_001);
}

/** The stream of a lottery with draw 'python': CPython's random seeded with `seed`, past `offset` values. */
export function pythonDrawStream(seed: number, offset: number): PyRandomState {
  const rng = pySeed(seed);
  for (let i = 0; i < offset; i++) pyRandom(rng);
  return rng;
}

/**
 * Lottery: each eligible READY process holds its tickets; a draw picks the winning ticket, and tickets are
 * laid out in pid order (so a draw is reproducible and easy to check by hand). Every decision draws, even
 * with one process left (OSTEP does too, and its stream of draws must stay in step).
 */
export function lottery(cfg: LotteryConfig): Policy {
  const python = cfg.draw === 'python';
  return {
    compare: (a, b) => a.pid - b.pid,
    preemptive: false,
    dynamicKeys: false,
    key: (p) => p.tickets,
    slice: () => cfg.quantum,
    pick(st, eligible) {
      const inPidOrder = eligible.slice().sort((a, b) => a.pid - b.pid);
      const total = inPidOrder.reduce((sum, p) => sum + p.tickets, 0);
      const draw = python ? pythonDraw(pythonStream(st)) : undefined;
      const ticket = draw === undefined ? nextInt(st.rng, total) : draw % total;
      let counted = 0;
      for (const p of inPidOrder) {
        counted += p.tickets;
        if (counted > ticket) return { pcb: p, why: { ticket, totalTickets: total, ...(draw !== undefined && { draw }) } };
      }
      throw new Error('internal: lottery found no winner');
    },
    // A winner that ends or blocks early keeps the rest of its quantum, idle: the clock moves by whole quanta.
    ...(cfg.fullQuantum && {
      holdCpu: (p, st) => (p.sliceLeft > 0 && p.sliceLeft !== Infinity ? { pid: p.pid, until: st.now + p.sliceLeft } : null),
    }),
    queues: singleQueue('Lottery pool (pid order)'),
  };
}

function pythonStream(st: SimState) {
  if (!st.pyRandom) throw new Error("internal: a lottery with draw 'python' has no Python random state");
  return st.pyRandom;
}
