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
  MlfqLevel,
  NodeSpec,
} from './scenario/types';
export { POLICY_NAMES, LIMITS, SCENARIO_FORMAT, SCENARIO_VERSION } from './scenario/types';
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
export { policyOf } from './sched/registry';
export { TRANSITIONS } from './process/transitions';
