import type { MethodKind, MigrationMethod } from './types';

/**
 * Each method with the scenario's defaults: pre-copy stops at Xen's limits (30 rounds, under 50 dirty pages) or
 * when the stop would take under 3000 ticks (300 ms, QEMU's default limit); post-copy pushes pages on the whole link.
 */
export const DEFAULT_METHODS = {
  stopAndCopy: { kind: 'stopAndCopy' },
  preCopy: { kind: 'preCopy', maxRounds: 30, dirtyPagesLimit: 50, downtimeLimitTicks: 3000 },
  postCopy: { kind: 'postCopy', pushShare: 1 },
} as const satisfies { [K in MethodKind]: Extract<MigrationMethod, { kind: K }> };
