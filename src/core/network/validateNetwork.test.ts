import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate';
import { cluster } from '../testing/cluster';

const errorsOf = (input: unknown) => {
  const v = validateScenario(input);
  return v.ok ? [] : v.errors;
};

describe('the network section', () => {
  it('accepts a cluster and fills in its defaults', () => {
    const v = validateScenario(cluster(3));
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.scenario.network?.links).toEqual({
      latency: { kind: 'constant', ticks: 10 },
      bandwidthMbps: 0,
      loss: 0,
      duplicate: 0,
      reorder: 0,
    });
    expect(v.scenario.network?.nodes[0]?.processes[0]?.needs).toEqual({ memoryBytes: 0, gpus: 0, networkMbps: 0 });
    expect(v.scenario.network?.nodes[1]).toEqual({ id: 'n2', cpus: 1, gpus: 0, connections: [], processes: [] });
  });

  it('keeps a scenario without a network as it was', () => {
    const v = validateScenario({ format: 'bcos-scenario', version: 3, processes: [] });
    expect(v.ok && Object.hasOwn(v.scenario, 'network')).toBe(false);
  });

  it('refuses 65 nodes, naming the limit', () => {
    expect(errorsOf(cluster(65))).toEqual([
      expect.objectContaining({
        path: 'network.nodes',
        message: expect.stringContaining('at most 63 further nodes (64 in all'),
      }),
    ]);
    expect(errorsOf(cluster(64))).toEqual([]);
  });

  it('refuses an unknown node and a link to itself wherever they are named', () => {
    const base = cluster(3);
    const net = base.network as Record<string, unknown>;
    const errors = errorsOf({
      ...base,
      node: { id: 'a', connections: ['zz', 'a'] },
      network: {
        ...net,
        overrides: [{ a: 'n1', b: 'n1', loss: 0.5 }],
        topology: { kind: 'edges', edges: [['a', 'nope']] },
      },
    });
    expect(errors.map((e) => e.path)).toEqual([
      'node.connections[0]',
      'node.connections[1]',
      'network.topology.edges[0][1]',
      'network.overrides[0]',
    ]);
    expect(errors[0]?.message).toBe('node.connections[0] "zz" is not a node of the cluster (a, n1, n2)');
    expect(errors[1]?.message).toContain('links "a" to itself');
  });

  it('refuses a message to a process that is not on that node', () => {
    const base = cluster(2);
    const processes = base.processes as Record<string, unknown>[];
    const errors = errorsOf({
      ...base,
      processes: [{ ...processes[0], messages: { steps: [{ kind: 'send', to: { node: 'n1', pid: 9 }, bytes: 1 }] } }],
    });
    expect(errors.map((e) => e.message)).toEqual([
      'processes[0].messages.steps[0].to.pid 9 is no process of node "n1"',
    ]);
  });

  it('names a further node’s own errors under its place', () => {
    const base = cluster(2);
    const net = base.network as { nodes: Record<string, unknown>[] };
    const errors = errorsOf({
      ...base,
      network: {
        ...net,
        nodes: [{ id: 'n1', processes: [{ pid: 1, name: 'x', type: 'USER', arrival: 0, bursts: [-1] }] }],
      },
    });
    expect(errors.map((e) => e.path)).toEqual(['network.nodes[0].processes[0].bursts[0]']);
    expect(errors[0]?.message).toMatch(/^network\.nodes\[0\]\.processes\[0\]\.bursts\[0\] must be/);
  });

  it('refuses a fault on a crashed node and a restart of one that is up, by tick order', () => {
    const ops = [
      { tick: 50, op: 'net', fault: { kind: 'pause', node: 'n1' } },
      { tick: 10, op: 'net', fault: { kind: 'crash', node: 'n1' } },
      { tick: 60, op: 'net', fault: { kind: 'restart', node: 'n1' } },
      { tick: 70, op: 'net', fault: { kind: 'restart', node: 'n1' } },
      { tick: 80, op: 'net', fault: { kind: 'drop', from: 'a', to: 'n1' } },
      { tick: 80, op: 'net', fault: { kind: 'drop', from: 'n1', to: 'n1' } },
    ];
    expect(errorsOf(cluster(3, { operations: ops })).map((e) => e.message)).toEqual([
      'operations[0].fault.node "n1" crashed at tick 10 and has not restarted: a pause needs a node that is up',
      'operations[3].fault.node "n1" is up at tick 70: only a crashed node restarts',
      'operations[5].fault links "n1" to itself: a link joins two different nodes',
    ]);
  });

  it('refuses a link fault where there is no link, and overlapping partition groups', () => {
    const ops = [
      { tick: 1, op: 'net', fault: { kind: 'delay', from: 'a', to: 'n2', ticks: 5 } },
      {
        tick: 2,
        op: 'net',
        fault: {
          kind: 'partition',
          groups: [
            ['a', 'n1'],
            ['n1', 'n2'],
          ],
        },
      },
    ];
    const errors = errorsOf(cluster(4, { operations: ops }));
    expect(errors.map((e) => e.message)).toEqual([
      'operations[0].fault: there is no link between "a" and "n2"',
      'operations[1].fault.groups puts "n1" in two places: each node is in one group (or a bridge)',
    ]);
  });

  it('refuses messages and network faults without a network section', () => {
    const { network: _, ...alone } = cluster(2, { operations: [{ tick: 1, op: 'net', fault: { kind: 'heal' } }] });
    expect(errorsOf(alone).map((e) => e.path)).toEqual(['processes[0].messages', 'operations[0].op']);
  });
});
