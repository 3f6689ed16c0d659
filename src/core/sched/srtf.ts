import { z } from 'zod';
import { NO_TIMERS, type PolicyModule } from './module';
import type { ReasonBase } from './reason';
import { shortestFirst } from './sjf';

export type SrtfConfig = { policy: 'SRTF' };
/** key: the chosen process's remaining ticks in its CPU burst */
export type SrtfReason = ReasonBase<'SRTF'> & { key: number };

export const srtf: PolicyModule<'SRTF', SrtfConfig, SrtfReason> = {
  name: 'SRTF',
  label: 'SRTF',
  description: 'Shortest remaining time first: a READY process with a strictly shorter burst left preempts.',
  schema: z.strictObject({ policy: z.literal('SRTF') }),
  defaults: { policy: 'SRTF' },
  params: [],
  summary: () => '',
  timers: () => NO_TIMERS,
  create: () => shortestFirst(true),
  explain: (r, w) => `shortest remaining time (${r.key} ticks), ${w.among}${w.gpu}`,
};
