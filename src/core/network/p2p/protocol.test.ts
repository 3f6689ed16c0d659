import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { valid } from '../../testing/cluster';
import { runCluster, runClusterState } from '../cluster/run';

/** `n` idle nodes n0… on `topology`, running the protocol with `items` made at ticks on nodes. */
function gossipScenario(n: number, topology: object, protocol: object, operations: unknown[] = [], seed = 1) {
  return valid({
    format: 'bcos-scenario',
    version: 3,
    seed,
    scheduler: { policy: 'FIFO' },
    node: { id: 'n0' },
    processes: [],
    operations,
    network: {
      nodes: Array.from({ length: n - 1 }, (_, i) => ({ id: `n${i + 1}` })),
      topology,
      links: { latency: { kind: 'uniform', min: 5, max: 20 } },
      protocol,
    },
  });
}

/** Two blocks, one on each side of the partition below, and a protocol of `rounds` periods. */
const twoBlocks = (rounds: number) => ({
  rounds,
  items: [
    { tick: 10, node: 'n0', kind: 'block' },
    { tick: 10, node: 'n3', kind: 'block' },
  ],
});

describe('the P2P protocol', () => {
  it('spreads a block to all 32 validators in about the rounds push gossip takes', () => {
    const r = runCluster(
      gossipScenario(32, { kind: 'mesh' }, { fanout: 2, items: [{ tick: 0, node: 'n5', kind: 'block' }] }),
    );
    const g = r.network.gossip;
    expect(g?.theoreticalRounds).toBe(4.89);
    expect(g?.formula).toBe('log_3(32) + ln(32)/2');
    const curve = g?.items[0];
    expect(curve?.reached).toBe(32);
    expect(curve?.perRound[0]).toBe(1);
    // the curve only grows, and ends with everyone, within twice the theory
    expect(curve?.perRound.every((c, i, all) => i === 0 || c >= (all[i - 1] as number))).toBe(true);
    expect(curve?.perRound.at(-1)).toBe(32);
    expect(curve?.rounds).toBeLessThanOrEqual(2 * 4.89);
    expect(r.network.checker.ok).toBe(true);
  });

  it('reaches every node of a connected network, whatever its shape', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.constantFrom<object>(
          { kind: 'ring' },
          { kind: 'line' },
          { kind: 'star' },
          { kind: 'tree', fanout: 3 },
          { kind: 'random', p: 0.2 },
          { kind: 'grid', columns: 3 },
        ),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.nat()), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (n, topology, fanout, made, seed) => {
          const items = made.map(([tick, node]) => ({ tick, node: `n${node % n}`, kind: 'transaction' }));
          const r = runCluster(
            gossipScenario(n, topology, { fanout, pushRounds: 2, rounds: 2 * n + 6, items }, [], seed),
          );
          expect(r.network.gossip?.items.map((c) => c.reached)).toEqual(items.map(() => n));
          expect(r.network.checker.findings).toEqual([]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('suspects a crashed neighbour after its silence and stops when it is back', () => {
    const r = runCluster(
      gossipScenario(3, { kind: 'line' }, { heartbeatEvery: 100, suspectAfter: 250, rounds: 10 }, [
        { tick: 150, op: 'net', fault: { kind: 'crash', node: 'n2' } },
        { tick: 650, op: 'net', fault: { kind: 'restart', node: 'n2' } },
      ]),
    );
    const words = r.network.events
      .filter((e) => e.kind === 'suspect' || e.kind === 'recovered' || e.kind === 'joined')
      .map((e) => `${e.tick} ${e.text}`);
    expect(words).toEqual([
      '0 n0 joins the network: it greets its neighbours',
      '0 n1 joins the network: it greets its neighbours',
      '0 n2 joins the network: it greets its neighbours',
      expect.stringMatching(/^400 n1 suspects n2: no heartbeat for 2\d\d ticks$/),
      '650 n2 joins the network: it greets its neighbours',
      expect.stringMatching(/^6\d\d n1 hears from n2 again and stops suspecting it$/),
    ]);
  });

  it('brings ledger copies together after a partition heals, and names the tick when they still differ', () => {
    const split = [
      {
        tick: 0,
        op: 'net',
        fault: {
          kind: 'partition',
          groups: [
            ['n0', 'n1'],
            ['n2', 'n3'],
          ],
        },
      },
      { tick: 500, op: 'net', fault: { kind: 'heal' } },
    ];
    const healed = runCluster(gossipScenario(4, { kind: 'ring' }, twoBlocks(12), split));
    expect(healed.network.checker.ok).toBe(true);
    expect(healed.network.gossip?.items.map((c) => c.reached)).toEqual([4, 4]);
    // the protocol stops at the heal: no round is left to bring the copies together
    const cut = runCluster(gossipScenario(4, { kind: 'ring' }, twoBlocks(5), split));
    expect(cut.network.checker.ok).toBe(false);
    expect(cut.network.checker.findings[0]).toMatchObject({ rule: 'ledgersAgree', tick: cut.network.ticks });
  });
});

describe('clock skew', () => {
  it('moves a node’s rounds by its skew', () => {
    const cl = runClusterState(
      gossipScenario(2, { kind: 'line' }, { heartbeatEvery: 100, rounds: 4 }, [
        { tick: 10, op: 'net', fault: { kind: 'skew', node: 'n1', ticks: 30 } },
      ]),
    );
    const beats = (node: number) =>
      cl.messages.filter((m) => m.body.kind === 'heartbeat' && m.from.node === node).map((m) => m.sentAt);
    expect(beats(0)).toEqual([0, 100, 200, 300]);
    // 30 ticks ahead: its round due at 100 comes at 70
    expect(beats(1)).toEqual([0, 70, 170, 270, 370]);
  });
});
