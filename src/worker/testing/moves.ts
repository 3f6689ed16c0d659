import fc from 'fast-check';

/** What a viewer does to the timeline in the worker's property tests: a jump to any tick up to past the end, or a step. */
export const seekOrStep = (end: number) =>
  fc.oneof(
    fc.record({ type: fc.constant('seek' as const), tick: fc.integer({ min: 0, max: end + 5 }) }),
    fc.record({
      type: fc.constant('step' as const),
      direction: fc.constantFrom('forward' as const, 'back' as const),
      unit: fc.constant('tick' as const),
    }),
  );
