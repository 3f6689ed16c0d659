import { describe, expect, it } from 'vitest';
import { LIGHT_CANVAS } from '../theme/canvasPalette';
import { ringFrame } from './clusterFixture';
import { clearLayer, drawDots, drawLinks, drawNodes, drawTopology, MESSAGE_COLOURS } from './drawTopology';
import { toTopologyModel } from './topologyModel';

type Call = { method: string; args: unknown[]; fillStyle: unknown; strokeStyle: unknown };

/** A 2D context that records every method call (with the colours at the time) and accepts any property. */
function fakeContext(): { ctx: CanvasRenderingContext2D; calls: Call[] } {
  const calls: Call[] = [];
  const props: Record<string, unknown> = {};
  const ctx = new Proxy(props, {
    get(target, key: string) {
      if (key in target) return target[key];
      return (...args: unknown[]) =>
        void calls.push({ method: key, args, fillStyle: target.fillStyle, strokeStyle: target.strokeStyle });
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('drawTopology', () => {
  it('draws every link, one fill per kind of message, and every node with its name', () => {
    const frame = ringFrame(6, [
      { id: 0, from: 0, to: 1, sentAt: 0, arrivesAt: 10, kind: 'gossip' },
      { id: 1, from: 2, to: 3, sentAt: 0, arrivesAt: 10, kind: 'gossip' },
      { id: 2, from: 4, to: 5, sentAt: 0, arrivesAt: 10, kind: 'data' },
    ]);
    const { ctx, calls } = fakeContext();
    drawTopology(ctx, toTopologyModel(frame, 5, 400, 300), LIGHT_CANVAS);
    expect(calls.filter((c) => c.method === 'lineTo')).toHaveLength(6);
    const fills = calls.filter((c) => c.method === 'fill').map((c) => c.fillStyle);
    expect(fills.filter((f) => f === MESSAGE_COLOURS.gossip)).toHaveLength(1);
    expect(fills.filter((f) => f === MESSAGE_COLOURS.data)).toHaveLength(1);
    expect(calls.filter((c) => c.method === 'fillText').map((c) => c.args[0])).toEqual([
      'n0',
      'n1',
      'n2',
      'n3',
      'n4',
      'n5',
    ]);
  });

  it('greys and crosses a crashed node, marks a paused one, dashes a cut link and says what waits', () => {
    const frame = ringFrame(3);
    frame.nodes[1]!.status = 'down';
    frame.nodes[2]!.status = 'paused';
    frame.nodes[2]!.held = 2;
    frame.links[0]!.cut = true;
    const { ctx, calls } = fakeContext();
    drawTopology(ctx, toTopologyModel(frame, 0, 300, 300), LIGHT_CANVAS);
    const nodeFills = calls.filter((c) => c.method === 'fill').map((c) => c.fillStyle);
    expect(nodeFills).toEqual([LIGHT_CANVAS.background, '#c8c8cc', LIGHT_CANVAS.background]);
    // the cross: two strokes from corner to corner after the crashed node's circle
    expect(calls.filter((c) => c.method === 'stroke' && c.strokeStyle === LIGHT_CANVAS.muted)).toHaveLength(1);
    expect(calls.filter((c) => c.method === 'fillRect')).toHaveLength(3); // the background and two bars
    expect(calls.filter((c) => c.method === 'setLineDash').map((c) => c.args[0])).toContainEqual([4, 4]);
    expect(calls.filter((c) => c.method === 'fillText').map((c) => c.args[0])).toContain('n2 (2 held)');
  });

  it('stays cheap for 64 nodes and 400 messages: one path per kind, a few thousand calls', () => {
    const flights = Array.from({ length: 400 }, (_, i) => ({
      id: i,
      from: i % 64,
      to: (i + 1) % 64,
      sentAt: 0,
      arrivesAt: 10,
      kind: (['data', 'gossip', 'heartbeat'] as const)[i % 3]!,
    }));
    const { ctx, calls } = fakeContext();
    drawTopology(ctx, toTopologyModel(ringFrame(64, flights), 3, 1200, 700), LIGHT_CANVAS);
    expect(calls.filter((c) => c.method === 'fill').length).toBe(3 + 64);
    expect(calls.length).toBeLessThan(4000);
  });

  it('draws the same as its three layers drawn one over another, each layer only its own part', () => {
    const frame = ringFrame(5, [
      { id: 0, from: 0, to: 1, sentAt: 0, arrivesAt: 10, kind: 'gossip' },
      { id: 1, from: 3, to: 2, sentAt: 0, arrivesAt: 10, kind: 'heartbeat' },
    ]);
    frame.nodes[2]!.status = 'paused';
    const m = toTopologyModel(frame, 4, 400, 300);
    const whole = fakeContext();
    drawTopology(whole.ctx, m, LIGHT_CANVAS, 2);
    const layers = fakeContext();
    drawLinks(layers.ctx, m, LIGHT_CANVAS, 2);
    drawDots(layers.ctx, m, 2);
    drawNodes(layers.ctx, m, LIGHT_CANVAS, 2);
    expect(layers.calls).toEqual(whole.calls);

    const part = (draw: (ctx: CanvasRenderingContext2D) => void) => {
      const { ctx, calls } = fakeContext();
      draw(ctx);
      return calls;
    };
    const links = part((ctx) => drawLinks(ctx, m, LIGHT_CANVAS));
    expect(links.filter((c) => c.method === 'lineTo')).toHaveLength(5);
    expect(links.filter((c) => c.method === 'arc' || c.method === 'fillText')).toEqual([]);
    const dots = part((ctx) => drawDots(ctx, m));
    expect(dots.filter((c) => c.method === 'arc')).toHaveLength(2);
    expect(dots.filter((c) => c.method === 'fill').map((c) => c.fillStyle)).toEqual([
      MESSAGE_COLOURS.heartbeat,
      MESSAGE_COLOURS.gossip,
    ]);
    expect(dots.filter((c) => c.method === 'fillRect' || c.method === 'stroke')).toEqual([]);
    const nodes = part((ctx) => drawNodes(ctx, m, LIGHT_CANVAS));
    expect(nodes.filter((c) => c.method === 'fillText')).toHaveLength(5);
    expect(nodes.filter((c) => c.method === 'lineTo')).toEqual([]);
    // A layer the others show through is cleared, not painted over.
    const cleared = part((ctx) => clearLayer(ctx, m, 2));
    expect(cleared.map((c) => c.method)).toEqual(['setTransform', 'clearRect']);
    expect(cleared[1]!.args).toEqual([0, 0, 400, 300]);
  });
});
