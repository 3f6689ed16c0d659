import { describe, expect, it } from 'vitest';
import { rejectionCounts } from '../../core/network/security/securityLog';
import { advanceCluster } from '../../core/network/cluster/step';
import { deepCopy } from '../../core/deepCopy';
import { newSecurityIndex, securityLogData } from './securityLogData';
import type { ClusterState } from '../../core/network/cluster/state';
import { panelsClusters } from './testing/panelsCluster';

const [at0, at560, done] = panelsClusters([0, 560, Infinity]) as [ClusterState, ClusterState, ClusterState];
const log = done.security?.log ?? [];

describe('securityLogData', () => {
  it('counts every verdict up to the tick, as the log says', () => {
    const d = securityLogData(done, done.now, newSecurityIndex());
    expect(d?.total).toBe(log.length);
    expect(d?.counts).toEqual({
      accepted: log.filter((e) => e.verdict === 'accepted').length,
      ...rejectionCounts(log),
    });
    expect(d?.counts.tampered).toBe(1);
    expect(d?.mode).toBe('signed');
  });

  it('lists the latest entries and rejections in words, naming nodes by the cluster’s names', () => {
    const d = securityLogData(done, done.now, newSecurityIndex(), 10);
    expect(d?.recent).toHaveLength(10);
    expect(d?.recent.at(-1)?.index).toBe(log.length - 1);
    expect(d?.rejections.every((r) => r.verdict !== 'accepted')).toBe(true);
    const tampered = d?.rejections.find((r) => r.verdict === 'tampered');
    expect(tampered).toMatchObject({ tick: expect.any(Number), node: 'n2', peer: 'n1' });
    expect(tampered?.text).toMatch(
      /^rejected: node n1 \([0-9a-f]{4,}\)'s signature is good, but the message no longer matches/,
    );
  });

  it('reads the log up to the tick only, and the index follows a growing log and a rewound one', () => {
    const index = newSecurityIndex();
    const at = deepCopy(at560);
    const early = securityLogData(at, 560, index);
    expect(early).toEqual(securityLogData(done, 560, newSecurityIndex()));
    expect(early?.counts.tampered).toBe(1);
    const rewound = deepCopy(at);
    advanceCluster(at, Infinity);
    expect(securityLogData(at, at.now, index)).toEqual(securityLogData(done, done.now, newSecurityIndex()));
    expect(securityLogData(rewound, 560, index)).toEqual(early);
  });

  it('is null without security', () => {
    expect(securityLogData({ ...at0, security: null }, 0, newSecurityIndex())).toBeNull();
  });
});
