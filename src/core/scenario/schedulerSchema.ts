import { z } from 'zod';
import { flag, intIn, oneOf, unionError } from './fields';
import { LIMITS, POLICY_NAMES } from './types';

/** Largest time slice in ticks; a slice of 0 would never let a process run, so the floor is 1. */
export const MAX_QUANTUM = 1_000_000;
const quantum = intIn(1, MAX_QUANTUM, 'ticks');
/** Intervals and thresholds where 0 means "off". */
const ticksOrOff = intIn(0, LIMITS.maxTick, 'ticks (0 = off)');

const levelSchema = z.strictObject(
  { quantum, allotment: intIn(1, MAX_QUANTUM) },
  { error: 'must be an object {quantum, allotment}' },
);

const mlfq = z.strictObject({
  policy: z.literal('MLFQ'),
  levels: z
    .array(levelSchema, { error: 'must be a list of queue levels' })
    .min(1, { error: `must have 1 to ${LIMITS.maxMlfqLevels} levels` })
    .max(LIMITS.maxMlfqLevels, { error: `must have 1 to ${LIMITS.maxMlfqLevels} levels` }),
  allotmentUnit: z.enum(['quanta', 'ticks'], { error: 'must be one of quanta, ticks' }),
  boostInterval: ticksOrOff,
  agingThreshold: ticksOrOff,
  ioResetsAllotment: flag(),
  ioToFront: flag(),
});

/** Python random() values a lottery may skip before its first draw (OSTEP's job list of up to 100,000 jobs). */
export const MAX_DRAW_OFFSET = 1_000_000;

/** The optional fields default to today's lottery: seeded draws, no offset, a slice ends when its winner does. */
const lottery = z
  .strictObject({
    policy: z.literal('LOTTERY'),
    quantum,
    draw: oneOf(['seeded', 'python']).optional(),
    drawOffset: intIn(0, MAX_DRAW_OFFSET, 'random() values').optional(),
    fullQuantum: flag().optional(),
  })
  .refine((c) => !c.drawOffset || c.draw === 'python', {
    error: "drawOffset skips values of the Python stream, so it needs draw 'python'",
    path: ['drawOffset'],
  });

/** The scheduling policy and its parameters, told apart by `policy`. */
export const schedulerSchema = z.discriminatedUnion(
  'policy',
  [
    z.strictObject({ policy: z.literal('FIFO') }),
    z.strictObject({ policy: z.literal('SJF') }),
    z.strictObject({ policy: z.literal('SRTF') }),
    z.strictObject({ policy: z.literal('RR'), quantum }),
    z.strictObject({ policy: z.literal('PRIORITY'), preemptive: flag(), agingInterval: ticksOrOff }),
    mlfq,
    lottery,
    z.strictObject({ policy: z.literal('EDF'), preemptive: flag() }),
    z.strictObject({ policy: z.literal('PID_SCAN'), switchOnIo: flag(), ioCompletion: oneOf(['later', 'immediate']) }),
  ],
  { error: unionError('must be an object with a policy', `must be one of ${POLICY_NAMES.join(', ')}`) },
);
