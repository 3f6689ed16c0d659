import { performance } from 'node:perf_hooks';
import { validateScenario, type Scenario } from '../core/index';
import { runClusterState } from '../core/network/cluster/run';
import { networkResult, nodeResults } from '../core/network/cluster/result';
import { ClusterSimulation } from '../core/network/cluster/clusterSimulation';
import { groupedDigits } from '../core/groupedDigits';

/** 64 idle nodes on a full mesh whose protocol sends `rounds` rounds of heartbeats: 64 · 63 = 4,032 a round. */
function heartbeatMesh(rounds: number): Scenario {
  const v = validateScenario({
    format: 'bcos-scenario',
    version: 3,
    scheduler: { policy: 'FIFO' },
    node: { id: 'n0' },
    processes: [],
    network: {
      nodes: Array.from({ length: 63 }, (_, i) => ({ id: `n${i + 1}` })),
      topology: { kind: 'mesh' },
      links: { latency: { kind: 'uniform', min: 2, max: 40 }, bandwidthMbps: 100, loss: 0.01 },
      protocol: {
        heartbeatEvery: 50,
        suspectAfter: 200,
        rounds,
        fanout: 2,
        items: [{ tick: 0, node: 'n0', kind: 'block' }],
      },
    },
  });
  if (!v.ok) throw new Error(v.errors[0]?.message);
  return v.scenario;
}

/**
 * 64 processes on 64 nodes, each sending `each` messages to the next node's receiver round a ring of nodes (one
 * send a tick of CPU time): the kernel of every node steps each send, block and wake.
 */
function processRing(each: number): Scenario {
  const proc = (i: number) => [
    {
      pid: 1,
      name: 'sender',
      type: 'NETWORK_NODE',
      arrival: 0,
      bursts: [each + 1],
      messages: { repeat: each, steps: [{ kind: 'send', to: { node: `n${(i + 1) % 64}`, pid: 2 }, bytes: 100 }] },
    },
    {
      pid: 2,
      name: 'receiver',
      type: 'NETWORK_NODE',
      arrival: 0,
      bursts: [each + 1],
      messages: { repeat: each, steps: [{ kind: 'receive' }] },
    },
  ];
  const v = validateScenario(
    {
      format: 'bcos-scenario',
      version: 3,
      scheduler: { policy: 'RR', quantum: 4 },
      node: { id: 'n0' },
      processes: proc(0),
      network: {
        nodes: Array.from({ length: 63 }, (_, i) => ({ id: `n${i + 1}`, processes: proc(i + 1) })),
        topology: { kind: 'ring' },
      },
    },
    { envelope: false },
  );
  if (!v.ok) throw new Error(v.errors[0]?.message);
  return v.scenario;
}

/**
 * A cluster of 64 nodes headless: a million messages of the protocol over a lossy mesh (the network alone: links,
 * queues, routes, failure detection), and the same nodes' processes exchanging messages through their kernels.
 * The checker's time is given apart.
 */
export function networkBenchmarks(): { name: string; ms: number; detail: string; targetMs?: number }[] {
  const rows: { name: string; ms: number; detail: string; targetMs?: number }[] = [];
  const mesh = heartbeatMesh(248);
  const t0 = performance.now();
  const cl = runClusterState(mesh);
  const ms = performance.now() - t0;
  const t1 = performance.now();
  const result = networkResult(cl, nodeResults(cl));
  rows.push({
    name: '64 nodes, 1M protocol messages (mesh, 1 % loss)',
    ms,
    targetMs: 2000,
    detail: `${groupedDigits(cl.messages.length)} sent, ${groupedDigits(result.messages.delivered)} delivered, checker ${result.checker.ok ? 'ok' : 'FAILED'} in ${Math.round(performance.now() - t1)} ms`,
  });
  rows.push(...seekRows(mesh));
  const ring = processRing(1563);
  const t2 = performance.now();
  const cr = runClusterState(ring);
  const ms2 = performance.now() - t2;
  const events = cr.nodes.reduce((n, st) => n + st.events.length, 0);
  rows.push({
    name: '64 nodes, 100k process messages (ring, kernels)',
    ms: ms2,
    detail: `${groupedDigits(cr.messages.length)} sent, ${groupedDigits(cr.deliveries.length / 2)} delivered, ${groupedDigits(events)} kernel events`,
  });
  return rows;
}

/**
 * The same run as the Network view has it, kept for rewinding (checkpoints of the whole cluster): run to its end,
 * then a step back and jumps back and forth across it, as a person scrubbing the time slider does.
 */
function seekRows(scenario: Scenario): { name: string; ms: number; detail: string; targetMs?: number }[] {
  const sim = new ClusterSimulation(scenario);
  const t0 = performance.now();
  const end = sim.runToEnd();
  const runMs = performance.now() - t0;
  const times: number[] = [];
  for (const at of [end - 1, end >> 1, (end >> 1) - 1, 10, end, Math.floor(end / 3), end - 2]) {
    const t = performance.now();
    sim.seek(at);
    times.push(performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return [
    {
      name: '64 nodes, 1M protocol messages, kept for rewinding',
      ms: runMs,
      detail: `to tick ${end}, checkpoints taken`,
    },
    {
      name: 'that run: a step back, jumps back and forth (7)',
      ms: sorted[sorted.length - 1] as number,
      detail: `worst; median ${Math.round(sorted[sorted.length >> 1] as number)} ms, step back ${Math.round(times[0] as number)} ms`,
    },
  ];
}
