import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { component, neighboursOf, nextHops, topologyEdges, type ResolvedTopology } from './topology';

const count = (n: number, t: ResolvedTopology): number => topologyEdges(n, t, 1).length;

describe('topologyEdges', () => {
  it('gives each shape its textbook number of links', () => {
    expect(count(8, { kind: 'mesh' })).toBe(28);
    expect(count(8, { kind: 'ring' })).toBe(8);
    expect(count(2, { kind: 'ring' })).toBe(1);
    expect(count(8, { kind: 'line' })).toBe(7);
    expect(count(8, { kind: 'star', hub: 3 })).toBe(7);
    expect(count(8, { kind: 'tree', fanout: 2 })).toBe(7);
    // 3 columns, 9 nodes: 6 across + 6 down
    expect(count(9, { kind: 'grid', columns: 3 })).toBe(12);
    expect(count(1, { kind: 'mesh' })).toBe(0);
  });

  it('puts a tree node under (i-1)/fanout and a grid node beside and above its neighbours', () => {
    expect(topologyEdges(5, { kind: 'tree', fanout: 2 }, 1)).toEqual([
      [0, 1],
      [0, 2],
      [1, 3],
      [1, 4],
    ]);
    expect(topologyEdges(4, { kind: 'grid', columns: 2 }, 1)).toEqual([
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 3],
    ]);
  });

  it('drops repeats and self-links of hand-drawn edges and sorts them', () => {
    expect(
      topologyEdges(
        4,
        {
          kind: 'edges',
          edges: [
            [2, 1],
            [1, 2],
            [3, 0],
            [1, 1],
          ],
        },
        1,
      ),
    ).toEqual([
      [0, 3],
      [1, 2],
    ]);
  });

  it('draws the same connected random graph from the same seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(),
        (n, p, seed) => {
          const a = topologyEdges(n, { kind: 'random', p }, seed);
          expect(topologyEdges(n, { kind: 'random', p }, seed)).toEqual(a);
          expect(component(0, neighboursOf(n, a), () => true)).toHaveLength(n);
        },
      ),
    );
  });
});

describe('nextHops', () => {
  it('follows links to every reachable node on a shortest path, and -1 to the unreachable', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.nat(),
        (n, p, seed) => {
          // one node cut off its line, so some pairs have no path
          const edges = topologyEdges(n, { kind: 'random', p }, seed).filter(([a]) => a !== Math.floor(n / 2));
          const nb = neighboursOf(n, edges);
          const hops = nextHops(n, nb);
          const wrong: string[] = [];
          for (let from = 0; from < n; from++) {
            const distance = distances(from, nb);
            for (let to = 0; to < n; to++) {
              if (from === to) continue;
              let at = from;
              let steps = 0;
              while (at !== to && at !== -1 && steps <= n) {
                const next = hops[at]?.[to] as number;
                if (next !== -1 && !nb[at]?.includes(next)) wrong.push(`${at}->${next} is no link`);
                at = next;
                steps++;
              }
              const d = distance[to] as number;
              if (d === -1 ? at !== -1 : at !== to || steps !== d)
                wrong.push(`${from} to ${to}: ${steps} hops, ends at ${at}`);
            }
          }
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** Hops from `from` to each node by breadth-first search, -1 where unreachable. */
function distances(from: number, nb: number[][]): number[] {
  const d = nb.map(() => -1);
  d[from] = 0;
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as number;
    for (const x of nb[at] as number[]) {
      if (d[x] !== -1) continue;
      d[x] = (d[at] as number) + 1;
      queue.push(x);
    }
  }
  return d;
}
