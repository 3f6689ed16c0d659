/** A tick is 0.1 ms: 1 Mbit/s moves 12.5 bytes a tick (the cluster's transport uses the same rate). */
export const BYTES_PER_TICK_PER_MBPS = 12.5;

export const TICKS_PER_MS = 10;

/**
 * Ticks to send `pages` pages and have them arrive: their serialisation, rounded up to whole ticks, plus the
 * latency; at least one tick, for the message that carries the CPU state and says "resume".
 */
export function transferTicks(pages: number, pageSize: number, bandwidthMbps: number, latencyTicks: number): number {
  const wire = Math.ceil((pages * pageSize) / (bandwidthMbps * BYTES_PER_TICK_PER_MBPS));
  return Math.max(1, wire + latencyTicks);
}
