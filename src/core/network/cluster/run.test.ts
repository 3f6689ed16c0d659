import { describe, expect, it } from 'vitest';
import { cluster, valid } from '../../testing/cluster';
import { runCluster } from './run';

describe('a cluster run', () => {
  it('delivers a message across the ring and wakes its receiver', () => {
    const r = runCluster(valid(cluster(3)));
    expect(r.network.messages).toMatchObject({ sent: 1, delivered: 1, lost: 0 });
    expect(r.network.checker.ok).toBe(true);
  });
});
