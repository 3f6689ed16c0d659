import { intIn } from '../scenario/fields';
import { LIMITS } from '../scenario/types';

/** Largest time slice in ticks; a slice of 0 would never let a process run, so the floor is 1. */
export const MAX_QUANTUM = 1_000_000;
export const quantumSchema = intIn(1, MAX_QUANTUM, 'ticks');
/** Intervals and thresholds where 0 means "off". */
export const ticksOrOffSchema = intIn(0, LIMITS.maxTick, 'ticks (0 = off)');

export const preemptiveLabel = (preemptive: boolean): string => (preemptive ? 'preemptive' : 'non-preemptive');
