import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeWriter } from './dirtyModel';
import { compareMethods, migrate } from './migrate';
import type { DirtyModel, MigrationInput, MigrationMethod, MigrationResult } from './types';

const dirtyModel = (pages: number): fc.Arbitrary<DirtyModel> =>
  fc.oneof(
    fc.integer({ min: 0, max: pages - 1 }).chain((firstPage) =>
      fc.record({
        kind: fc.constant('workingSet' as const),
        firstPage: fc.constant(firstPage),
        pages: fc.integer({ min: 1, max: pages - firstPage }),
        writesPerTick: fc.double({ min: 0, max: 6, noNaN: true }),
      }),
    ),
    fc.record({
      kind: fc.constant('perTick' as const),
      ticks: fc.array(fc.array(fc.integer({ min: 0, max: pages - 1 }), { maxLength: 4 }), {
        minLength: 1,
        maxLength: 12,
      }),
    }),
  );

const preCopy = fc.record({
  kind: fc.constant('preCopy' as const),
  maxRounds: fc.integer({ min: 1, max: 8 }),
  dirtyPagesLimit: fc.integer({ min: 0, max: 10 }),
  downtimeLimitTicks: fc.integer({ min: 0, max: 200 }),
});
const postCopy = fc.record({
  kind: fc.constant('postCopy' as const),
  pushShare: fc.double({ min: 0.1, max: 1, noNaN: true }),
});
const method: fc.Arbitrary<MigrationMethod> = fc.oneof(
  fc.constant({ kind: 'stopAndCopy' as const }),
  preCopy,
  postCopy,
);

const input = (m: fc.Arbitrary<MigrationMethod>): fc.Arbitrary<MigrationInput> =>
  fc.integer({ min: 1, max: 60 }).chain((pages) =>
    fc.record({
      pages: fc.constant(pages),
      pageSize: fc.constantFrom(512, 1000, 4096),
      dirty: dirtyModel(pages),
      bandwidthMbps: fc.double({ min: 1, max: 200, noNaN: true }),
      latencyTicks: fc.integer({ min: 0, max: 30 }),
      method: m,
      seed: fc.integer({ min: 0, max: 0xffff_ffff }),
    }),
  );

function ran(i: MigrationInput): MigrationResult {
  const out = migrate(i);
  if (!out.ok) throw new Error(out.errors.map((e) => e.message).join(' '));
  return out.result;
}

/** Each page's writes over the process's first `work` ticks, counted afresh from the model. */
function writesOver(i: MigrationInput, work: number): number[] {
  const v = Array.from({ length: i.pages }, () => 0);
  const write = makeWriter(i.dirty, i.seed);
  for (let w = 0; w < work; w++) for (const p of write(w)) v[p] = (v[p] as number) + 1;
  return v;
}

describe('migration properties', () => {
  it('memory arrives exactly: the target ends with every write the process made, on either side, once', () => {
    fc.assert(
      fc.property(input(method), (i) => {
        const r = ran(i);
        const switchWork = r.work.find((s) => s.where === 'source')?.to ?? 0;
        const allWork = r.work.reduce((n, s) => Math.max(n, s.to), 0);
        // On the source at the switch-over: every write it made; on the target at the end: those and its own.
        expect(r.sourceAtSwitch).toEqual(writesOver(i, switchWork));
        expect(r.target).toEqual(writesOver(i, allWork));
      }),
      { numRuns: 200 },
    );
  });

  it('CPU work is conserved: source then target, contiguous from 0, and every tick is work, downtime or a wait', () => {
    fc.assert(
      fc.property(input(method), (i) => {
        const r = ran(i);
        let next = 0;
        for (const s of r.work) {
          expect(s.from).toBe(next);
          expect(s.to).toBeGreaterThanOrEqual(s.from);
          next = s.to;
        }
        expect(r.work.map((s) => s.where)).toEqual(i.method.kind === 'postCopy' ? ['target'] : ['source']);
        const t = r.totals;
        expect(next + t.downtimeTicks + t.faultWaitTicks).toBe(t.totalTicks);
      }),
      { numRuns: 200 },
    );
  });

  it('pre-copy never runs more rounds than its limit, and stops only for a reason that holds', () => {
    fc.assert(
      fc.property(input(preCopy), (i) => {
        const r = ran(i);
        const m = i.method as Extract<MigrationMethod, { kind: 'preCopy' }>;
        expect(r.totals.rounds).toBeLessThanOrEqual(m.maxRounds);
        expect(r.totals.rounds).toBeGreaterThanOrEqual(1);
        const why = r.stop.why;
        if (why.kind !== 'dirtyAfterRounds') throw new Error(`pre-copy stopped for ${why.kind}`);
        expect(why.stop.dirty).toBe(r.stop.sent);
        if (why.stop.kind === 'roundLimit') expect(r.totals.rounds).toBe(m.maxRounds);
        if (why.stop.kind === 'dirtyUnderLimit') expect(r.stop.sent).toBeLessThanOrEqual(m.dirtyPagesLimit);
        if (why.stop.kind === 'downtimeUnderLimit')
          expect(r.totals.downtimeTicks).toBeLessThanOrEqual(m.downtimeLimitTicks);
        expect(r.totals.pagesTransferred).toBe(r.rounds.reduce((n, x) => n + x.sent, r.stop.sent));
      }),
      { numRuns: 200 },
    );
  });

  it("stop-and-copy's downtime is its total time; post-copy's is the smallest of the three; each sends every page", () => {
    fc.assert(
      fc.property(input(fc.constant({ kind: 'stopAndCopy' as const })), preCopy, postCopy, (i, pre, post) => {
        const c = compareMethods(i, pre, post);
        if (!c.ok) throw new Error(c.errors[0]?.message);
        const { stopAndCopy, preCopy: p, postCopy: q } = c.results;
        expect(stopAndCopy.totals.downtimeTicks).toBe(stopAndCopy.totals.totalTicks);
        expect(q.totals.downtimeTicks).toBeLessThanOrEqual(p.totals.downtimeTicks);
        expect(q.totals.downtimeTicks).toBeLessThanOrEqual(stopAndCopy.totals.downtimeTicks);
        expect(stopAndCopy.totals.pagesTransferred).toBe(i.pages);
        expect(q.totals.pagesTransferred).toBe(i.pages);
        expect(p.totals.pagesTransferred).toBeGreaterThanOrEqual(i.pages);
        for (const f of q.faults) expect(f.waitTicks).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same input gives the same result', () => {
    fc.assert(
      fc.property(input(method), (i) => {
        expect(ran(i)).toEqual(ran(i));
      }),
      { numRuns: 50 },
    );
  });
});
