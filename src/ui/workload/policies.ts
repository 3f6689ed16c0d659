import { builtInPolicy, POLICY_NAMES } from '../../core/sched/registry';
import type { ConfigOf, PolicyName, SchedulerConfig } from '../../core/scenario/types';

/** The scheduler select's options: every built-in policy under its module's label. */
export const POLICY_OPTIONS = POLICY_NAMES.map((p) => ({ value: p, label: builtInPolicy(p).label }));

/**
 * The scenario's own parameters when it already uses `policy`, else the module's defaults (a fresh copy: the
 * core has no defaults for a scheduler, a scenario always names one, so these are the UI's suggestions).
 */
export function configFor<P extends PolicyName>(policy: P, current: SchedulerConfig): ConfigOf<P> {
  const source = current.policy === policy ? (current as ConfigOf<P>) : builtInPolicy(policy).defaults;
  return structuredClone(source) as ConfigOf<P>;
}
