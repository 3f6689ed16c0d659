import { describe, expect, it } from 'vitest';
import { migrate } from '../../core/network/migration/migrate';
import type { MigrationMethod } from '../../core/network/migration/types';
import { migrationTimeline } from './migrationTimeline';

// 1000-byte pages at 8 Mbit/s: a page takes 10 ticks; the process writes page 0 at every tick of its work.
function run(method: MigrationMethod) {
  const out = migrate({
    pages: 100,
    pageSize: 1000,
    bandwidthMbps: 8,
    latencyTicks: 0,
    dirty: { kind: 'perTick', ticks: [[0]] },
    seed: 1,
    method,
  });
  if (!out.ok) throw new Error(out.errors[0]?.message);
  return out.result;
}

describe('migrationTimeline', () => {
  it('pre-copy: its rounds as bars, the stop with its downtime and reason, the totals and the references', () => {
    const d = migrationTimeline(run({ kind: 'preCopy', maxRounds: 5, dirtyPagesLimit: 0, downtimeLimitTicks: 0 }));
    expect(d.rounds.map((r) => [r.round, r.startTick, r.durationTicks, r.sent, r.dirtied])).toEqual([
      [1, 0, 1000, 100, 1],
      [2, 1000, 10, 1, 1],
      [3, 1010, 10, 1, 1],
      [4, 1020, 10, 1, 1],
      [5, 1030, 10, 1, 1],
    ]);
    expect(d.stop).toMatchObject({ startTick: 1040, downtimeTicks: 10, sent: 1 });
    expect(d.stop.text).toMatch(/5 rounds are the limit/);
    expect(d.totals).toMatchObject({ pagesTransferred: 105, rounds: 5, totalTicks: 1050, downtimeTicks: 10 });
    expect(d.references.map((r) => r.downtimeMs)).toEqual([60, 210, 300]);
    expect(d.cursor).toBeNull();
  });

  it('post-copy: the faults, and a cursor only within the migration', () => {
    const r = run({ kind: 'postCopy', pushShare: 1 });
    const d = migrationTimeline(r, 500);
    expect(d.method).toBe('postCopy');
    expect(d.faults).toEqual([{ tick: 1, page: 0, fetch: 'demand', waitTicks: 10 }]);
    expect(d.faultCount).toBe(1);
    expect(d.cursor).toBe(500);
    expect(migrationTimeline(r, 5000).cursor).toBeNull();
    expect(d.summary).toMatch(/^postCopy moved 100 pages/);
  });
});
