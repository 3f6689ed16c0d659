import type { Pcb } from '../process/pcb';
import { readyPcbs, type SimState } from '../kernel/state';
import { byPriority, bySeq, singleQueue, type Policy } from './policy';

/**
 * Priority scheduling, preemptive or not. With aging, a READY process gains one priority step for every
 * `agingInterval` ticks it has waited since it last became READY, so low priorities cannot starve. It keeps
 * the priority it had aged to while it runs (else it would be preempted the moment it started), and starts
 * again from its own priority when it next becomes READY.
 */
export function priority(preemptive: boolean, agingInterval: number, lowerIsHigher: boolean): Policy {
  const steps = (p: Pcb, now: number): number => {
    if (agingInterval === 0) return 0;
    const until = p.state === 'RUNNING' ? p.runSince : p.state === 'READY' ? now : p.readySince;
    return Math.floor((until - p.readySince) / agingInterval);
  };
  const effective = (p: Pcb, now: number): number =>
    lowerIsHigher ? p.priority - steps(p, now) : p.priority + steps(p, now);
  return {
    compare: (a, b, st) => byPriority(effective(a, st.now), effective(b, st.now), lowerIsHigher) || bySeq(a, b),
    preemptive,
    dynamicKeys: agingInterval > 0,
    key: (p, st) => effective(p, st.now),
    slice: () => Infinity,
    ...(agingInterval > 0 && {
      nextTimer(st: SimState, from: number): number {
        let next = Infinity;
        for (const p of readyPcbs(st)) {
          const step = p.readySince + agingInterval * Math.max(1, Math.ceil((from - p.readySince) / agingInterval));
          if (step < next) next = step;
        }
        return next;
      },
      onTimer(st: SimState): void {
        for (const p of readyPcbs(st)) {
          const waited = st.now - p.readySince;
          if (waited > 0 && waited % agingInterval === 0) {
            const to = effective(p, st.now);
            st.events.push({ tick: st.now, kind: 'age', pid: p.pid, from: lowerIsHigher ? to + 1 : to - 1, to });
          }
        }
      },
    }),
    queues: singleQueue(`Priority queue (${lowerIsHigher ? 'lower' : 'higher'} number first)`),
  };
}
