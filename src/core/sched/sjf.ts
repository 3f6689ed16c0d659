import { currentBurstLeft } from '../process/pcb';
import { bySeq, singleQueue, type Policy } from './policy';

/**
 * Shortest job first (non-preemptive) and shortest remaining time first (preemptive). Both order by the
 * length of the next CPU burst, known in advance as in the textbooks; SRTF compares the running process's
 * remaining ticks and preempts only when a READY one is strictly shorter.
 */
export function shortestFirst(preemptive: boolean): Policy {
  return {
    compare: (a, b, st) => currentBurstLeft(a, st.now) - currentBurstLeft(b, st.now) || bySeq(a, b),
    preemptive,
    dynamicKeys: false,
    key: (p, st) => currentBurstLeft(p, st.now),
    slice: () => Infinity,
    queues: singleQueue(preemptive ? 'SRTF queue (shortest remaining first)' : 'SJF queue (shortest burst first)'),
  };
}
