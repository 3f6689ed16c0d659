import type { ClusterState, LinkRun } from '../../core/index';
import type { LinkStatsData, LinkStatsRow } from '../../protocol';

function row(cl: ClusterState, l: LinkRun): LinkStatsRow {
  let onTheWay = 0;
  for (const t of l.onWire) if (t > cl.now) onTheWay++;
  return {
    from: cl.ids[l.from] as string,
    to: cl.ids[l.to] as string,
    sent: l.sent,
    delivered: l.carried - onTheWay,
    onTheWay,
    lost: { linkLoss: l.lost - l.dropped, faultDrop: l.dropped, partition: l.cut },
    duplicated: l.duplicated,
    reordered: l.reordered,
    bytes: l.bytes,
    queuePeak: l.queuePeak,
    meanLatency: l.carried === 0 ? null : Math.round((100 * l.latencyTicks) / l.carried) / 100,
  };
}

/**
 * Each direction of each link with its counts: what it carried, lost and why, copied and reordered, its queue's
 * peak and mean latency. The links count as their cluster runs, so these are as of the cluster's tick (`asOf`):
 * the frame builder calls this with the cluster advanced to the tick shown. One pass over the links.
 */
export function linkStatsData(cl: ClusterState, tick: number): LinkStatsData {
  return { view: 'linkStats', tick, asOf: cl.now, links: cl.links.map((l) => row(cl, l)) };
}
