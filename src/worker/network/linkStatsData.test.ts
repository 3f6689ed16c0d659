import { describe, expect, it } from 'vitest';
import { linkStatsData } from './linkStatsData';
import type { ClusterState } from '../../core/network/cluster/state';
import { panelsClusters } from './testing/panelsCluster';

const [at130, done] = panelsClusters([130, Infinity]) as [ClusterState, ClusterState];

describe('linkStatsData', () => {
  it('accounts for every message that entered a link, and the losses by cause add up to the log’s', () => {
    const d = linkStatsData(done, done.now);
    expect(d.links).toHaveLength(12);
    expect(d.asOf).toBe(done.now);
    for (const l of d.links) {
      expect(l.delivered + l.onTheWay + l.lost.linkLoss + l.lost.faultDrop).toBe(l.sent + l.duplicated);
      expect(l.onTheWay).toBe(0);
    }
    const sum = (f: (l: (typeof d.links)[number]) => number) => d.links.reduce((a, l) => a + f(l), 0);
    const lost = (reason: string) => done.log.filter((e) => e.kind === 'lost' && e.reason === reason).length;
    expect(sum((l) => l.lost.linkLoss)).toBe(lost('linkLoss'));
    expect(sum((l) => l.lost.partition)).toBe(lost('partition'));
    expect(sum((l) => l.duplicated)).toBe(done.log.filter((e) => e.kind === 'duplicated').length);
    expect(sum((l) => l.reordered)).toBe(done.log.filter((e) => e.kind === 'reordered').length);
    expect(sum((l) => l.bytes)).toBe(done.links.reduce((a, l) => a + l.bytes, 0));
  });

  it('sees the queue a 10 Mbit/s link builds and a latency within the link’s bounds', () => {
    const d = linkStatsData(done, done.now);
    expect(Math.max(...d.links.map((l) => l.queuePeak))).toBeGreaterThan(1);
    for (const l of d.links) expect(l.meanLatency).toBeGreaterThanOrEqual(5);
  });

  it('counts as of the cluster’s tick: copies on their way are not yet delivered', () => {
    const mid = linkStatsData(at130, 130);
    expect(mid.asOf).toBeLessThanOrEqual(130);
    expect(mid.links.some((l) => l.onTheWay > 0)).toBe(true);
    mid.links.forEach((l, k) => expect(l.sent).toBeLessThanOrEqual(done.links[k]?.sent ?? 0));
  });
});
