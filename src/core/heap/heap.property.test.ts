import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHeap, heapAlloc, heapFree, heapView } from './allocator';
import { FIT_POLICIES, LIST_ORDERS, type Chunk, type HeapConfig, type HeapState, type HeapStep } from './types';

const config: fc.Arbitrary<HeapConfig> = fc.record({
  base: fc.integer({ min: 0, max: 5000 }),
  size: fc.integer({ min: 0, max: 200 }),
  header: fc.integer({ min: 0, max: 8 }),
  align: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
  policy: fc.constantFrom(...FIT_POLICIES),
  order: fc.constantFrom(...LIST_ORDERS),
  coalesce: fc.boolean(),
});
/** alloc a size; free the pick-th live allocation; or free any address near the heap (mostly not a pointer) */
const op = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('alloc' as const), size: fc.integer({ min: 0, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('free' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('wild' as const), offset: fc.integer({ min: -10, max: 210 }) }),
  },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
type Transition = { before: HeapState; step: HeapStep; after: HeapState };

/** Every state the allocator passes through for these operations, with the step between each pair. */
function replay(cfg: HeapConfig, ops: Op[]): { first: HeapState; transitions: Transition[] } {
  const first = createHeap(cfg) as HeapState;
  const transitions: Transition[] = [];
  let h = first;
  for (const [owner, o] of ops.entries()) {
    let r: { heap: HeapState; step: HeapStep } | string;
    if (o.kind === 'alloc') r = heapAlloc(h, o.size, owner);
    else {
      const live = h.allocated;
      r = heapFree(
        h,
        o.kind === 'free' && live.length > 0
          ? live[o.pick % live.length]!.addr + cfg.header
          : cfg.base + (o.kind === 'wild' ? o.offset : 0),
      );
    }
    // Only a second pointer to one address is refused: a zero-size allocation keeps its chunk's start.
    if (typeof r === 'string') {
      if (!r.includes('which a live allocation')) throw new Error(r);
      continue;
    }
    transitions.push({ before: h, step: r.step, after: r.heap });
    h = r.heap;
  }
  return { first, transitions };
}

/** Checks `check` on every state of many random runs. */
function everyState(check: (h: HeapState) => void): void {
  fc.assert(
    fc.property(config, fc.array(op, { maxLength: 60 }), (cfg, ops) => {
      const { first, transitions } = replay(cfg, ops);
      [first, ...transitions.map((t) => t.after)].forEach(check);
    }),
    { numRuns: 300 },
  );
}

/** Checks `check` on every step of many random runs. */
function everyStep(check: (t: Transition) => void): void {
  fc.assert(
    fc.property(config, fc.array(op, { maxLength: 60 }), (cfg, ops) => replay(cfg, ops).transitions.forEach(check)),
    { numRuns: 300 },
  );
}

const end = (c: Chunk) => c.addr + c.size;
const bytes = (cs: readonly Chunk[]) => cs.reduce((s, c) => s + c.size, 0);

describe('the heap allocator (properties)', () => {
  it('chunks never overlap: in address order each chunk with bytes starts where the previous ends, from base to base + size', () => {
    everyState((h) => {
      let at = h.config.base;
      const { chunks } = heapView(h);
      for (const c of chunks.filter((x) => x.size > 0)) {
        expect(c.addr).toBe(at);
        at = end(c);
      }
      expect(at).toBe(h.config.base + h.config.size);
      // A zero-size chunk holds no byte; coalescing may leave a freed one inside a larger free chunk, as OSTEP's does.
      for (const c of chunks) expect(c.addr >= h.config.base && end(c) <= h.config.base + h.config.size).toBe(true);
    });
  });

  it('no two live allocations have one address, zero-size ones included', () => {
    everyState((h) => expect(new Set(h.allocated.map((a) => a.addr)).size).toBe(h.allocated.length));
  });

  it('free + allocated bytes = heap size at every step', () => {
    everyState((h) => expect(bytes(h.free) + bytes(h.allocated)).toBe(h.config.size));
  });

  it('no chunk is handed out twice: an allocation takes bytes that were free', () => {
    everyStep(({ before, step }) => {
      if (step.op !== 'alloc' || !step.chunk) return;
      const c = step.chunk;
      expect(before.free.some((f) => f.addr <= c.addr && end(c) <= end(f))).toBe(true);
      expect(before.allocated.every((a) => end(a) <= c.addr || end(c) <= a.addr)).toBe(true);
      expect(step.ptr).toBe(c.addr + before.config.header);
    });
  });

  it('coalescing with ADDRSORT leaves no two address-adjacent free chunks', () => {
    everyState((h) => {
      if (!h.config.coalesce || h.config.order !== 'ADDRSORT') return;
      // (a zero-size chunk, freed from a zero-size allocation, shares its address with its neighbour)
      const sized = h.free.filter((c) => c.size > 0);
      for (let i = 1; i < sized.length; i++) expect(sized[i]!.addr).toBeGreaterThan(end(sized[i - 1]!));
    });
  });

  it('a free of an unknown pointer, or a failed allocation, changes nothing', () => {
    everyStep(({ before, step, after }) => {
      const known = before.allocated.some((a) => a.addr + before.config.header === step.ptr);
      if (step.op === 'free') expect(step.ok).toBe(known);
      if ((step.op === 'free' && !step.ok) || (step.op === 'alloc' && !step.chunk)) expect(after).toBe(before);
    });
  });

  it('the search examines what its policy promises: the whole list unless FIRST or NEXT found a fit', () => {
    everyStep(({ before, step }) => {
      if (step.op !== 'alloc') return;
      const stops = (before.config.policy === 'FIRST' || before.config.policy === 'NEXT') && step.chunk;
      if (!stops) expect(step.examined).toHaveLength(before.free.length);
      expect(new Set(step.examined).size).toBe(step.examined.length);
      if (step.chosen !== null) expect(step.examined).toContain(step.chosen);
    });
  });
});
