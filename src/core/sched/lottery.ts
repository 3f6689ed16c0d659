import { nextInt } from '../kernel/rng';
import { singleQueue, type Policy } from './policy';

/**
 * Lottery: each eligible READY process holds its tickets; a seeded draw picks the winning ticket, and
 * tickets are laid out in pid order (so a draw is reproducible and easy to check by hand).
 */
export function lottery(quantum: number): Policy {
  return {
    compare: (a, b) => a.pid - b.pid,
    preemptive: false,
    dynamicKeys: false,
    key: (p) => p.tickets,
    slice: () => quantum,
    pick(st, eligible) {
      const inPidOrder = eligible.slice().sort((a, b) => a.pid - b.pid);
      const total = inPidOrder.reduce((sum, p) => sum + p.tickets, 0);
      const ticket = nextInt(st.rng, total);
      let counted = 0;
      for (const p of inPidOrder) {
        counted += p.tickets;
        if (counted > ticket) return { pcb: p, ticket, total };
      }
      throw new Error('internal: lottery found no winner');
    },
    queues: singleQueue('Lottery pool (pid order)'),
  };
}
