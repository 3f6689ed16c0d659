import { describe, expect, it } from 'vitest';
import { gossipResult } from '../../core/network/p2p/gossipResult';
import { infectionData } from './infectionData';
import type { ClusterState } from '../../core/network/cluster/state';
import { panelsClusters } from './testing/panelsCluster';

const [at80, done] = panelsClusters([80, Infinity]) as [ClusterState, ClusterState];

describe('infectionData', () => {
  it('at the end gives the run’s infection curves beside the theory', () => {
    const d = infectionData(done, done.now);
    const g = gossipResult(done);
    expect(d).toMatchObject({ validators: 6, fanout: 2, roundTicks: 50, theoreticalRounds: 2.53 });
    expect(d?.formula).toBe(g?.formula);
    expect(d?.items.map((i) => [i.perRound, i.rounds, i.reached])).toEqual(
      g?.items.map((i) => [i.perRound, i.rounds, i.reached]),
    );
  });

  it('up to the tick: only the items made by then, and only the rounds so far', () => {
    const d = infectionData(done, 80);
    expect(d?.items.map((i) => i.item)).toEqual([0]);
    expect(d?.items[0]?.perRound).toHaveLength(2);
    expect(d?.items[0]?.rounds).toBeNull();
    expect(infectionData(done, 80)).toEqual(infectionData(at80, 80));
  });

  it('is null without the protocol', () => {
    expect(infectionData({ ...done, protocol: null }, 0)).toBeNull();
  });
});
