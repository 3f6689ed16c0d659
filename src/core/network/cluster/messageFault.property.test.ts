import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { trafficScenario, valid } from '../../testing/cluster';
import type { ScheduledOperation } from '../../scenario/types';
import { checkCluster } from './checker';
import { ClusterSimulation } from './clusterSimulation';

/** 2 to 5 nodes on a line or a ring, each sending up to 5 messages to other nodes, over lossless links. */
const plans = fc.integer({ min: 2, max: 5 }).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    topology: fc.constantFrom<Record<string, unknown>>({ kind: 'line' }, { kind: 'ring' }, { kind: 'mesh' }),
    sends: fc.array(fc.array(fc.integer({ min: 0, max: nodes - 1 }), { minLength: 1, maxLength: 5 }), {
      minLength: nodes,
      maxLength: nodes,
    }),
    links: fc.record({
      latency: fc.record({ kind: fc.constant('uniform'), min: fc.constant(1), max: fc.integer({ min: 2, max: 30 }) }),
    }),
    seed: fc.nat(),
  }),
);

describe('a fault on one message on its way', () => {
  it('a drop loses it for good, a duplicate brings a second copy, a delay holds it; every loss is accounted for', () => {
    fc.assert(
      fc.property(
        plans,
        fc.integer({ min: 1, max: 40 }),
        fc.nat(),
        fc.constantFrom('drop', 'duplicate', 'delay'),
        (plan, tick, pick, kind) => {
          const sends = plan.sends.map((s, i) => s.filter((t) => t !== i));
          const scenario = valid(trafficScenario({ ...plan, sends }, 300));
          const sim = new ClusterSimulation(scenario);
          sim.seek(tick);
          const onLinks = sim.cluster.inflight.filter((h) => h[3] !== h[4]);
          const hop = onLinks[pick % Math.max(1, onLinks.length)];
          if (!hop) return;
          const [, , id, to, from] = hop;
          const ids = sim.cluster.ids;
          const aim = { from: ids[from] as string, to: ids[to] as string, message: id };
          const fault =
            kind === 'delay'
              ? { kind, ...aim, ticks: 25 }
              : ({ kind, ...aim } as { kind: 'drop'; from: string; to: string });
          const arrival = hop[0];
          sim.addOperation({ tick, op: 'net', fault } as ScheduledOperation);
          sim.runToEnd();
          const cl = sim.cluster;
          expect(cl.log.some((e) => e.kind === 'faultRefused')).toBe(false);
          expect(checkCluster(cl).findings).toEqual([]);
          const deliveredAt = [];
          for (let i = 0; i < cl.deliveries.length; i += 2)
            if (cl.deliveries[i + 1] === id) deliveredAt.push(cl.deliveries[i] as number);
          if (kind === 'drop') {
            expect(deliveredAt).toEqual([]);
            expect(cl.log).toContainEqual(expect.objectContaining({ kind: 'lost', id, reason: 'faultDrop' }));
          } else if (kind === 'duplicate') {
            // a process's message is delivered once; the second copy is suppressed at its receiver
            expect(deliveredAt).toHaveLength(1);
            expect(cl.log).toContainEqual(expect.objectContaining({ kind: 'suppressed', id }));
          } else {
            expect(deliveredAt).toHaveLength(1);
            expect(deliveredAt[0]).toBeGreaterThanOrEqual(arrival + 25);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
