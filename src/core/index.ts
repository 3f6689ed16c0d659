/** The core's one public entry: the worker, the store, the CLI and the benchmarks import from here. */
export type {
  Scenario,
  ScenarioV1,
  ScenarioV2,
  AccessPattern,
  ProcessSpec,
  SchedulerConfig,
  SimOptions,
  ScheduledOperation,
  PolicyName,
  ConfigOf,
  MlfqLevel,
  NodeSpec,
} from './scenario/types';
export { LIMITS, SCENARIO_FORMAT, SCENARIO_VERSION } from './scenario/types';
export type { ProcessType, ProcessState, ResourceNeeds } from './process/types';
export { PROCESS_TYPES, PROCESS_STATES } from './process/types';
export type { SimEvent, Segment, PickReason } from './kernel/events';
export { explain, type NameOf } from './kernel/explain';
export { Simulation } from './kernel/simulation';
export type { SimState, CpuState, GpuState, MemorySample } from './kernel/state';
export { runResult, type RunResult, type TimelineEntry } from './kernel/result';
export { traceHash } from './kernel/traceHash';
export {
  processMetrics,
  summaryMetrics,
  FORMULAS,
  round2,
  type ProcessMetrics,
  type SummaryMetrics,
} from './metrics/metrics';
export { readyInOrder } from './kernel/readyQueue';
export {
  POLICY_NAMES,
  builtInPolicy,
  createPolicy,
  // the worker's frame builds the views' queues with it; st.policy is the same policy, already built
  createPolicy as policyOf,
  describeScheduler,
  findPolicy,
  registerPolicy,
  schedulerSchema,
  type BuiltInReason,
} from './sched/registry';
export type { AnyPolicyModule, ParamField, PolicyModule } from './sched/module';
export { procData, type Policy, type PolicyData } from './sched/policy';
export type { ReasonBase } from './sched/reason';
export { TRANSITIONS } from './process/transitions';
