import { z } from 'zod';
import { NO_TIMERS, type PolicyModule } from './module';
import { bySeq, seqRank, singleQueue } from './policy';
import type { ReasonBase } from './reason';

export type FifoConfig = { policy: 'FIFO' };
export type FifoReason = ReasonBase<'FIFO'>;

/** First come, first served: in the order processes became READY; nothing is preempted. */
export const fifo: PolicyModule<'FIFO', FifoConfig, FifoReason> = {
  name: 'FIFO',
  label: 'FIFO',
  description: 'First come, first served: in the order processes became READY; nothing is preempted.',
  schema: z.strictObject({ policy: z.literal('FIFO') }),
  defaults: { policy: 'FIFO' },
  params: [],
  summary: () => '',
  timers: () => NO_TIMERS,
  create: () => ({
    compare: bySeq,
    rank: seqRank,
    seqBands: 1,
    preemptive: false,
    dynamicKeys: false,
    key: () => undefined,
    slice: () => Infinity,
    queues: singleQueue('FIFO queue'),
  }),
  explain: (_r, w) => `first in the FIFO queue, ${w.among}${w.gpu}`,
};
