import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ringFrame } from './clusterFixture';
import { nodePositions } from './topologyLayout';
import {
  BRIDGE_COLOUR,
  SIDE_COLOURS,
  edgeAt,
  loadColour,
  loadWidth,
  messageAt,
  nodeAt,
  placeDots,
  sameLinksLayer,
  sameNodesLayer,
  toTopologyModel,
} from './topologyModel';

describe('node positions', () => {
  it('a ring is a circle from the top, clockwise; a star has its hub in the middle; a grid goes row by row', () => {
    const ring = nodePositions({ kind: 'ring' }, 4, 200, 200);
    expect(ring[0]!.x).toBeCloseTo(100);
    expect(ring[0]!.y).toBeLessThan(100);
    expect(ring[1]!.x).toBeGreaterThan(100);
    const star = nodePositions({ kind: 'star', hub: 2 }, 5, 200, 100);
    expect(star[2]).toEqual({ x: 100, y: 50 });
    const grid = nodePositions({ kind: 'grid', columns: 3 }, 6, 300, 200);
    expect(grid.map((p) => Math.round(p.y))).toEqual([36, 36, 36, 164, 164, 164]);
    expect(grid[0]!.x).toBeLessThan(grid[1]!.x);
  });

  it('keeps every node of every layout inside its box', () => {
    const layouts = fc.oneof(
      fc.constantFrom({ kind: 'ring' as const }, { kind: 'circle' as const }, { kind: 'line' as const }),
      fc.integer({ min: 1, max: 10 }).map((columns) => ({ kind: 'grid' as const, columns })),
      fc.integer({ min: 0, max: 63 }).map((hub) => ({ kind: 'star' as const, hub })),
    );
    fc.assert(
      fc.property(layouts, fc.integer({ min: 1, max: 64 }), fc.integer({ min: 80, max: 2000 }), (l, n, w) => {
        const h = Math.round(w * 0.6);
        const ps = nodePositions(l, n, w, h);
        expect(ps).toHaveLength(n);
        for (const p of ps) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(w);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeLessThanOrEqual(h);
        }
      }),
    );
  });
});

describe('the topology view model', () => {
  it('draws each link once however many directions it has, weighted by what is on it', () => {
    const frame = ringFrame(4, [
      { id: 0, from: 0, to: 1, sentAt: 0, arrivesAt: 10, kind: 'gossip' },
      { id: 1, from: 1, to: 0, sentAt: 2, arrivesAt: 12, kind: 'heartbeat' },
      { id: 2, from: 0, to: 1, sentAt: 4, arrivesAt: 14, kind: 'data' },
    ]);
    const m = toTopologyModel(frame, 5, 400, 400);
    expect(m.edges).toHaveLength(4);
    const busy = m.edges.find((e) => e.nodes[0] === 0 && e.nodes[1] === 1)!;
    expect(busy.load).toBe(3);
    expect(busy.colour).toBe(loadColour(3));
    expect(busy.width).toBe(loadWidth(3));
    expect(m.edges.filter((e) => e.load === 0).map((e) => e.colour)).toEqual(Array(3).fill(loadColour(0)));
  });

  it('puts a message part way along its link by the time it has spent on it', () => {
    const frame = ringFrame(4, [{ id: 0, from: 0, to: 1, sentAt: 10, arrivesAt: 20, kind: 'data' }], {
      kind: 'line',
    });
    // On a line the nodes sit at x = 36, 145.33, 254.67, 364; the dot is 3 px to the right of its way (below).
    const at = (tick: number) => {
      const { xy } = toTopologyModel(frame, tick, 400, 100).dots;
      return { x: xy[0]!, y: xy[1]! };
    };
    expect(at(10).x).toBeCloseTo(36);
    expect(at(15).x).toBeCloseTo((36 + 145.333) / 2, 1);
    expect(at(15.5).x).toBeGreaterThan(at(15).x);
    expect(at(30).x).toBeCloseTo(145.333, 1);
    expect(at(15).y).toBeCloseTo(53);
  });

  it('colours partition sides, greys nothing while whole, and rings the shown node', () => {
    const frame = ringFrame(4);
    expect(toTopologyModel(frame, 0, 300, 300).nodes.map((n) => n.side)).toEqual([null, null, null, null]);
    frame.nodes.forEach((n, i) => (n.side = i < 2 ? 0 : 1));
    frame.nodes[3]!.side = -1;
    frame.shown = 2;
    const m = toTopologyModel(frame, 0, 300, 300);
    expect(m.nodes.map((n) => n.side)).toEqual([SIDE_COLOURS[0], SIDE_COLOURS[0], SIDE_COLOURS[1], BRIDGE_COLOUR]);
    expect(m.nodes.map((n) => n.shown)).toEqual([false, false, true, false]);
  });

  it('finds the node and the link under the pointer', () => {
    const m = toTopologyModel(ringFrame(4), 0, 400, 400);
    const n1 = m.nodes[1]!;
    expect(nodeAt(m, n1.x + 2, n1.y - 2)).toBe(1);
    expect(nodeAt(m, 200, 200)).toBeNull();
    const [a, b] = [m.nodes[1]!, m.nodes[2]!];
    expect(edgeAt(m, (a.x + b.x) / 2, (a.y + b.y) / 2)).toEqual([1, 2]);
    expect(edgeAt(m, 200, 200)).toBeNull();
  });

  it('finds the message whose dot is under the pointer, the nearest of two', () => {
    const frame = ringFrame(
      4,
      [
        { id: 4, from: 0, to: 1, sentAt: 0, arrivesAt: 20, kind: 'data' },
        { id: 9, from: 0, to: 1, sentAt: 5, arrivesAt: 25, kind: 'gossip' },
      ],
      { kind: 'line' },
    );
    const m = toTopologyModel(frame, 10, 400, 100);
    expect(Array.from(m.dots.ids)).toEqual([4, 9]);
    const [x4, y4, x9, y9] = Array.from(m.dots.xy);
    expect(messageAt(m, x4! + 1, y4! - 1)).toBe(4);
    expect(messageAt(m, x9! - 2, y9!)).toBe(9);
    expect(messageAt(m, 200, 10)).toBeNull();
  });

  it('places the dots again in the same arrays, as the model would place them afresh', () => {
    const flights = Array.from({ length: 40 }, (_, i) => ({
      id: i,
      from: i % 8,
      to: (i + 1) % 8,
      sentAt: i,
      arrivesAt: i + 5 + (i % 7),
      kind: (['data', 'gossip', 'heartbeat'] as const)[i % 3]!,
    }));
    const frame = ringFrame(8, flights);
    const positions = nodePositions(frame.layout, 8, 500, 400);
    const m = toTopologyModel(frame, 3, 500, 400, positions);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 60, noNaN: true }), (at) => {
        const again = placeDots(frame.flights, at, positions, m.dots);
        expect(again).toBe(m.dots);
        const fresh = toTopologyModel(frame, at, 500, 400, positions).dots;
        expect(again.count).toBe(fresh.count);
        expect([...again.xy]).toEqual([...fresh.xy]);
        expect([...again.kinds]).toEqual([...fresh.kinds]);
        expect([...again.ids.subarray(0, again.count)]).toEqual([...fresh.ids.subarray(0, fresh.count)]);
      }),
    );
    // Arrays too small for the flights are not written past their end: new ones are made.
    const small = placeDots(new Int32Array(0), 0, positions);
    expect(placeDots(frame.flights, 3, positions, small)).not.toBe(small);
  });

  it('tells when the links or the nodes layer would draw something else', () => {
    const frame = ringFrame(6, [{ id: 0, from: 0, to: 1, sentAt: 0, arrivesAt: 10, kind: 'gossip' }]);
    const m = toTopologyModel(frame, 2, 400, 300);
    // The dots moving changes neither layer.
    const later = toTopologyModel(frame, 7, 400, 300);
    expect(sameLinksLayer(m, later) && sameNodesLayer(m, later)).toBe(true);
    // A link's load (a message more on it) changes the links only.
    const busier = toTopologyModel(
      ringFrame(6, [
        { id: 0, from: 0, to: 1, sentAt: 0, arrivesAt: 10, kind: 'gossip' },
        { id: 1, from: 2, to: 3, sentAt: 0, arrivesAt: 10, kind: 'data' },
      ]),
      2,
      400,
      300,
    );
    expect(sameLinksLayer(m, busier)).toBe(false);
    expect(sameNodesLayer(m, busier)).toBe(true);
    // A node's state, the node shown, or the box's size change the nodes.
    const crashed = ringFrame(6);
    crashed.nodes[4]!.status = 'down';
    expect(sameNodesLayer(m, toTopologyModel(crashed, 2, 400, 300))).toBe(false);
    const other = ringFrame(6);
    other.shown = 3;
    expect(sameNodesLayer(m, toTopologyModel(other, 2, 400, 300))).toBe(false);
    const wider = toTopologyModel(frame, 2, 500, 300);
    expect(sameNodesLayer(m, wider) || sameLinksLayer(m, wider)).toBe(false);
  });
});
