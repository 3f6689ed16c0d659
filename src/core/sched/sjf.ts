import { z } from 'zod';
import { currentBurstLeft } from '../process/pcb';
import { NO_TIMERS, type PolicyModule } from './module';
import { bySeq, singleQueue, type Policy } from './policy';
import type { ReasonBase } from './reason';

/**
 * Shortest job first (non-preemptive) and shortest remaining time first (preemptive, srtf.ts). Both order by
 * the length of the next CPU burst, known in advance as in the textbooks; SRTF compares the running process's
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

export type SjfConfig = { policy: 'SJF' };
/** key: the chosen process's next CPU burst, in ticks */
export type SjfReason = ReasonBase<'SJF'> & { key: number };

export const sjf: PolicyModule<'SJF', SjfConfig, SjfReason> = {
  name: 'SJF',
  label: 'SJF',
  description: 'Shortest job first: the shortest next CPU burst runs to its end.',
  schema: z.strictObject({ policy: z.literal('SJF') }),
  defaults: { policy: 'SJF' },
  params: [],
  summary: () => '',
  timers: () => NO_TIMERS,
  create: () => shortestFirst(false),
  explain: (r, w) => `shortest next CPU burst (${r.key} ticks), ${w.among}${w.gpu}`,
};
