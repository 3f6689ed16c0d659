import { z } from 'zod';
import { unionError } from '../scenario/fields';
import type { Scenario } from '../scenario/types';
import { edf } from './edf';
import { fifo } from './fifo';
import { lotteryPolicy } from './lottery';
import { mlfqPolicy } from './mlfqModule';
import { multiQueuePolicy } from './multiCpu/multiQueue';
import type { AnyPolicyModule, PolicyModule } from './module';
import { pidScanPolicy } from './pidScan';
import type { Policy } from './policy';
import { priorityPolicy } from './priority';
import type { ReasonBase } from './reason';
import { roundRobin } from './roundRobin';
import { sjf } from './sjf';
import { srtf } from './srtf';

/** The built-in policies, in the order the UI lists them. */
const NAMES = ['FIFO', 'SJF', 'SRTF', 'RR', 'PRIORITY', 'MLFQ', 'LOTTERY', 'EDF', 'PID_SCAN', 'MULTI_CPU'] as const;
export type PolicyName = (typeof NAMES)[number];
export const POLICY_NAMES: readonly PolicyName[] = NAMES;

/** Every built-in policy's module, under its name: a name without a module (or a mismatched one) does not compile. */
const BUILT_IN = {
  FIFO: fifo,
  SJF: sjf,
  SRTF: srtf,
  RR: roundRobin,
  PRIORITY: priorityPolicy,
  MLFQ: mlfqPolicy,
  LOTTERY: lotteryPolicy,
  EDF: edf,
  PID_SCAN: pidScanPolicy,
  MULTI_CPU: multiQueuePolicy,
} satisfies { [N in PolicyName]: PolicyModule<N, { policy: N }, ReasonBase<N>> };
type BuiltIn = typeof BUILT_IN;

type ConfigOfModule<M> = M extends PolicyModule<string, infer C, infer _R> ? C : never;
type ReasonOfModule<M> = M extends PolicyModule<string, infer _C, infer R> ? R : never;
/** The parameters of a built-in policy, told apart by `policy`. */
export type ConfigOf<P extends PolicyName> = ConfigOfModule<BuiltIn[P]>;
export type SchedulerConfig = { [P in PolicyName]: ConfigOf<P> }[PolicyName];
/** Why a built-in policy chose a process, told apart by `policy`. */
export type BuiltInReason = { [P in PolicyName]: ReasonOfModule<BuiltIn[P]> }[PolicyName];

/** The built-in module of `name`, with its own types. */
export function builtInPolicy<P extends PolicyName>(name: P): BuiltIn[P] {
  return BUILT_IN[name];
}

const modules = new Map<string, AnyPolicyModule>(Object.entries(BUILT_IN));

/**
 * Adds a policy defined elsewhere; its name must be new. Returns how a scenario names one of its configs: a
 * scenario's scheduler is typed for the built-in policies (and validation knows only those), so a scenario
 * with a registered policy is built in code.
 */
export function registerPolicy<N extends string, C extends { policy: N }, R extends ReasonBase<N>>(
  module: PolicyModule<N, C, R>,
): (config: C) => SchedulerConfig {
  if (modules.has(module.name)) throw new Error(`a scheduling policy named ${module.name} is already registered`);
  modules.set(module.name, module);
  return (config) => config as unknown as SchedulerConfig;
}

/** The module of a built-in or registered policy, or undefined. */
export function findPolicy(name: string): AnyPolicyModule | undefined {
  return modules.get(name);
}

/** The policy a scenario asks for, built for one run. Scenarios come validated, so its module exists. */
export function createPolicy(scenario: Scenario): Policy {
  const config = scenario.scheduler;
  const module = findPolicy(config.policy);
  if (!module) throw new Error(`internal: no scheduling policy named ${config.policy}`);
  const policy = module.create(config, scenario);
  return module.loneRepickIsNoop ? { ...policy, loneRepickIsNoop: true } : policy;
}

/**
 * The quantum that the back-to-back quanta of a lone process are merged in (the policy's loneRepickIsNoop), so a
 * view can still mark where each ended; null when the policy never merges them.
 */
export function loneQuantum(config: { policy: string }): number | null {
  const module = findPolicy(config.policy);
  if (!module?.loneRepickIsNoop) return null;
  const slice = module.timers(config).slice;
  return slice === Infinity ? null : slice;
}

/** "Round Robin (quantum 4)": a scheduler and the parameters that tell two runs of it apart. */
export function describeScheduler(config: SchedulerConfig): string {
  const module = findPolicy(config.policy);
  if (!module) return config.policy;
  const summary = module.summary(config);
  return summary === '' ? module.label : `${module.label} (${summary})`;
}

/** The scheduling policy and its parameters, told apart by `policy` (the scenario schema's `scheduler`). */
export const schedulerSchema = z.discriminatedUnion(
  'policy',
  [BUILT_IN[NAMES[0]].schema, ...NAMES.slice(1).map((name) => BUILT_IN[name].schema as AnyPolicyModule['schema'])],
  { error: unionError('must be an object with a policy', `must be one of ${NAMES.join(', ')}`) },
) as unknown as z.ZodType<SchedulerConfig>;
