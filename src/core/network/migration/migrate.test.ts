import { describe, expect, it } from 'vitest';
import { dirtyModelOf } from './dirtyModel';
import { explainFault, explainMigration, explainRound, explainStop, explainTotals, NARRATED_FAULTS } from './explain';
import { compareMethods, migrate } from './migrate';
import type { MigrationInput, MigrationMethod, MigrationResult } from './types';

// 1000-byte pages at 8 Mbit/s (100 bytes a tick): a page takes exactly 10 ticks on the wire. The process writes
// page 0 at every tick of its work.
const base = {
  pages: 100,
  pageSize: 1000,
  bandwidthMbps: 8,
  latencyTicks: 0,
  dirty: { kind: 'perTick', ticks: [[0]] },
  seed: 1,
} as const satisfies Omit<MigrationInput, 'method'>;

function run(method: MigrationMethod, input: Partial<MigrationInput> = {}): MigrationResult {
  const out = migrate({ ...base, ...input, method });
  if (!out.ok) throw new Error(out.errors[0]?.message);
  return out.result;
}

describe('migration, worked by hand', () => {
  it('stop-and-copy: 100 pages of 10 ticks, all of it downtime', () => {
    const r = run({ kind: 'stopAndCopy' });
    expect(r.totals).toMatchObject({ pagesTransferred: 100, rounds: 0, totalTicks: 1000, downtimeTicks: 1000 });
    expect(explainStop(r.stop)).toBe(
      'Stop-and-copy stops the process and sends all 100 pages: it is down for 1,000 ticks (100 ms), the whole migration.',
    );
  });

  it('pre-copy: a page rewritten every tick keeps one page dirty until the round limit', () => {
    const r = run({ kind: 'preCopy', maxRounds: 5, dirtyPagesLimit: 0, downtimeLimitTicks: 0 });
    expect(r.rounds.map((x) => [x.sent, x.durationTicks, x.dirtied])).toEqual([
      [100, 1000, 1],
      [1, 10, 1],
      [1, 10, 1],
      [1, 10, 1],
      [1, 10, 1],
    ]);
    expect(r.totals).toMatchObject({ pagesTransferred: 105, rounds: 5, totalTicks: 1050, downtimeTicks: 10 });
    expect(r.target[0]).toBe(1040);
    expect(explainRound(r.rounds[1] as (typeof r.rounds)[number])).toBe(
      'Pre-copy round 2 sends the 1 pages dirtied during round 1 in 10 ticks (1 ms) while the process runs on the source, which dirties 1 pages meanwhile.',
    );
    expect(explainStop(r.stop)).toMatch(/because 5 rounds are the limit, though 1 pages are still dirty/);
  });

  it('pre-copy: stops as soon as the dirty set is within the limit, or the downtime within its limit', () => {
    expect(run({ kind: 'preCopy', maxRounds: 30, dirtyPagesLimit: 1, downtimeLimitTicks: 0 }).stop.why).toEqual({
      kind: 'dirtyAfterRounds',
      stop: { kind: 'dirtyUnderLimit', dirty: 1, limit: 1 },
    });
    const q = run({ kind: 'preCopy', maxRounds: 30, dirtyPagesLimit: 0, downtimeLimitTicks: 10 });
    expect(q.totals.rounds).toBe(1);
    expect(q.stop.why).toMatchObject({ stop: { kind: 'downtimeUnderLimit', estimateTicks: 10, limitTicks: 10 } });
  });

  it('post-copy: down for one tick, then a fault on page 0 waits 10 ticks while the rest is pushed', () => {
    const r = run({ kind: 'postCopy', pushShare: 1 });
    expect(r.faults).toEqual([{ tick: 1, page: 0, fetch: 'demand', waitTicks: 10 }]);
    expect(r.totals).toMatchObject({
      pagesTransferred: 100,
      totalTicks: 1002,
      downtimeTicks: 1,
      degradationTicks: 1001,
      faultWaitTicks: 10,
    });
    expect(r.work).toEqual([{ where: 'target', from: 0, to: 991 }]);
    expect(explainFault(r.faults[0] as (typeof r.faults)[number])).toBe(
      'At tick 1 the process touches page 0 on the target before it arrived: it faults, asks the source for it ahead of the push and waits 10 ticks (1 ms) for it.',
    );
    expect(explainTotals(r)).toMatch(/1 faults costing 10 ticks \(1 ms\) of waiting\.$/);
  });

  it('post-copy: a page the push already sent is waited for, not asked for', () => {
    // Page 0 is written at work tick 10, wall tick 15; the push sent it at tick 14 (10 ticks of budget after the
    // 5-tick downtime), and with 5 ticks of latency it lands at 19.
    const ticks = Array.from({ length: 12 }, (_, w) => (w === 10 ? [0] : []));
    const r = run({ kind: 'postCopy', pushShare: 1 }, { pages: 2, latencyTicks: 5, dirty: { kind: 'perTick', ticks } });
    expect(r.totals.downtimeTicks).toBe(5);
    expect(r.faults).toEqual([{ tick: 15, page: 0, fetch: 'inFlight', waitTicks: 4 }]);
    expect(explainFault(r.faults[0] as (typeof r.faults)[number])).toMatch(
      /the push has already sent it, so it asks for nothing/,
    );
  });

  it('compares the three methods on one input', () => {
    const c = compareMethods(
      base,
      { kind: 'preCopy', maxRounds: 5, dirtyPagesLimit: 0, downtimeLimitTicks: 0 },
      { kind: 'postCopy', pushShare: 1 },
    );
    expect(
      c.ok && [c.results.stopAndCopy, c.results.preCopy, c.results.postCopy].map((r) => r.totals.downtimeTicks),
    ).toEqual([1000, 10, 1]);
  });
});

describe('the migration in words', () => {
  it('narrates each round, the stop and the outcome in order', () => {
    const r = run({ kind: 'preCopy', maxRounds: 2, dirtyPagesLimit: 0, downtimeLimitTicks: 0 });
    expect(explainMigration(r)).toEqual([
      'Pre-copy round 1 sends every page (100) in 1,000 ticks (100 ms) while the process runs on the source, which dirties 1 pages meanwhile.',
      'Pre-copy round 2 sends the 1 pages dirtied during round 1 in 10 ticks (1 ms) while the process runs on the source, which dirties 1 pages meanwhile.',
      'Pre-copy stops the process because 2 rounds are the limit, though 1 pages are still dirty: the process writes them about as fast as they are sent; the last 1 pages go across while it is stopped: 10 ticks (1 ms) of downtime.',
      'preCopy moved 102 pages in 2 rounds over 1,020 ticks (102 ms), with 10 ticks (1 ms) of downtime.',
    ]);
  });

  it('narrates the first faults one by one and sums up the rest', () => {
    const every = Array.from({ length: 100 }, (_, p) => [p]);
    const r = run({ kind: 'postCopy', pushShare: 0.1 }, { dirty: { kind: 'perTick', ticks: every }, pages: 100 });
    expect(r.faults.length).toBeGreaterThan(NARRATED_FAULTS);
    const lines = explainMigration(r);
    expect(lines).toHaveLength(1 + NARRATED_FAULTS + 2);
    expect(lines[NARRATED_FAULTS + 1]).toBe(`... and ${r.faults.length - NARRATED_FAULTS} more faults.`);
  });
});

function refusedPaths(input: Partial<MigrationInput>): string[] {
  const out = migrate({ ...base, method: { kind: 'stopAndCopy' }, ...input });
  return out.ok ? [] : out.errors.map((e) => e.path);
}

describe('refusals', () => {
  it('names the field and its limit, and runs nothing', () => {
    const out = migrate({ ...base, pages: 0, method: { kind: 'stopAndCopy' } });
    expect(out).toEqual({
      ok: false,
      errors: [
        {
          path: 'pages',
          limit: 'integer 1..1048576',
          message: 'pages must be a whole number of pages from 1 to 1048576.',
        },
      ],
    });
  });

  it('refuses a round limit, a page out of range, a tiny push share and a copy too long to model', () => {
    expect(
      refusedPaths({ method: { kind: 'preCopy', maxRounds: 0, dirtyPagesLimit: 0, downtimeLimitTicks: 0 } }),
    ).toEqual(['method.maxRounds']);
    expect(refusedPaths({ dirty: { kind: 'perTick', ticks: [[0], [100]] } })).toEqual(['dirty.ticks[1]']);
    expect(refusedPaths({ dirty: { kind: 'workingSet', firstPage: 90, pages: 20, writesPerTick: 1 } })).toEqual([
      'dirty.pages',
    ]);
    expect(refusedPaths({ method: { kind: 'postCopy', pushShare: 0 } })).toEqual(['method.pushShare']);
    expect(
      refusedPaths({
        dirty: { kind: 'hot' } as unknown as MigrationInput['dirty'],
        method: undefined as unknown as MigrationInput['method'],
      }),
    ).toEqual(['dirty.kind', 'method.kind']);
    const long = { pages: 20_000, pageSize: 4096, bandwidthMbps: 100 };
    expect(
      refusedPaths({ ...long, method: { kind: 'preCopy', maxRounds: 100, dirtyPagesLimit: 0, downtimeLimitTicks: 0 } }),
    ).toEqual(['method.maxRounds']);
    expect(
      refusedPaths({ ...long, method: { kind: 'preCopy', maxRounds: 30, dirtyPagesLimit: 0, downtimeLimitTicks: 0 } }),
    ).toEqual([]);
    expect(refusedPaths({ pages: 1 << 20, pageSize: 4096, bandwidthMbps: 1 })).toEqual(['bandwidthMbps']);
  });
});

describe('a scenario process’s accesses as a dirtying model', () => {
  it('a locality pattern writes its working set at writeFraction / every a tick', () => {
    const m = dirtyModelOf(
      { kind: 'locality', every: 2, workingSetPages: 8, jumpEvery: 100, writeFraction: 0.5 },
      64,
      4096,
    );
    expect(m).toEqual({ ok: true, model: { kind: 'workingSet', firstPage: 0, pages: 8, writesPerTick: 0.25 } });
  });

  it('a sequence writes every writeEvery-th reference, at the tick the memory subsystem makes it', () => {
    const m = dirtyModelOf({ kind: 'sequence', every: 2, offsets: [0, 4096, 8192], writeEvery: 2 }, 4, 4096);
    // references at ticks 2, 4, 6, ...; the 2nd, 4th and 6th write offsets 4096, 0 and 8192
    expect(m).toEqual({
      ok: true,
      model: { kind: 'perTick', ticks: [[], [], [], [1], [], [], [], [0], [], [], [], [2]] },
    });
  });

  it('refuses a sequence whose writes repeat too rarely to list', () => {
    const m = dirtyModelOf({ kind: 'sequence', every: 1_000_000, offsets: [0], writeEvery: 1 }, 4, 4096);
    expect(m).toEqual({ ok: false, message: "the sequence's writes repeat after 1000000 ticks; at most 100000" });
  });
});
