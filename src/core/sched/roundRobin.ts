import { z } from 'zod';
import { MAX_QUANTUM, quantumSchema } from './configFields';
import type { PolicyModule } from './module';
import { bySeq, seqRank, singleQueue } from './policy';
import type { ReasonBase } from './reason';

const schema = z.strictObject({ policy: z.literal('RR'), quantum: quantumSchema });
export type RrConfig = z.infer<typeof schema>;
export type RrReason = ReasonBase<'RR'> & { slice: number };

/** Round robin: FIFO order, each dispatch gets `quantum` ticks, then the process goes to the tail. */
export const roundRobin: PolicyModule<'RR', RrConfig, RrReason> = {
  name: 'RR',
  label: 'Round Robin',
  description: 'FIFO order; each dispatch gets a quantum of ticks, then the process goes to the tail.',
  schema,
  defaults: { policy: 'RR', quantum: 4 },
  params: [
    {
      kind: 'int',
      key: 'quantum',
      label: 'Quantum',
      hint: 'ticks per turn, ≥ 1; suggested 4',
      min: 1,
      max: MAX_QUANTUM,
    },
  ],
  summary: (c) => `quantum ${c.quantum}`,
  timers: (c) => ({ slice: c.quantum, slicePath: 'scheduler.quantum', every: [], extraPerSlice: 0 }),
  create: ({ quantum }) => ({
    compare: bySeq,
    rank: seqRank,
    seqBands: 1,
    preemptive: false,
    dynamicKeys: false,
    key: () => undefined,
    slice: () => quantum,
    queues: singleQueue('RR queue'),
  }),
  loneRepickIsNoop: true,
  explain: (_r, w) => `head of the round-robin queue, ${w.among}${w.slice}${w.gpu}`,
};
