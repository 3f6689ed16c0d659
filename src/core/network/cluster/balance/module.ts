import type { BalanceChoice, NodeLoad } from './decision';

/** A load-balancing policy: its name in the scenario, words for a form, and its choice over the nodes' loads. */
export interface BalanceModule<N extends string> {
  name: N;
  label: string;
  description: string;
  /** what to do now, given every node's load (in cluster order) and the scenario's threshold */
  decide(nodes: readonly NodeLoad[], threshold: number): BalanceChoice;
}
