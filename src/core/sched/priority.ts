import type { Pcb } from '../process/pcb';
import { readyPcbs, type SimState } from '../kernel/state';
import { byPriority, bySeq, singleQueue, type Policy } from './policy';

/**
 * Priority scheduling, preemptive or not. With aging, a READY process gains one priority step for every
 * `agingInterval` ticks it has waited since it last became READY, so low priorities cannot starve.
 */
export function priority(preemptive: boolean, agingInterval: number, lowerIsHigher: boolean): Policy {
  const steps = (p: Pcb, now: number): number =>
    agingInterval > 0 && p.state === 'READY' && p.cpu === null ? Math.floor((now - p.readySince) / agingInterval) : 0;
  const effective = (p: Pcb, now: number): number => (lowerIsHigher ? p.priority - steps(p, now) : p.priority + steps(p, now));
  return {
    compare: (a, b, st) => byPriority(effective(a, st.now), effective(b, st.now), lowerIsHigher) || bySeq(a, b),
    preemptive,
    dynamicKeys: agingInterval > 0,
    key: (p, st) => effective(p, st.now),
    slice: () => Infinity,
    ...(agingInterval > 0 && {
      nextTimer(st: SimState): number {
        let next = Infinity;
        for (const p of readyPcbs(st)) {
          const step = p.readySince + agingInterval * (steps(p, st.now) + 1);
          if (step < next) next = step;
        }
        return next;
      },
      onTimer(st: SimState): void {
        for (const p of readyPcbs(st)) {
          const n = steps(p, st.now);
          if (n > 0 && (st.now - p.readySince) % agingInterval === 0) {
            const to = effective(p, st.now);
            st.events.push({ tick: st.now, kind: 'age', pid: p.pid, from: lowerIsHigher ? to + 1 : to - 1, to });
          }
        }
      },
    }),
    queues: singleQueue(`Priority queue (${lowerIsHigher ? 'lower' : 'higher'} number first)`),
  };
}
