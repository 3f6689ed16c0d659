import { ClusterSimulation } from '../network/cluster/clusterSimulation';
import { networkResult, nodeResults } from '../network/cluster/result';
import type { ClusterState } from '../network/cluster/state';
import type { Scenario } from '../scenario/types';
import { valid } from './cluster';

/** What a migration scenario varies: the workload on n0, the operations, the link, the other nodes' memory. */
export interface MigrationPlan {
  /** each process on n0: its CPU and I/O bursts and its memory in bytes */
  processes: { bursts: number[]; memoryBytes?: number }[];
  operations: unknown[];
  nodes?: number;
  bandwidthMbps?: number;
  latency?: number;
  /** each further node's memory section (none: it has none) */
  memory?: Record<string, unknown>;
  balance?: Record<string, unknown>;
  seed?: number;
}

/** A line of nodes n0, n1, … where n0 runs the plan's processes (P1, P2, …) and the others start idle. */
export function migrationScenario(plan: MigrationPlan): Scenario {
  const n = plan.nodes ?? 3;
  return valid({
    format: 'bcos-scenario',
    version: 3,
    seed: plan.seed ?? 7,
    scheduler: { policy: 'RR', quantum: 4 },
    node: { id: 'n0' },
    processes: plan.processes.map((p, i) => ({
      pid: i + 1,
      name: `job${i + 1}`,
      type: 'DATA_PROCESSING',
      arrival: 0,
      bursts: p.bursts,
      needs: { memoryBytes: p.memoryBytes ?? 64 * 1024 },
    })),
    operations: plan.operations,
    network: {
      nodes: Array.from({ length: n - 1 }, (_, i) => ({
        id: `n${i + 1}`,
        ...(plan.memory && { memory: plan.memory }),
      })),
      topology: { kind: 'line' },
      links: { bandwidthMbps: plan.bandwidthMbps ?? 100, latency: { kind: 'constant', ticks: plan.latency ?? 5 } },
      ...(plan.balance && { balance: plan.balance }),
    },
  });
}

/** A `migrate` operation at `tick`. */
export function migrateOp(tick: number, fault: Record<string, unknown>): unknown {
  return { tick, op: 'net', fault: { kind: 'migrate', ...fault } };
}

/** A cluster's trace hash, as its result gives it. */
export const clusterHash = (cl: ClusterState): string => networkResult(cl, nodeResults(cl)).traceHash;

/** The trace hash of a run that seeks to each of `ticks` in turn (a checkpoint every 8 ticks), then to its end. */
export function hashAfterSeeks(s: Scenario, ticks: readonly number[]): string {
  const sim = new ClusterSimulation(s, { spacing: 8 });
  for (const t of ticks) sim.seek(t);
  sim.runToEnd();
  return clusterHash(sim.cluster);
}
