import { z } from 'zod';
import { PROCESS_TYPES, type ProcessType } from '../process/types';
import { intIn, numberIn, unionError } from './fields';
import { PROCESS_LIMITS } from './processSchema';
import { LIMITS } from './types';

/** Largest burst the generator makes, in ticks; draws are clamped to 1..this. */
export const MAX_GENERATED_BURST = 1_000_000;
/** CPU bursts per process; NETWORK_NODE doubles it, and 2 × 1000 CPU bursts stay under LIMITS.maxBursts. */
export const MAX_CPU_BURSTS = 1_000;

const minNotAboveMax = { error: 'must be ≥ min', path: ['max'] };
const burstLength = intIn(1, MAX_GENERATED_BURST, 'ticks');

const distSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('fixed'), value: burstLength }),
    z
      .strictObject({ kind: z.literal('uniform'), min: burstLength, max: burstLength })
      .refine((d) => d.min <= d.max, minNotAboveMax),
    z.strictObject({ kind: z.literal('exponential'), mean: numberIn(1, MAX_GENERATED_BURST, 'ticks') }),
  ],
  { error: unionError('must be an object with a kind', 'must be one of fixed, uniform, exponential') },
);

const arrivalSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('uniform'), span: intIn(0, LIMITS.maxTick, 'ticks') }),
    z.strictObject({ kind: z.literal('poisson'), meanGap: numberIn(0, MAX_GENERATED_BURST, 'ticks') }),
    z.strictObject({ kind: z.literal('allAtZero') }),
  ],
  { error: unionError('must be an object with a kind', 'must be one of uniform, poisson, allAtZero') },
);

const weight = numberIn(0, 1_000_000).optional();
const weights = Object.fromEntries(PROCESS_TYPES.map((t) => [t, weight])) as Record<ProcessType, typeof weight>;
const mixSchema = z
  .strictObject(weights, { error: 'must be an object of weights by process type' })
  // An omitted type weighs 1, so only explicit zeros can make the total 0.
  .refine((mix) => PROCESS_TYPES.some((t) => (mix[t] ?? 1) > 0), { error: 'must give at least one type a weight > 0' });

function range(min: number, max: number, unit = ''): z.ZodType<{ min: number; max: number }> {
  return z
    .strictObject({ min: intIn(min, max, unit), max: intIn(min, max, unit) }, { error: 'must be an object {min, max}' })
    .refine((r) => r.min <= r.max, minNotAboveMax);
}

/** What generateWorkload accepts; see WorkloadSpec in generate.ts for the meaning of each field. */
export const workloadSchema = z.strictObject(
  {
    seed: intIn(0, 0xffff_ffff),
    count: intIn(1, LIMITS.maxProcesses, 'processes'),
    mix: mixSchema,
    arrival: arrivalSchema,
    cpuBurst: distSchema,
    ioBurst: distSchema,
    burstsPerProcess: range(1, MAX_CPU_BURSTS, 'CPU bursts'),
    priorities: range(PROCESS_LIMITS.minPriority, PROCESS_LIMITS.maxPriority),
    validatorSlot: intIn(0, LIMITS.maxTick, 'ticks (0 = no deadlines)'),
    gpus: intIn(0, LIMITS.maxGpus),
  },
  { error: 'must be an object describing a workload' },
);
