import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eligibleLevels, emptyTree, pidLayout, procHolding, treeUpdate, weightIn, weightThrough } from './pidOrderTree';

interface Spec {
  pid: number;
  tickets: number;
  needs: { gpus: number };
}

/** The lottery's pick before the tree: the eligible READY processes' tickets walked in pid order. */
function linearOwner(specs: readonly Spec[], ready: ReadonlySet<number>, gpusFree: number, r: number) {
  const eligible = specs
    .map((s, i) => ({ ...s, i }))
    .filter((s) => ready.has(s.i) && s.needs.gpus <= gpusFree)
    .sort((a, b) => a.pid - b.pid);
  const total = eligible.reduce((sum, s) => sum + s.tickets, 0);
  if (total === 0) return null;
  const ticket = r % total;
  let counted = 0;
  const owner = eligible.find((s) => (counted += s.tickets) > ticket);
  return { total, count: eligible.length, ticket, owner: owner?.i };
}

const specsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 60 })
  .chain((pids) =>
    fc.tuple(
      fc.constant(pids),
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: pids.length, maxLength: pids.length }),
      fc.array(fc.constantFrom(0, 0, 0, 1, 2, 3), { minLength: pids.length, maxLength: pids.length }),
    ),
  )
  .map(([pids, tickets, gpus]) =>
    pids.map((pid, i): Spec => ({ pid, tickets: tickets[i] as number, needs: { gpus: gpus[i] as number } })),
  );

describe('pidOrderTree', () => {
  it('finds the same lottery winner as walking the eligible tickets in pid order', () => {
    fc.assert(
      fc.property(
        specsArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 80 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat()), { minLength: 1, maxLength: 20 }),
        (specs, toggles, draws) => {
          const tree = emptyTree(pidLayout(specs, (s) => s.tickets));
          const ready = new Set<number>();
          // Processes join and leave the READY set in a random order, as they do in a run.
          for (const t of toggles) {
            const i = t % specs.length;
            treeUpdate(tree, i, ready.has(i) ? -1 : 1);
            if (ready.has(i)) ready.delete(i);
            else ready.add(i);
          }
          for (const [gpusFree, r] of draws) {
            const want = linearOwner(specs, ready, gpusFree, r);
            const { weight, count } = weightIn(tree, gpusFree);
            if (want === null) {
              expect(count).toBe(0);
              continue;
            }
            expect({ weight, count }).toEqual({ weight: want.total, count: want.count });
            expect(procHolding(tree, eligibleLevels(tree, gpusFree), want.ticket)).toBe(want.owner);
          }
        },
      ),
      { seed: 20261204, numRuns: 400 },
    );
  });

  it('counts the READY processes at or before a place (the PID scan looks for the next one after)', () => {
    fc.assert(
      fc.property(specsArb, fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), (specs, inReady) => {
        const tree = emptyTree(pidLayout(specs, () => 1));
        specs.forEach((_, i) => inReady[i] && treeUpdate(tree, i, 1));
        const levels = eligibleLevels(tree, 3);
        const byPid = specs.map((s, i) => ({ pid: s.pid, i })).sort((a, b) => a.pid - b.pid);
        byPid.forEach((s, k) => {
          const before = byPid.slice(0, k + 1).filter((b) => inReady[b.i]).length;
          expect(weightThrough(levels, k + 1)).toBe(before);
        });
      }),
      { seed: 20261204, numRuns: 200 },
    );
  });
});
