import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPLACEMENTS, type ReplacementName } from '../types';
import { deepCopy } from '../../deepCopy';
import { replacementPolicy } from './registry';

const RUNS = { seed: 11, numRuns: 300 };
const FRAMES = 6;

type Op =
  | { kind: 'ref'; page: number }
  | { kind: 'free'; frame: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'tick'; by: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('ref' as const), page: fc.integer({ min: 0, max: 14 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('free' as const), frame: fc.integer({ min: 0, max: FRAMES - 1 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      from: fc.integer({ min: 0, max: FRAMES - 1 }),
      to: fc.integer({ min: 0, max: FRAMES - 1 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tick' as const), by: fc.integer({ min: 0, max: 20 }) }) },
);

/**
 * A small memory manager over one policy: pinned frames hold their page for good; a reference misses into
 * the lowest free frame or a victim's; frees and compaction moves exercise onFree and onMove. Returns the
 * victims, and checks each against the pins and the frames in use.
 */
function drive(name: ReplacementName, ops: Op[], pinned: boolean[], seed: number, cloneAt = -1): number[] {
  const policy = replacementPolicy(name, { agingPeriod: 3 });
  let state = policy.init(FRAMES, seed);
  const page = Array.from({ length: FRAMES }, (): number | null => null);
  const victims: number[] = [];
  let tick = 0;
  ops.forEach((o, i) => {
    if (i === cloneAt) state = deepCopy(state);
    tick++;
    policy.onTick?.(state, tick);
    if (o.kind === 'tick') tick += o.by;
    else if (o.kind === 'free') {
      if (!pinned[o.frame]) {
        page[o.frame] = null;
        policy.onFree(state, o.frame);
      }
    } else if (o.kind === 'move') {
      if (page[o.from] !== null && !pinned[o.from] && page[o.to] === null && !pinned[o.to]) {
        page[o.to] = page[o.from]!;
        page[o.from] = null;
        policy.onMove(state, o.from, o.to);
      }
    } else if (page.includes(o.page)) policy.onAccess(state, page.indexOf(o.page), tick);
    else {
      let frame = page.indexOf(null);
      if (frame === -1) {
        const v = policy.chooseVictim(
          state,
          (f) => !pinned[f],
          (f) => (f * 7 + i) % 5 || Infinity,
        );
        const canEvict = page.some((p, f) => p !== null && !pinned[f]);
        expect(v === null).toBe(!canEvict);
        if (v === null) return;
        expect(pinned[v.frame]).toBe(false);
        expect(page[v.frame]).not.toBeNull();
        victims.push(v.frame);
        frame = v.frame;
      }
      page[frame] = o.page;
      policy.onLoad(state, frame, tick);
    }
  });
  return victims;
}

describe('policy invariants under pins, frees and moves (fast-check)', () => {
  const pins = fc.array(fc.boolean(), { minLength: FRAMES, maxLength: FRAMES });
  const ops = fc.array(op, { maxLength: 80 });

  it.each(REPLACEMENTS)(
    '%s: the victim is never pinned, always in use, and null only when nothing is evictable',
    (name) => {
      fc.assert(
        fc.property(ops, pins, fc.integer({ min: 1, max: 1000 }), (o, p, seed) => void drive(name, o, p, seed)),
        RUNS,
      );
    },
  );

  it.each(REPLACEMENTS)('%s: a cloned state carries on exactly like the original', (name) => {
    fc.assert(
      fc.property(ops, pins, fc.nat(80), (o, p, at) => {
        expect(drive(name, o, p, 5, at)).toEqual(drive(name, o, p, 5));
      }),
      RUNS,
    );
  });

  it('cloning copies every array, so the clone shares nothing', () => {
    const policy = replacementPolicy('RANDOM');
    const s = policy.init(4, 1) as Record<string, unknown>;
    const c = deepCopy(s);
    for (const key of Object.keys(s)) if (typeof s[key] === 'object') expect(c[key]).not.toBe(s[key]);
    expect(c).toEqual(s);
  });
});
