import fc from 'fast-check';
import type { MlfqConfig } from '../sched/mlfqModule';

interface MlfqBounds {
  /** the most queues */
  levels: number;
  /** the most quanta (or ticks) a queue allots */
  allotment: number;
  /** the longest boost interval drawn (0, no boost, is drawn too) */
  boost: number;
  /** the highest aging threshold drawn; 0 where a test's claim holds only without aging */
  aging: number;
}

/** An MLFQ configuration for property tests, every rule of the policy drawn; each test sets the sizes it can run. */
export function mlfqArb(
  quantum: fc.Arbitrary<number>,
  { levels, allotment, boost, aging }: MlfqBounds,
): fc.Arbitrary<MlfqConfig> {
  return fc.record({
    policy: fc.constant('MLFQ' as const),
    levels: fc.array(fc.record({ quantum, allotment: fc.integer({ min: 1, max: allotment }) }), {
      minLength: 1,
      maxLength: levels,
    }),
    allotmentUnit: fc.constantFrom('quanta' as const, 'ticks' as const),
    boostInterval: fc.oneof(fc.constant(0), fc.integer({ min: 3, max: boost })),
    agingThreshold: aging === 0 ? fc.constant(0) : fc.oneof(fc.constant(0), fc.integer({ min: 1, max: aging })),
    ioResetsAllotment: fc.boolean(),
    ioToFront: fc.boolean(),
  });
}
