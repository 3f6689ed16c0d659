import { nextFloat, nextInt, type RngState } from '../../kernel/rng';
import type { Latency, LinkSpec } from '../config';

/** Bytes one Mbit/s moves in a tick of 0.1 ms: 10^6 / 8 · 10^-4. */
export const BYTES_PER_TICK_PER_MBPS = 12.5;

/**
 * One direction of a link: its settings and its FIFO queue, reduced to what the next message needs: when the
 * wire is free again (serialisation, one message at a time) and when the last in-order message arrives (a message
 * never overtakes one sent before it on the same link unless it is reordered).
 */
export interface LinkRun {
  from: number;
  to: number;
  spec: LinkSpec;
  busyUntil: number;
  lastArrival: number;
  /** counts for the result's per-link load */
  sent: number;
  bytes: number;
  /** lost on the link: its loss rate and drop faults (`dropped` of them) */
  lost: number;
  /** counts for the per-link statistics view (the cluster's, as of its tick) */
  dropped: number;
  /** messages a partition kept off the link (lost at its near end, never sent) */
  cut: number;
  duplicated: number;
  reordered: number;
  /** copies put on their way to the far end (a duplicated message is two) */
  carried: number;
  /** ticks from entering the link to reaching its far end, summed over the copies carried */
  latencyTicks: number;
  /** when each copy on its way arrives (arrived ones at the front are dropped as the next message enters) */
  onWire: number[];
  /** when each message in the queue is through serialisation (pruned likewise), and the most it held at once */
  queue: number[];
  queuePeak: number;
  /** one-shot faults waiting for the next message on this link */
  dropNext: number;
  duplicateNext: number;
  delayNext: number[];
}

export function newLinkRun(from: number, to: number, spec: LinkSpec): LinkRun {
  return {
    from,
    to,
    spec,
    busyUntil: 0,
    lastArrival: 0,
    sent: 0,
    bytes: 0,
    lost: 0,
    dropped: 0,
    cut: 0,
    duplicated: 0,
    reordered: 0,
    carried: 0,
    latencyTicks: 0,
    onWire: [],
    queue: [],
    queuePeak: 0,
    dropNext: 0,
    duplicateNext: 0,
    delayNext: [],
  };
}

/** A latency drawn from the link's distribution: at least 1 tick, so nothing arrives in the tick it left. */
export function drawLatency(latency: Latency, rng: RngState): number {
  switch (latency.kind) {
    case 'constant':
      return Math.max(1, latency.ticks);
    case 'uniform':
      return Math.max(1, latency.min + nextInt(rng, Math.max(0, latency.max - latency.min) + 1));
    case 'exponential':
      // Inverse transform on (0, 1]: -mean · ln(u), rounded up.
      return Math.max(1, Math.ceil(-latency.mean * Math.log(1 - nextFloat(rng))));
  }
}

/** The most a latency can be held back by reordering: the distribution's bound, or 4 means for the exponential. */
export function latencySpan(latency: Latency): number {
  if (latency.kind === 'constant') return latency.ticks;
  if (latency.kind === 'uniform') return latency.max;
  return 4 * latency.mean;
}

/** Ticks `bytes` take on the wire at `mbps` (0: unlimited, no delay). */
export function serialisationTicks(bytes: number, mbps: number): number {
  return mbps <= 0 ? 0 : Math.ceil(bytes / (mbps * BYTES_PER_TICK_PER_MBPS));
}

/** Why a message leaves a link the way it does, with the ticks it arrives at (empty when it is lost). */
export type LinkOutcome =
  | { kind: 'lost'; reason: 'linkLoss' | 'faultDrop' }
  | { kind: 'sent'; arrivals: number[]; reordered: boolean; duplicated: 'link' | 'fault' | null; delayed: number };

/**
 * Drops the ticks at the front of `list` that are not after `now`. The queue's ticks never decrease, so what stays
 * is exactly what is after `now`; a reordered copy on the wire may keep the ones behind it a little longer, which
 * the statistics' reader filters. A shift from a short array is cheap; this runs for every message.
 */
function dropPast(list: number[], now: number): void {
  while (list.length > 0 && (list[0] as number) <= now) list.shift();
}

/** Keeps the statistics of a message that entered the link at `now` and will reach its far end at `arrivals`. */
function countCrossing(link: LinkRun, now: number, arrivals: number[], reordered: boolean, duplicated: boolean): void {
  if (reordered) link.reordered++;
  if (duplicated) link.duplicated++;
  dropPast(link.onWire, now);
  for (const t of arrivals) {
    link.carried++;
    link.latencyTicks += t - now;
    link.onWire.push(t);
  }
  dropPast(link.queue, now);
  if (link.busyUntil > now) link.queue.push(link.busyUntil);
  link.queuePeak = Math.max(link.queuePeak, link.queue.length);
}

/**
 * A message of `bytes` enters the link at `now`: the one-shot faults first (drop, duplicate, delay), then the
 * link's loss, serialisation behind the queue, a latency, reordering, duplication; each draw from `rng` in that
 * fixed order, so a seed gives the same run. Updates the link's queue and counts.
 */
export function crossLink(link: LinkRun, bytes: number, now: number, rng: RngState): LinkOutcome {
  link.sent++;
  link.bytes += bytes;
  if (link.dropNext > 0) {
    link.dropNext--;
    link.lost++;
    link.dropped++;
    return { kind: 'lost', reason: 'faultDrop' };
  }
  const spec = link.spec;
  if (spec.loss > 0 && nextFloat(rng) < spec.loss) {
    link.lost++;
    return { kind: 'lost', reason: 'linkLoss' };
  }
  const start = Math.max(now, link.busyUntil);
  link.busyUntil = start + serialisationTicks(bytes, spec.bandwidthMbps);
  const delayed = link.delayNext.shift() ?? 0;
  let arrival = link.busyUntil + drawLatency(spec.latency, rng) + delayed;
  const reordered = spec.reorder > 0 && nextFloat(rng) < spec.reorder;
  if (reordered) arrival += 1 + nextInt(rng, Math.max(1, latencySpan(spec.latency)));
  else {
    arrival = Math.max(arrival, link.lastArrival);
    link.lastArrival = arrival;
  }
  const arrivals = [arrival];
  let duplicated: 'link' | 'fault' | null = null;
  if (link.duplicateNext > 0) {
    link.duplicateNext--;
    duplicated = 'fault';
  } else if (spec.duplicate > 0 && nextFloat(rng) < spec.duplicate) duplicated = 'link';
  if (duplicated) arrivals.push(arrival + 1);
  countCrossing(link, now, arrivals, reordered, duplicated !== null);
  return { kind: 'sent', arrivals, reordered, duplicated, delayed };
}
