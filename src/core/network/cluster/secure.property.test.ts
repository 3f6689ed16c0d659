import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { trafficScenario, valid, type TrafficPlan } from '../../testing/cluster';
import { nodeResults } from './result';
import { runCluster, runClusterState } from './run';
import { deliveredOf } from './deliveredCounts';

/**
 * Small runs: signing and checking a message costs milliseconds here. 2 to 4 nodes, each sending up to 3 messages
 * to any node (itself included), over links that lose, duplicate and reorder.
 */
const plans = fc.integer({ min: 2, max: 4 }).chain((nodes) =>
  fc.record({
    nodes: fc.constant(nodes),
    topology: fc.constantFrom<Record<string, unknown>>({ kind: 'mesh' }, { kind: 'ring' }, { kind: 'line' }),
    sends: fc.array(fc.array(fc.integer({ min: 0, max: nodes - 1 }), { maxLength: 3 }), {
      minLength: nodes,
      maxLength: nodes,
    }),
    links: fc.record({
      latency: fc.record({ kind: fc.constant('uniform'), min: fc.constant(1), max: fc.integer({ min: 1, max: 20 }) }),
      loss: fc.constantFrom(0, 0.2),
      duplicate: fc.constantFrom(0, 0.3),
      reorder: fc.constantFrom(0, 0.3),
    }),
    seed: fc.nat(),
  }),
);

const modes = fc.constantFrom('signed', 'encrypted');

function secured(plan: TrafficPlan, security: string, timeout?: number): Record<string, unknown> {
  const s = trafficScenario(plan, timeout);
  return { ...s, network: { ...(s.network as Record<string, unknown>), security } };
}

/** Attacks by any node on any other, after the honest messages have left (they go at ticks 1 to 3). */
const attacksOn = (nodes: number) =>
  fc.array(
    fc.record({
      tick: fc.integer({ min: 5, max: 60 }),
      node: fc.integer({ min: 0, max: nodes - 1 }),
      attack: fc.constantFrom('tamper', 'replay', 'impersonate', 'forge'),
      field: fc.constantFrom('counter', 'header', 'nonce', 'body', 'digest', 'signature'),
    }),
    { minLength: 1, maxLength: 4 },
  );

describe('security on a cluster', () => {
  it('delivers honest traffic exactly as without security: the same deliveries at the same ticks', () => {
    fc.assert(
      fc.property(plans, modes, (plan, mode) => {
        const plain = runClusterState(valid(trafficScenario(plan, 200)));
        const sealed = runClusterState(valid(secured(plan, mode, 200)));
        expect(sealed.deliveries).toEqual(plain.deliveries);
        expect(nodeResults(sealed).map((r) => r.traceHash)).toEqual(nodeResults(plain).map((r) => r.traceHash));
        const between = plain.messages.filter((m) => m.from.node !== m.to.node).length;
        expect(sealed.security?.sealed).toBe(between);
        // a link's copy of a process's message is suppressed before it is opened: nothing honest is rejected
        expect(sealed.security?.log.every((e) => e.verdict === 'accepted')).toBe(true);
      }),
      { numRuns: 10 },
    );
  });

  it('rejects every tampered, replayed, impersonated or forged message and never delivers one', () => {
    const cases = plans.chain((plan) => fc.record({ plan: fc.constant(plan), attacks: attacksOn(plan.nodes) }));
    let launched = 0;
    fc.assert(
      fc.property(cases, modes, ({ plan, attacks }, mode) => {
        const operations = attacks.map(({ tick, node, attack, field }) => ({
          tick,
          op: 'net',
          fault: { kind: 'attack', node: `n${node}`, attack, ...(attack === 'tamper' && { field }) },
        }));
        const calm = { ...plan, links: { ...plan.links, loss: 0 }, operations };
        const cl = runClusterState(valid(secured(calm, mode, 200)));
        const sec = cl.security!;
        const refused = cl.log.filter((e) => e.kind === 'faultRefused').length;
        expect(sec.attacks.length + refused).toBe(attacks.length);
        launched += sec.attacks.length;
        const rejected = new Set(sec.log.filter((e) => e.verdict === 'rejected').map((e) => e.messageId));
        for (const a of sec.attacks) {
          // a replay that overtakes its original on the way is taken, and the original refused: never both
          const turnedAway = a.attack === 'replay' && rejected.has(a.of) ? a.of : a.id;
          expect(deliveredOf(cl.deliveredCount, turnedAway)).toBe(0);
          expect(rejected.has(turnedAway)).toBe(true);
        }
        // and only attacks, or the originals replays overtook, are rejected
        const attackIds = sec.attacks.flatMap((a) => (a.attack === 'replay' ? [a.id, a.of] : [a.id]));
        expect([...rejected].every((id) => attackIds.includes(id))).toBe(true);
        expect(runCluster(valid(secured(calm, mode, 200))).network.checker.findings).toEqual([]);
      }),
      { numRuns: 10 },
    );
    // most attackers have sent something to start from: the property is not about refusals alone
    expect(launched).toBeGreaterThan(0);
  });

  it('gives the same run from the same seed, twice', () => {
    const cases = plans.chain((plan) => fc.record({ plan: fc.constant(plan), attacks: attacksOn(plan.nodes) }));
    fc.assert(
      fc.property(cases, modes, ({ plan, attacks }, mode) => {
        const operations = attacks.map(({ tick, node, attack }) => ({
          tick,
          op: 'net',
          fault: { kind: 'attack', node: `n${node}`, attack },
        }));
        const scenario = valid(secured({ ...plan, operations }, mode, 200));
        expect(JSON.stringify(runCluster(scenario))).toBe(JSON.stringify(runCluster(scenario)));
      }),
      { numRuns: 5 },
    );
  });
});
