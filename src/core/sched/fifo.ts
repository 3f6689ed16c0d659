import { bySeq, singleQueue, type Policy } from './policy';

/** First come, first served: in the order processes became READY; nothing is preempted. */
export function fifo(): Policy {
  return {
    compare: bySeq,
    preemptive: false,
    dynamicKeys: false,
    key: () => undefined,
    slice: () => Infinity,
    queues: singleQueue('FIFO queue'),
  };
}
