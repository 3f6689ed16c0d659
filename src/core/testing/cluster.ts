import { validateScenario } from '../scenario/validate';
import type { Scenario } from '../scenario/types';

/** A cluster of `n` nodes (a, then n1, n2, …) on a ring, with a sender on a and a receiver on n1. */
export function cluster(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'bcos-scenario',
    version: 3,
    scheduler: { policy: 'FIFO' },
    node: { id: 'a' },
    processes: [
      {
        pid: 1,
        name: 'sender',
        type: 'NETWORK_NODE',
        arrival: 0,
        bursts: [4],
        messages: { steps: [{ kind: 'send', to: { node: 'n1', pid: 1 }, bytes: 100 }] },
      },
    ],
    network: {
      nodes: Array.from({ length: n - 1 }, (_, i) => ({
        id: `n${i + 1}`,
        ...(i === 0 && {
          processes: [
            {
              pid: 1,
              name: 'receiver',
              type: 'NETWORK_NODE',
              arrival: 0,
              bursts: [2],
              messages: { steps: [{ kind: 'receive' }] },
            },
          ],
        }),
      })),
      topology: { kind: 'ring' },
    },
    ...extra,
  };
}

/** A scenario known to be valid (tests): its validation's errors are thrown. */
export function valid(input: unknown): Scenario {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('\n'));
  return v.scenario;
}

/** A plan of traffic: each node's sends, in order, as places of the nodes they go to. */
export interface TrafficPlan {
  nodes: number;
  topology: Record<string, unknown>;
  sends: number[][];
  links?: Record<string, unknown>;
  operations?: unknown[];
  seed?: number;
}

/**
 * A cluster where node i's P1 sends `sends[i]` in order (100 bytes each, one a tick of its CPU time) to P2 of each
 * target, and each node's P2 receives as many messages as are sent to it (a receive with a timeout of `timeout`
 * ticks when given, so a lost message does not leave it waiting for ever).
 */
export function trafficScenario(plan: TrafficPlan, timeout?: number): Record<string, unknown> {
  const ids = Array.from({ length: plan.nodes }, (_, i) => `n${i}`);
  const incoming = ids.map((_, i) => plan.sends.flat().filter((t) => t === i).length);
  const processes = (i: number) => [
    ...((plan.sends[i]?.length ?? 0) > 0
      ? [
          {
            pid: 1,
            name: 'sender',
            type: 'NETWORK_NODE',
            arrival: 0,
            bursts: [(plan.sends[i] as number[]).length + 1],
            messages: {
              steps: (plan.sends[i] as number[]).map((t) => ({
                kind: 'send',
                to: { node: ids[t], pid: 2 },
                bytes: 100,
              })),
            },
          },
        ]
      : []),
    {
      pid: 2,
      name: 'receiver',
      type: 'NETWORK_NODE',
      arrival: 0,
      bursts: [(incoming[i] as number) + 1],
      ...((incoming[i] as number) > 0 && {
        messages: { repeat: incoming[i], steps: [{ kind: 'receive', ...(timeout !== undefined && { timeout }) }] },
      }),
    },
  ];
  return {
    format: 'bcos-scenario',
    version: 3,
    seed: plan.seed ?? 1,
    scheduler: { policy: 'RR', quantum: 2 },
    node: { id: 'n0' },
    processes: processes(0),
    operations: plan.operations ?? [],
    network: {
      nodes: ids.slice(1).map((id, k) => ({ id, processes: processes(k + 1) })),
      topology: plan.topology,
      ...(plan.links && { links: plan.links }),
    },
  };
}
