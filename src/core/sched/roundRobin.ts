import { bySeq, singleQueue, type Policy } from './policy';

/** Round robin: FIFO order, each dispatch gets `quantum` ticks, then the process goes to the tail. */
export function roundRobin(quantum: number): Policy {
  return {
    compare: bySeq,
    preemptive: false,
    dynamicKeys: false,
    key: () => undefined,
    slice: () => quantum,
    queues: singleQueue('RR queue'),
  };
}
