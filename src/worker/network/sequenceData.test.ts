import { describe, expect, it } from 'vitest';
import type { ClusterState } from '../../core/network/cluster/state';
import { sequenceData } from './sequenceData';
import { panelsClusters } from './testing/panelsCluster';

const TICKS = [0, 120, 310, 555];
const clusters = panelsClusters([...TICKS, Infinity]);
const done = clusters.pop() as ClusterState;

describe('sequenceData', () => {
  it('at the end, with a window holding the whole run, gives every message and each copy’s fate', () => {
    const d = sequenceData(done, done.now, 10_000, 10_000);
    expect(d).toMatchObject({ view: 'sequence', from: 0, sent: done.messages.length, narrowed: false });
    expect(d.nodes).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
    expect(d.messages.map((m) => m.id)).toEqual(done.messages.map((m) => m.id));
    const ends = d.messages.flatMap((m) => m.ends);
    const count = (kind: string) => ends.filter((e) => e.kind === kind).length;
    expect(count('delivered')).toBe(done.deliveries.length / 2);
    expect(count('lost')).toBe(done.log.filter((e) => e.kind === 'lost').length);
    const rejected = done.security?.log.filter((e) => e.verdict === 'rejected') ?? [];
    expect(count('rejected')).toBe(rejected.length);
    // the two attack copies end rejected at their receivers, for what was done to them
    const attacks = done.security?.attacks ?? [];
    expect(attacks.map((a) => d.messages[a.id]?.ends)).toEqual([
      [expect.objectContaining({ kind: 'rejected', node: 2, reason: 'tampered' })],
      [expect.objectContaining({ kind: 'rejected', node: 0, reason: 'replayed' })],
    ]);
    // a lost message ends where the fault took it: a partition's losses on its near side of the cut
    const cut = ends.filter((e) => e.kind === 'lost' && e.reason === 'partition');
    expect(cut.length).toBeGreaterThan(0);
    for (const e of cut) expect(e.tick >= 250 && e.tick < 600).toBe(true);
  });

  it('marks the faults on the lifelines they touch', () => {
    const d = sequenceData(done, 700);
    expect(d.from).toBe(100);
    expect(d.to).toBe(700);
    expect(d.faults.map((f) => [f.tick, f.kind, f.nodes])).toEqual([
      [250, 'partition', []],
      [300, 'crash', [4]],
      [500, 'attack', [1, 2]],
      [520, 'attack', [1, 0]],
      [600, 'heal', []],
      [600, 'restart', [4]],
    ]);
    expect(d.faults[1]?.text).toMatch(/^n4 crashes/);
  });

  it('reads only up to the tick: the same from the cluster run to the tick as from the one run to its end', () => {
    clusters.forEach((cl, k) => {
      const tick = TICKS[k] as number;
      const d = sequenceData(done, tick);
      expect(d).toEqual(sequenceData(cl, tick));
      for (const m of d.messages) {
        expect(m.sentAt).toBeLessThanOrEqual(tick);
        for (const e of m.ends) expect(e.tick).toBeLessThanOrEqual(tick);
      }
    });
  });

  it('keeps only the window: what ended before it is left out, what is on its way is kept', () => {
    const d = sequenceData(done, 505, 100);
    expect([d.from, d.to]).toEqual([405, 505]);
    for (const m of d.messages)
      expect(m.sentAt >= 405 || m.ends.length === 0 || m.ends.some((e) => e.tick >= 405)).toBe(true);
    // the round sent at 400 arrives within the window
    expect(d.messages.some((m) => m.sentAt === 400)).toBe(true);
  });

  it('narrows the window to the latest messages when there are more than the limit', () => {
    const d = sequenceData(done, 900, 900, 25);
    expect(d.narrowed).toBe(true);
    expect(d.messages.length).toBeLessThanOrEqual(25);
    expect(d.messages.at(-1)?.id).toBe(d.sent - 1);
    expect(d.from).toBe(d.messages[0]?.sentAt);
    expect(d.to).toBe(900);
  });
});
