import { z } from 'zod';
import { flag } from '../scenario/fields';
import { preemptiveLabel } from './configFields';
import { NO_TIMERS, type PolicyModule } from './module';
import { bySeq, singleQueue } from './policy';
import type { ReasonBase } from './reason';

const schema = z.strictObject({ policy: z.literal('EDF'), preemptive: flag() });
export type EdfConfig = z.infer<typeof schema>;
/** key: the chosen process's deadline tick; absent when no READY process has one */
export type EdfReason = ReasonBase<'EDF'>;

/** Processes without a deadline come after all that have one. */
const deadline = (p: { deadline: number | null }): number => p.deadline ?? Infinity;

/** Earliest deadline first. */
export const edf: PolicyModule<'EDF', EdfConfig, EdfReason> = {
  name: 'EDF',
  label: 'EDF',
  description: 'Earliest deadline first; processes without a deadline come after all that have one.',
  schema,
  defaults: { policy: 'EDF', preemptive: true },
  params: [
    { kind: 'flag', key: 'preemptive', label: 'Preemptive', hint: 'an earlier deadline takes the CPU; suggested on' },
  ],
  summary: (c) => preemptiveLabel(c.preemptive),
  timers: () => NO_TIMERS,
  create: ({ preemptive }) => ({
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
  }),
  explain: (r, w) =>
    r.key === undefined
      ? `no READY process has a deadline, first in line, ${w.among}${w.gpu}`
      : `earliest deadline (tick ${r.key}), ${w.among}${w.gpu}`,
};
