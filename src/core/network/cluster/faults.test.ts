import { describe, expect, it } from 'vitest';
import { trafficScenario, valid } from '../../testing/cluster';
import { netNodeText, type NetNodeEvent } from '../subsystem/events';
import type { NetRun } from '../subsystem/state';
import { runCluster, runClusterState } from './run';

const net = (ops: unknown[], extra: Partial<Parameters<typeof trafficScenario>[0]> = {}, timeout?: number) =>
  valid(
    trafficScenario(
      { nodes: 3, topology: { kind: 'line' }, sends: [[2, 2, 2], [], []], operations: ops, ...extra },
      timeout,
    ),
  );

/** The network's own events in words (not its nodes' processes'). */
const NETWORK_KINDS = new Set([
  'lost',
  'duplicated',
  'suppressed',
  'delayed',
  'reordered',
  'held',
  'fault',
  'faultRefused',
]);
const texts = (r: ReturnType<typeof runCluster>) =>
  r.network.events.filter((e) => NETWORK_KINDS.has(e.kind)).map((e) => `${e.tick} ${e.text}`);

describe('network faults', () => {
  it('a partition cuts the links between groups and a heal joins them; each loss says why', () => {
    const r = runCluster(
      net(
        [
          { tick: 1, op: 'net', fault: { kind: 'partition', groups: [['n0'], ['n1', 'n2']] } },
          { tick: 2, op: 'net', fault: { kind: 'heal' } },
        ],
        {},
        100,
      ),
    );
    expect(texts(r)).toEqual([
      '1 partition {n0} | {n1, n2}: links between groups are cut',
      '1 message #0 lost at n0: the link is cut by a partition',
      '2 the partition heals: every link is whole again',
    ]);
    expect(r.network.messages).toMatchObject({ sent: 3, delivered: 2, lost: 1 });
    expect(r.network.checker.ok).toBe(true);
  });

  it('a bridge node keeps its links to every side of a partial partition', () => {
    const r = runCluster(
      net([{ tick: 0, op: 'net', fault: { kind: 'partition', groups: [['n0'], ['n2']], bridge: ['n1'] } }]),
    );
    expect(r.network.messages).toMatchObject({ sent: 3, delivered: 3, lost: 0 });
  });

  it('drops, duplicates and delays the next message of a link, and keeps a process message to once', () => {
    const r = runCluster(
      net(
        [
          { tick: 0, op: 'net', fault: { kind: 'drop', from: 'n0', to: 'n1' } },
          { tick: 2, op: 'net', fault: { kind: 'duplicate', from: 'n1', to: 'n2' } },
          { tick: 2, op: 'net', fault: { kind: 'delay', from: 'n0', to: 'n1', ticks: 50 } },
        ],
        {},
        200,
      ),
    );
    expect(texts(r)).toEqual([
      '0 the next message from n0 to n1 will be dropped',
      '1 message #0 lost at n0: a drop fault took it off the link',
      '2 the next message from n1 to n2 will arrive twice',
      '2 the next message from n0 to n1 will be held 50 ticks more',
      '3 message #1 is held 50 ticks on n0→n1 by a delay fault',
      '63 message #1 arrives twice over n1→n2: a duplicate fault',
      "74 a second copy of message #1 reaches n2 and is dropped: a process's message is delivered exactly once",
    ]);
    expect(r.network.messages).toMatchObject({ sent: 3, delivered: 2, lost: 1, duplicated: 1, suppressed: 1 });
    expect(r.network.checker.ok).toBe(true);
  });

  it('drops, duplicates and delays one message on its way by its number', () => {
    const r = runCluster(
      net(
        [
          { tick: 5, op: 'net', fault: { kind: 'drop', from: 'n0', to: 'n1', message: 1 } },
          { tick: 5, op: 'net', fault: { kind: 'duplicate', from: 'n0', to: 'n1', message: 2 } },
          { tick: 5, op: 'net', fault: { kind: 'delay', from: 'n0', to: 'n1', ticks: 30, message: 0 } },
        ],
        {},
        200,
      ),
    );
    expect(texts(r)).toEqual([
      '5 message #1, on its way from n0 to n1, is dropped: every copy on the wire is taken off',
      '5 message #1 lost at n0: a drop fault took it off the link',
      '5 message #2, on its way from n0 to n1, will arrive twice: a copy follows it a tick behind',
      '5 message #2 arrives twice over n0→n1: a duplicate fault',
      '5 message #0, on its way from n0 to n1, is held 30 ticks more',
      '5 message #0 is held 30 ticks on n0→n1 by a delay fault',
      "25 a second copy of message #2 reaches n2 and is dropped: a process's message is delivered exactly once",
    ]);
    expect(r.network.messages).toMatchObject({ sent: 3, delivered: 2, lost: 1, duplicated: 1, suppressed: 1 });
    expect(r.network.checker.ok).toBe(true);
  });

  it('refuses a fault on a message that is not on that link now, saying why', () => {
    const r = runCluster(
      net([
        { tick: 5, op: 'net', fault: { kind: 'drop', from: 'n0', to: 'n1', message: 7 } },
        { tick: 12, op: 'net', fault: { kind: 'duplicate', from: 'n0', to: 'n1', message: 0 } },
        { tick: 40, op: 'net', fault: { kind: 'delay', from: 'n1', to: 'n2', ticks: 5, message: 0 } },
      ]),
    );
    expect(texts(r).filter((t) => t.includes('refused'))).toEqual([
      '5 refused: message #7, on its way from n0 to n1, is dropped: every copy on the wire is taken off: there is no message #7: 3 messages were sent so far (#0 to #2)',
      '12 refused: message #0, on its way from n0 to n1, will arrive twice: a copy follows it a tick behind: message #0 cannot be taken: it is not on the wire from n0 to n1 now; only a message on its way can be dropped, duplicated or delayed',
      '40 refused: message #0, on its way from n1 to n2, is held 5 ticks more: message #0 cannot be taken: it was delivered already; only a message on its way can be dropped, duplicated or delayed',
    ]);
    expect(r.network.messages).toMatchObject({ sent: 3, delivered: 3, lost: 0 });
  });

  it('a crash loses the node’s processes and what reaches it; a restart boots it without them', () => {
    const r = runCluster(
      net([
        { tick: 0, op: 'net', fault: { kind: 'crash', node: 'n2' } },
        { tick: 30, op: 'net', fault: { kind: 'restart', node: 'n2' } },
      ]),
    );
    expect(texts(r)).toEqual([
      '0 n2 crashes: 1 process and their memory lost',
      '21 message #0 lost at n2: the node is down (crashed)',
      '23 message #1 lost at n2: the node is down (crashed)',
      '24 message #2 lost at n2: the node is down (crashed)',
      '30 n2 restarts',
    ]);
    expect(r.network.nodes[2]).toMatchObject({ status: 'up', processes: 0 });
    expect(r.network.checker.ok).toBe(true);
  });

  it('a paused node holds what reaches it until it resumes', () => {
    const cl = runClusterState(
      net([
        { tick: 0, op: 'net', fault: { kind: 'pause', node: 'n2' } },
        { tick: 100, op: 'net', fault: { kind: 'resume', node: 'n2' } },
      ]),
    );
    const held = cl.log.filter((e) => e.kind === 'held');
    expect(held).toHaveLength(3);
    // delivered the tick after the resume, in the order they came
    expect(cl.deliveries).toEqual([101, 0, 101, 1, 101, 2]);
  });

  it('refuses a fault the cluster cannot do now, changing nothing', () => {
    const scenario = net([]);
    const withFault = {
      ...scenario,
      operations: [{ tick: 1, op: 'net' as const, fault: { kind: 'resume' as const, node: 'n1' } }],
    };
    const r = runCluster(withFault);
    expect(texts(r)).toEqual(['1 refused: n1 resumes: what waited goes on: n1 is not paused']);
    expect(r.network.messages).toMatchObject(runCluster(scenario).network.messages);
  });
});

const log = (r: NetRun) => r.log.map((e: NetNodeEvent) => `${e.tick} ${e.kind}`);
const netOf = (cl: ReturnType<typeof runClusterState>, i: number) => cl.nodes[i]?.sub.net as NetRun;

describe('process messages', () => {
  it('a sender WAITs while its bytes leave at its networkMbps', () => {
    const s = net([]);
    const sender = {
      ...(s.processes[0] as (typeof s.processes)[number]),
      needs: { memoryBytes: 0, gpus: 0, networkMbps: 1 },
    };
    const cl = runClusterState({ ...s, processes: [sender] });
    // 100 bytes at 1 Mbit/s (12.5 bytes a tick) take 8 ticks
    expect(netOf(cl, 0).stats.sendTicks).toBe(24);
    expect(netOf(cl, 0).log.map(netNodeText)[0]).toBe(
      'P1 sends 100 bytes to P2 on n2: WAITING 8 ticks while they leave at 1 Mbit/s',
    );
  });

  it('a request waits for its reply from a serving process, or times out', () => {
    const base = valid(trafficScenario({ nodes: 2, topology: { kind: 'line' }, sends: [[], []] }));
    const client = {
      pid: 1,
      name: 'client',
      type: 'NETWORK_NODE' as const,
      priority: 0,
      arrival: 0,
      bursts: [3],
      needs: { memoryBytes: 0, gpus: 0, networkMbps: 0 },
      messages: {
        every: 1,
        repeat: 2,
        steps: [{ kind: 'request' as const, to: { node: 'n1', pid: 2 }, bytes: 50, timeout: 40 }],
      },
    };
    const server = {
      ...client,
      pid: 2,
      name: 'server',
      bursts: [2],
      messages: { every: 1, repeat: 1, steps: [{ kind: 'serve' as const, bytes: 10 }] },
    };
    const network = base.network as NonNullable<typeof base.network>;
    const cl = runClusterState({
      ...base,
      processes: [client],
      network: {
        ...network,
        nodes: [{ ...(network.nodes[0] as (typeof network.nodes)[number]), processes: [server] }],
      },
    });
    expect(log(netOf(cl, 0))).toEqual(['1 request', '1 waits', '21 receive', '22 request', '22 waits', '62 timeout']);
    expect(log(netOf(cl, 1))).toEqual(['1 waits', '11 receive', '11 reply']);
  });
});
