/** "1 tick", "3 ticks". */
export const ticks = (n: number): string => `${n} tick${n === 1 ? '' : 's'}`;

/** Simulated time of `n` ticks (one tick = 0.1 ms), to a tenth of a millisecond. */
export const millis = (n: number): string => `${(n / 10).toFixed(1)} ms`;
