import { bySeq, singleQueue, type Policy } from './policy';

/** Earliest deadline first; processes without a deadline come after all that have one. */
const deadline = (p: { deadline: number | null }): number => p.deadline ?? Infinity;

export function edf(preemptive: boolean): Policy {
  return {
    compare: (a, b) => {
      const da = deadline(a);
      const db = deadline(b);
      return da === db ? bySeq(a, b) : da < db ? -1 : 1;
    },
    preemptive,
    dynamicKeys: false,
    key: (p) => p.deadline ?? undefined,
    slice: () => Infinity,
    queues: singleQueue('EDF queue (earliest deadline first)'),
  };
}
