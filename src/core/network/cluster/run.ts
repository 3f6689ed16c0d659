import type { RunResult } from '../../kernel/result';
import type { Scenario } from '../../scenario/types';
import { networkResult, nodeResults, type NetworkResult } from './result';
import { createCluster, type ClusterState } from './state';
import { advanceCluster } from './step';

/** What `sim run` gives for a cluster: the top-level node's result, with the network's beside it. */
export type ClusterRunResult = RunResult & { network: NetworkResult };

/** Runs a validated scenario's cluster to its end, headless, and returns the state. */
export function runClusterState(scenario: Scenario): ClusterState {
  const cl = createCluster(scenario);
  advanceCluster(cl, Infinity);
  return cl;
}

/** Runs a validated scenario with a network section to its end: the top-level node's result and the network's. */
export function runCluster(scenario: Scenario): ClusterRunResult {
  return clusterRunResult(runClusterState(scenario));
}

/** A cluster's result where it stands: the top-level node's, with the network's beside it. */
export function clusterRunResult(cl: ClusterState): ClusterRunResult {
  const nodes = nodeResults(cl);
  return { ...(nodes[0] as RunResult), network: networkResult(cl, nodes) };
}
