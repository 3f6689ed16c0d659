import { z } from 'zod';
import { flag, intIn } from '../scenario/fields';
import { LIMITS } from '../scenario/types';
import { MAX_QUANTUM, quantumSchema, ticksOrOffSchema } from './configFields';
import { mlfq as createMlfq, type MlfqGlobal, type MlfqProc } from './mlfq';
import type { PolicyModule } from './module';
import type { ReasonBase } from './reason';

const levelSchema = z.strictObject(
  { quantum: quantumSchema, allotment: intIn(1, MAX_QUANTUM) },
  { error: 'must be an object {quantum, allotment}' },
);

/**
 * levels: index 0 is the highest-priority queue; each has its time slice in ticks and how long a process may stay
 * there before it is demoted, in `allotmentUnit`s. allotmentUnit 'quanta': `allotment` full quanta at a level
 * (OSTEP mlfq.py); 'ticks': `allotment` ticks of CPU (the book's Rule 4). boostInterval: every process goes to
 * the top every this many ticks, 0 = never. agingThreshold: a READY process below the top that has waited this
 * many ticks moves up one level, 0 = off. ioResetsAllotment: OSTEP -S, issuing I/O resets the quantum and
 * allotment at the current level. ioToFront: OSTEP -I, a process whose I/O completes goes to the front.
 */
const schema = z.strictObject({
  policy: z.literal('MLFQ'),
  levels: z
    .array(levelSchema, { error: 'must be a list of queue levels' })
    .min(1, { error: `must have 1 to ${LIMITS.maxMlfqLevels} levels` })
    .max(LIMITS.maxMlfqLevels, { error: `must have 1 to ${LIMITS.maxMlfqLevels} levels` }),
  allotmentUnit: z.enum(['quanta', 'ticks'], { error: 'must be one of quanta, ticks' }),
  boostInterval: ticksOrOffSchema,
  agingThreshold: ticksOrOffSchema,
  ioResetsAllotment: flag(),
  ioToFront: flag(),
});
export type MlfqConfig = z.infer<typeof schema>;
export type MlfqLevel = MlfqConfig['levels'][number];
/** key and level: the chosen process's level (0 = the top) */
export type MlfqReason = ReasonBase<'MLFQ'> & { key: number; level: number; slice: number };

/** The OSTEP-style MLFQ of three queues with doubling quanta. */
const defaults: MlfqConfig = {
  policy: 'MLFQ',
  levels: [
    { quantum: 2, allotment: 1 },
    { quantum: 4, allotment: 1 },
    { quantum: 8, allotment: 1 },
  ],
  allotmentUnit: 'quanta',
  boostInterval: 50,
  agingThreshold: 0,
  ioResetsAllotment: false,
  ioToFront: false,
};

export const mlfqPolicy: PolicyModule<'MLFQ', MlfqConfig, MlfqReason, MlfqProc, MlfqGlobal> = {
  name: 'MLFQ',
  label: 'MLFQ',
  description: 'Multi-level feedback queue: a process that uses up its allotment moves down; boosts lift all.',
  schema,
  defaults,
  params: [
    {
      kind: 'levels',
      key: 'levels',
      max: LIMITS.maxMlfqLevels,
      hint: `suggested ${defaults.levels.length}; level 0 is the highest priority`,
      unitKey: 'allotmentUnit',
    },
    {
      kind: 'choice',
      key: 'allotmentUnit',
      label: 'Allotment unit',
      hint: `suggested ${defaults.allotmentUnit}`,
      options: [
        { value: 'quanta', label: 'quanta (OSTEP mlfq.py)' },
        { value: 'ticks', label: 'ticks (the book’s Rule 4)' },
      ],
    },
    {
      kind: 'int',
      key: 'boostInterval',
      label: 'Boost interval',
      hint: `ticks; 0 = never; suggested ${defaults.boostInterval}`,
      min: 0,
      max: LIMITS.maxTick,
    },
    {
      kind: 'int',
      key: 'agingThreshold',
      label: 'Aging threshold',
      hint: `ticks waited before moving up one level; 0 = off; suggested ${defaults.agingThreshold}`,
      min: 0,
      max: LIMITS.maxTick,
    },
    { kind: 'flag', key: 'ioResetsAllotment', label: 'I/O resets allotment (OSTEP -S)', hint: 'suggested off' },
    { kind: 'flag', key: 'ioToFront', label: 'I/O completion to front (OSTEP -I)', hint: 'suggested off' },
  ],
  paramsTitle: 'MLFQ queues',
  summary: (c) =>
    `quanta ${c.levels.map((l) => l.quantum).join('/')}${c.boostInterval > 0 ? `, boost ${c.boostInterval}` : ''}`,
  timers: (c) => ({
    slice: Math.min(...c.levels.map((l) => l.quantum)),
    slicePath: 'scheduler.levels',
    every: c.boostInterval > 0 ? [{ path: 'scheduler.boostInterval', ticks: c.boostInterval }] : [],
    // Aging lifts a process one level at a time, so it may be demoted again once per level it climbed.
    extraPerSlice: c.agingThreshold > 0 ? Math.max(1, c.levels.length - 1) : 0,
  }),
  create: (c) => createMlfq(c),
  explain: (r, w) => `head of the highest non-empty queue, level ${r.level}, ${w.among}${w.slice}${w.gpu}`,
};
