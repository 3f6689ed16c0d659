import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSsd, isLive, ssdRead, ssdTrim, ssdUpkeep, ssdWrite } from './ssdDevice';
import { explainSsdDecision } from './ssdExplain';
import type { SsdConfig, SsdDecision, SsdState } from './ssdTypes';
import { wearSpread, writeAmplification } from './ssdWear';

type Op = { op: 'w' | 'r' | 't'; at: number; data: string };

/** A log-structured SSD under our rules (safe GC), with or without wear levelling and wear-out, and a workload. */
const problem = fc
  .record({
    blocks: fc.integer({ min: 2, max: 8 }),
    pagesPerBlock: fc.integer({ min: 1, max: 8 }),
    logicalShare: fc.double({ min: 0.5, max: 1.2, noNaN: true }),
    highBelowBlocks: fc.integer({ min: -1, max: 2 }),
    lowBelow: fc.integer({ min: 1, max: 4 }),
    wearLevel: fc.constantFrom('none' as const, 'static' as const),
    wearThreshold: fc.integer({ min: 0, max: 4 }),
    endurance: fc.constantFrom(0, 0, 3, 6, 12),
    ops: fc.array(
      fc.record({
        op: fc.constantFrom('w' as const, 'w' as const, 'w' as const, 'r' as const, 't' as const),
        at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        data: fc.constantFrom('a', 'b', 'c', 'Z', '7'),
      }),
      { maxLength: 200 },
    ),
  })
  .map((p) => {
    const logicalPages = Math.max(1, Math.floor(p.blocks * p.pagesPerBlock * p.logicalShare));
    const high = Math.max(1, p.blocks - p.highBelowBlocks);
    const config: SsdConfig = {
      ftl: 'log',
      logicalPages,
      blocks: p.blocks,
      pagesPerBlock: p.pagesPerBlock,
      eraseTime: 1000,
      programTime: 40,
      readTime: 10,
      highWater: high,
      lowWater: Math.max(0, high - p.lowBelow),
      gcRule: 'safe',
      wearLevel: p.wearLevel,
      wearThreshold: p.wearThreshold,
      endurance: p.endurance,
    };
    const ops: Op[] = p.ops.map((o) => ({ ...o, at: Math.floor(o.at * logicalPages) }));
    return { config, ops };
  });

/** Runs the workload step by step (command, then upkeep), checking `check` after each with a model of the data. */
function run(
  config: SsdConfig,
  ops: readonly Op[],
  check: (st: SsdState, model: Map<number, string>, decisions: SsdDecision[]) => void = () => {},
): SsdState {
  const st = createSsd(config);
  const model = new Map<number, string>();
  for (const o of ops) {
    const decisions: SsdDecision[] = [];
    const sink = (d: SsdDecision) => decisions.push(d);
    if (o.op === 'w') {
      const r = ssdWrite(st, o.at, o.data, sink);
      if (r.ok) model.set(o.at, o.data);
      else expect(r.errno).toBe('ENOSPC');
    } else if (o.op === 't') {
      if (ssdTrim(st, o.at).ok) model.delete(o.at);
    } else ssdRead(st, o.at);
    ssdUpkeep(st, sink);
    check(st, model, decisions);
  }
  return st;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Each logical page's current data, read without counting (the model's view of the flash). */
function readsBack(st: SsdState, model: Map<number, string>): void {
  st.forward.forEach((p, l) => {
    if (!model.has(l)) return expect(p).toBe(-1);
    expect(st.page[p]).toBe('v');
    expect(st.data[p]).toBe(model.get(l));
  });
}

describe('the SSD under our rules (fast-check)', () => {
  it('a logical page reads back its last written value across GC, wear levelling and wear-out', () => {
    fc.assert(
      fc.property(problem, ({ config, ops }) => {
        let last = new Map<number, string>();
        const st = run(config, ops, (s, model) => {
          readsBack(s, model);
          last = model;
        });
        for (const [l, data] of last) expect(ssdRead(st, l)).toEqual({ ok: true, text: data });
      }),
    );
  });

  it('no physical page holds two live logical pages, and the reverse map names each live one', () => {
    fc.assert(
      fc.property(problem, ({ config, ops }) => {
        run(config, ops, (st) => {
          const mapped = st.forward.filter((p) => p !== -1);
          expect(new Set(mapped).size).toBe(mapped.length);
          st.forward.forEach((p, l) => {
            if (p !== -1) expect(st.reverse[p]).toBe(l);
          });
        });
      }),
    );
  });

  it('GC and wear levelling never erase a block with a live page they have not moved', () => {
    fc.assert(
      fc.property(problem, ({ config, ops }) => {
        let live: number[] = [];
        run(config, ops, (st, _model, decisions) => {
          for (const d of decisions) {
            if (d.kind === 'gc-erase') expect(d.lost).toEqual([]);
            if (d.kind === 'gc-keep')
              for (const p of d.unmoved) expect(Math.trunc(p / config.pagesPerBlock)).toBe(d.block);
          }
          // every page live before the step that is still wanted is live somewhere after it
          for (const l of live) {
            const p = st.forward[l] as number;
            if (p !== -1) expect(isLive(st, p) && st.page[p] === 'v').toBe(true);
          }
          live = st.forward.flatMap((p, l) => (p !== -1 ? [l] : []));
        });
      }),
    );
  });

  it('write amplification is at least 1, and counts add up per block', () => {
    fc.assert(
      fc.property(problem, ({ config, ops }) => {
        const st = run(config, ops);
        const wa = writeAmplification(st);
        if (st.hostWrites > 0) expect(wa).toBeGreaterThanOrEqual(1);
        else expect(wa).toBeUndefined();
        expect(sum(st.erases)).toBe(st.eraseSum);
        expect(sum(st.writes)).toBe(st.writeSum);
        expect(st.inUse).toBe(st.used.filter(Boolean).length);
      }),
    );
  });

  it('a worn-out block is retired at its endurance and never programmed again; a full device refuses (ENOSPC)', () => {
    fc.assert(
      fc.property(
        problem.filter((p) => p.config.endurance > 0),
        ({ config, ops }) => {
          const writesAtRetire = new Map<number, number>();
          run(config, ops, (st, _m, decisions) => {
            for (const d of decisions)
              if (d.kind === 'retire') {
                expect(d.erases).toBe(config.endurance);
                writesAtRetire.set(d.block, st.writes[d.block] as number);
              }
            st.retired.forEach((r, b) => {
              expect(r).toBe((st.erases[b] as number) >= config.endurance);
              if (r) {
                expect(st.writes[b]).toBe(writesAtRetire.get(b));
                expect(st.used[b]).toBe(false);
              }
            });
          });
        },
      ),
    );
  });

  it('explains every decision in a sentence', () => {
    fc.assert(
      fc.property(problem, ({ config, ops }) => {
        run(config, ops, (_st, _m, decisions) => {
          for (const d of decisions) expect(explainSsdDecision(d)).toMatch(/^\S.*[^.]$/);
        });
      }),
    );
  });
});

describe("ssd.py's own rule (ostep GC)", () => {
  it('a page GC could not move is reported lost, and only then does a read differ from the last write', () => {
    fc.assert(
      fc.property(problem, ({ config, ops }) => {
        const ostep: SsdConfig = { ...config, gcRule: 'ostep', wearLevel: 'none', endurance: 0 };
        const lost = new Set<number>();
        run(ostep, ops, (st, model, decisions) => {
          for (const d of decisions)
            if (d.kind === 'gc-erase') for (const p of d.lost) lost.add(st.reverse[p] as number);
          for (const [l, data] of model) {
            const p = st.forward[l] as number;
            if (st.data[p] !== data || st.page[p] !== 'v') expect(lost.has(l)).toBe(true);
            else lost.delete(l);
          }
        });
      }),
    );
  });
});

describe('wear levelling', () => {
  /** A hot/cold workload: a few pages written over and over, the rest written once. */
  const hotCold = fc
    .record({
      blocks: fc.integer({ min: 4, max: 10 }),
      pagesPerBlock: fc.integer({ min: 2, max: 8 }),
      writes: fc.integer({ min: 100, max: 600 }),
      hot: fc.integer({ min: 1, max: 3 }),
      seed: fc.integer({ min: 0, max: 1000 }),
    })
    .map((p) => {
      const logicalPages = Math.floor(p.blocks * p.pagesPerBlock * 0.6);
      const cold: Op[] = Array.from({ length: logicalPages }, (_, at) => ({ op: 'w', at, data: 'c' }));
      let x = p.seed;
      const hot: Op[] = Array.from({ length: p.writes }, () => {
        x = (x * 1103515245 + 12345) % 2147483648;
        return { op: 'w', at: x % p.hot, data: 'h' };
      });
      const config = (wearLevel: 'none' | 'static'): SsdConfig => ({
        ftl: 'log',
        logicalPages,
        blocks: p.blocks,
        pagesPerBlock: p.pagesPerBlock,
        eraseTime: 1000,
        programTime: 40,
        readTime: 10,
        highWater: p.blocks - 1,
        lowWater: p.blocks - 2,
        gcRule: 'safe',
        wearLevel,
        wearThreshold: 2,
        endurance: 0,
      });
      return { config, ops: [...cold, ...hot] };
    });

  /*
   * The spread with static levelling is no larger than without on hot/cold workloads. On arbitrary random workloads
   * it is not a law: over 500 random ones it was smaller in 39, equal in 460 and larger in 1 (levelling adds erases
   * of its own), so that is the weaker, honest claim tested here, beside what levelling itself promises.
   */
  it('on hot/cold workloads the spread of erase counts with static levelling is no larger than without', () => {
    let acted = 0;
    let narrower = 0;
    fc.assert(
      fc.property(hotCold, ({ config, ops }) => {
        const levelled = run(config('static'), ops, (_st, _m, decisions) => {
          for (const d of decisions)
            if (d.kind === 'wear-level') {
              acted++;
              expect(d.most - d.erases).toBeGreaterThan(d.threshold);
            }
        });
        const spread = wearSpread(levelled).spread;
        const unlevelled = wearSpread(run(config('none'), ops)).spread;
        expect(spread).toBeLessThanOrEqual(unlevelled);
        if (spread < unlevelled) narrower++;
      }),
    );
    expect(acted).toBeGreaterThan(0);
    expect(narrower).toBeGreaterThan(0);
  });
});
