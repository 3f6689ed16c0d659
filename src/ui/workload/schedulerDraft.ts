import { builtInPolicy, POLICY_NAMES } from '../../core/sched/registry';
import type { PolicyName, Scenario, SimOptions } from '../../core/scenario/types';
import { toNumber } from './formValues';
import { configOfDraft, paramsDraftOf, type ParamsDraft } from './paramDraft';
import { configFor } from './policies';

/**
 * What the scheduler picker edits: every policy's parameters at once (as typed), so switching the policy
 * back and forth loses nothing, plus the options and the node's processor counts.
 */
export interface SchedulerDraft {
  policy: PolicyName;
  params: Record<PolicyName, ParamsDraft>;
  contextSwitchCost: string;
  countIdleSwitches: boolean;
  requeueOrder: SimOptions['requeueOrder'];
  lowerNumberIsHigherPriority: boolean;
  ioDevices: string;
  cpus: string;
  gpus: string;
}

export function draftOf(s: Scenario): SchedulerDraft {
  const params = Object.fromEntries(
    POLICY_NAMES.map((p) => [p, paramsDraftOf(builtInPolicy(p).params, configFor(p, s.scheduler))]),
  ) as Record<PolicyName, ParamsDraft>;
  return {
    policy: s.scheduler.policy,
    params,
    contextSwitchCost: String(s.options.contextSwitchCost),
    countIdleSwitches: s.options.countIdleSwitches,
    requeueOrder: s.options.requeueOrder,
    lowerNumberIsHigherPriority: s.options.lowerNumberIsHigherPriority,
    ioDevices: String(s.options.ioDevices),
    cpus: String(s.node.cpus),
    gpus: String(s.node.gpus),
  };
}

/** The draft with one parameter of one policy changed. */
export function withParam(d: SchedulerDraft, policy: PolicyName, key: string, value: ParamsDraft[string]) {
  return { params: { ...d.params, [policy]: { ...d.params[policy], [key]: value } } };
}

/** The scheduler the draft describes, unchecked: validation of the whole scenario judges it. */
export function schedulerOf(d: SchedulerDraft): unknown {
  return configOfDraft(d.policy, builtInPolicy(d.policy).params, d.params[d.policy]);
}

/** The scenario with the draft's scheduler, options and node applied; blank options take their defaults. */
export function applyDraft(d: SchedulerDraft, s: Scenario): unknown {
  return {
    ...s,
    scheduler: schedulerOf(d),
    options: {
      contextSwitchCost: toNumber(d.contextSwitchCost),
      countIdleSwitches: d.countIdleSwitches,
      requeueOrder: d.requeueOrder,
      lowerNumberIsHigherPriority: d.lowerNumberIsHigherPriority,
      ioDevices: toNumber(d.ioDevices),
    },
    node: { ...s.node, cpus: toNumber(d.cpus), gpus: toNumber(d.gpus) },
  };
}
