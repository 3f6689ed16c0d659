import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { trafficScenario, valid, type TrafficPlan } from '../../testing/cluster';
import { runCluster, runClusterState } from './run';
import { allDelivered } from './deliveredCounts';

const topologies = fc.constantFrom<Record<string, unknown>>(
  { kind: 'mesh' },
  { kind: 'ring' },
  { kind: 'line' },
  { kind: 'star' },
  { kind: 'tree', fanout: 2 },
  { kind: 'grid', columns: 2 },
  { kind: 'random', p: 0.3 },
);

/** 2 to 7 nodes, each sending up to 6 messages to any node (itself included). */
const plans = fc.integer({ min: 2, max: 7 }).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    topology: topologies,
    sends: fc.array(fc.array(fc.integer({ min: 0, max: nodes - 1 }), { maxLength: 6 }), {
      minLength: nodes,
      maxLength: nodes,
    }),
    links: fc.record({
      latency: fc.oneof(
        fc.record({ kind: fc.constant('uniform'), min: fc.constant(1), max: fc.integer({ min: 1, max: 30 }) }),
        fc.record({ kind: fc.constant('exponential'), mean: fc.integer({ min: 1, max: 20 }) }),
      ),
      bandwidthMbps: fc.constantFrom(0, 1, 8),
    }),
    seed: fc.nat(),
  }),
);

describe('messages on a cluster', () => {
  it('without loss, crash or partition: every message arrives exactly once, in order between two nodes', () => {
    fc.assert(
      fc.property(plans, (plan: TrafficPlan) => {
        const cl = runClusterState(valid(trafficScenario(plan)));
        expect(allDelivered(cl.deliveredCount).every((c) => c === 1)).toBe(true);
        expect(cl.messages).toHaveLength(plan.sends.flat().length);
        const lastId = new Map<string, number>();
        for (let i = 0; i < cl.deliveries.length; i += 2) {
          const m = cl.messages[cl.deliveries[i + 1] as number];
          if (!m) continue;
          const pair = `${m.from.node}>${m.to.node}`;
          expect(m.id).toBeGreaterThan(lastId.get(pair) ?? -1);
          lastId.set(pair, m.id);
        }
        // every receiver took every message sent to it and ended
        expect(cl.nodes.every((st) => st.finished && st.terminated === st.procs.length)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('with loss, duplication, reordering, crashes and partitions: nothing delivered that was not sent, every loss accounted for', () => {
    const faults = fc.array(
      fc.record({
        tick: fc.integer({ min: 0, max: 40 }),
        kind: fc.constantFrom('partition', 'heal', 'crash', 'restart'),
        node: fc.integer({ min: 0, max: 6 }),
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(
        plans,
        faults,
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (plan, fs, loss, dup) => {
          const operations = legalFaults(plan.nodes, fs);
          const scenario = valid(
            trafficScenario({ ...plan, operations, links: { ...plan.links, loss, duplicate: dup, reorder: dup } }, 60),
          );
          const r = runCluster(scenario);
          expect(r.network.checker.findings).toEqual([]);
          const { sent, delivered, lost, suppressed } = r.network.messages;
          // each message is delivered once or lost (or both, when one copy got through and another was lost)
          expect(delivered + suppressed).toBeGreaterThanOrEqual(0);
          expect(delivered).toBeLessThanOrEqual(sent);
          expect(delivered + lost).toBeGreaterThanOrEqual(sent);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives the same run from the same seed', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const scenario = valid(
          trafficScenario({ ...plan, links: { ...plan.links, loss: 0.2, duplicate: 0.2, reorder: 0.2 } }, 60),
        );
        expect(runCluster(scenario).network.traceHash).toBe(runCluster(scenario).network.traceHash);
      }),
      { numRuns: 15 },
    );
  });
});

/** Faults that can happen in tick order: a crash of an up node, a restart of a crashed one, partitions in two halves. */
function legalFaults(nodes: number, faults: { tick: number; kind: string; node: number }[]): unknown[] {
  const down = new Set<number>();
  const out: unknown[] = [];
  for (const f of faults.slice().sort((a, b) => a.tick - b.tick)) {
    const node = f.node % nodes;
    const id = `n${node}`;
    if (f.kind === 'crash' && !down.has(node)) {
      down.add(node);
      out.push({ tick: f.tick, op: 'net', fault: { kind: 'crash', node: id } });
    } else if (f.kind === 'restart' && down.has(node)) {
      down.delete(node);
      out.push({ tick: f.tick, op: 'net', fault: { kind: 'restart', node: id } });
    } else if (f.kind === 'partition') {
      const ids = Array.from({ length: nodes }, (_, i) => `n${i}`);
      out.push({
        tick: f.tick,
        op: 'net',
        fault: { kind: 'partition', groups: [ids.slice(0, node + 1), ids.slice(node + 1)] },
      });
    } else if (f.kind === 'heal') out.push({ tick: f.tick, op: 'net', fault: { kind: 'heal' } });
  }
  return out;
}
