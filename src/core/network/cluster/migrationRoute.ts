import type { Latency } from '../config';
import { MIGRATION_LIMITS } from '../migration/validate';
import type { ClusterState } from './state';
import { cut } from './transport';

/**
 * The path a migration's pages take, as the migration model needs it: the route's hops, its narrowest link's
 * bandwidth (a link of unlimited bandwidth counts as the model's fastest) and the sum of its links' latencies
 * (a drawn latency at its mean, rounded up). The same links, routes and 12.5 bytes a tick per Mbit/s as the
 * cluster's transport; the pages are not sent as messages (see migrations.ts).
 */
export type Route =
  { kind: 'path'; hops: number; bandwidthMbps: number; latencyTicks: number } | { kind: 'none'; why: string };

function meanTicks(l: Latency): number {
  if (l.kind === 'constant') return Math.max(1, l.ticks);
  if (l.kind === 'uniform') return Math.ceil((l.min + l.max) / 2);
  return Math.ceil(l.mean);
}

export function routeOf(cl: ClusterState, from: number, to: number): Route {
  const n = cl.ids.length;
  let at = from;
  let hops = 0;
  let bandwidthMbps: number = MIGRATION_LIMITS.maxBandwidthMbps;
  let latencyTicks = 0;
  while (at !== to) {
    const next = (cl.hops[at] as Int16Array)[to] as number;
    const link = next < 0 ? undefined : cl.links[cl.linkOf[at * n + next] as number];
    if (!link) return { kind: 'none', why: 'no link leads there' };
    if (cut(cl, at, next)) return { kind: 'none', why: `a partition cuts ${cl.ids[at]}–${cl.ids[next]}` };
    if (link.spec.bandwidthMbps > 0) bandwidthMbps = Math.min(bandwidthMbps, link.spec.bandwidthMbps);
    latencyTicks += meanTicks(link.spec.latency);
    at = next;
    hops++;
  }
  return { kind: 'path', hops, bandwidthMbps, latencyTicks };
}
