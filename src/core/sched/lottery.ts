import { nextInt } from '../kernel/rng';
import type { SimState } from '../kernel/state';
import type { Pcb } from '../process/pcb';
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
      const total = eligible.reduce((sum, p) => sum + p.tickets, 0);
      const draw = python ? pythonDraw(pythonStream(st)) : undefined;
      const ticket = draw === undefined ? nextInt(st.rng, total) : draw % total;
      return {
        pcb: ticketOwner(eligible, ticket),
        why: { ticket, totalTickets: total, ...(draw !== undefined && { draw }) },
      };
    },
    // A winner that ends or blocks early keeps the rest of its quantum, idle: the clock moves by whole quanta.
    ...(cfg.fullQuantum && {
      holdCpu: (p, st) =>
        p.sliceLeft > 0 && p.sliceLeft !== Infinity ? { pid: p.pid, until: st.now + p.sliceLeft } : null,
    }),
    queues: singleQueue('Lottery pool (pid order)'),
  };
}

/**
 * The process holding `ticket` when the tickets are laid out in pid order. A weighted selection instead of a
 * sort: split around a pivot pid, keep the side the ticket falls in (expected linear time; with thousands READY,
 * sorting them at every pick dominated a run).
 */
export function ticketOwner(eligible: readonly Pcb[], ticket: number): Pcb {
  let items = eligible;
  let t = ticket;
  for (;;) {
    const pivot = items[items.length >> 1] as Pcb;
    const below: Pcb[] = [];
    const above: Pcb[] = [];
    let weight = 0;
    for (const p of items) {
      if (p.pid < pivot.pid) {
        below.push(p);
        weight += p.tickets;
      } else if (p.pid > pivot.pid) above.push(p);
    }
    if (t < weight) items = below;
    else if (t < weight + pivot.tickets) return pivot;
    else {
      t -= weight + pivot.tickets;
      items = above;
    }
    if (items.length === 0) throw new Error('internal: lottery found no winner');
  }
}

function pythonStream(st: SimState) {
  if (!st.pyRandom) throw new Error("internal: a lottery with draw 'python' has no Python random state");
  return st.pyRandom;
}
