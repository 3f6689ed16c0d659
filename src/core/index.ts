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
export type { SimState, CpuState, GpuState } from './kernel/state';
export type { MemorySample } from './memory/subsystem/state';
export { runResult, type RunResult, type TimelineEntry } from './kernel/result';
export { traceHash } from './kernel/traceHash';
export {
  processMetrics,
  subsystemParts,
  summaryMetrics,
  summaryOf,
  addRowTotals,
  noRowTotals,
  FORMULAS,
  round2,
  type ProcessMetrics,
  type SummaryMetrics,
  type RowTotals,
} from './metrics/metrics';
export { nodeStatus, type NodeStatus, type StateCounts } from './metrics/nodeStatus';
export { readyInOrder } from './kernel/readyQueue';
export {
  POLICY_NAMES,
  builtInPolicy,
  createPolicy,
  describeScheduler,
  findPolicy,
  loneQuantum,
  registerPolicy,
  schedulerSchema,
  type BuiltInReason,
} from './sched/registry';
export { NO_TIMERS, type AnyPolicyModule, type ParamField, type PolicyModule, type PolicyTimers } from './sched/module';
export { procData, type Policy, type PolicyData } from './sched/policy';
export type { ReasonBase } from './sched/reason';
export { TRANSITIONS } from './process/transitions';
export type { DeepReadonly, SimStateView, PcbView } from './kernel/view';
export { readyQueues } from './kernel/view';
export type { Subsystem, SubsystemName, SubsystemProcessParts, SubsystemViews, KernelCalls } from './kernel/subsystem';
export { subsystemView } from './kernel/subsystems';
export type { MemoryView } from './memory/subsystem/view';
export type { TlbEntryView, TlbView } from './memory/tlbView';
export type { RegisterAccess, RegisterLayout } from './memory/registerLayout';
export type { MmuConfig } from './memory/mmuMode';
export { translateOnCopy, pageTableOfProcess } from './memory/subsystem/view';
export type { HeapRunView } from './heap/subsystem';
export type { FsPicture, FsRunView, FsTreeEntry } from './fs/subsystem/view';
export type { CacheSample } from './fs/subsystem/samples';
export type { FsResult } from './fs/subsystem/result';
export type { FsStats, DeviceRequest } from './fs/subsystem/state';
export type { FsFragmentation } from './fs/fragmentation';
export type { FsConfig, FileIo, FileRequest } from './fs/config';
export { DEFAULT_FS, FS_LIMITS, geometryOf } from './fs/config';
export { sizeText } from './fs/models/sizeText';
export { KIND_WORD, modeText, octalMode, ownerText } from './fs/fileSystem';
export { FIRST_FD, FLAG_WORDS, OPEN_MAX, type OpenFile, type OpenFiles, type OpenFlags } from './fs/openFiles';
export { blockRuns, runRange } from './fs/allocation/disk';
export type { CorruptionName, FsOp, FsOpKind } from './fs/fsOp';
export { CORRUPTION_NAMES, fsOpText, parseFsOp } from './fs/fsOp';
export type { Inode, InodeKind, FsError, FsErrorCode } from './fs/types';
export type { MemoryResult } from './memory/subsystem/result';
export type { HeldMemory, ProcessMemory } from './memory/subsystem/processMemory';
export { FIT_POLICIES, LIST_ORDERS } from './heap/types';
export type { FitPolicy, HeapConfig, ListOrder } from './heap/types';
export { DEFAULT_MEMORY, memoryLimits } from './memory/defaults';
export type { PageTableRow } from './memory/pageTable';
export type { ReferenceRun } from './memory/replacement/referenceString';
export type { MemoryFigures, MemorySnapshot } from './memory/snapshot';
export type { KernelRegion } from './memory/kernelFrames';
export { KERNEL_PID } from './memory/physical';
export { MEMORY_TYPES, PAGE_STATES, PLACEMENTS, POOL_NAMES, PTE } from './memory/types';
export type {
  Access,
  MemoryConfig,
  MemoryType,
  PageState,
  Placement,
  PoolName,
  ReplacementName,
  TranslationResult,
  TranslationStep,
} from './memory/types';
export type {
  FreeChunk,
  HeapPicture,
  LinearTranslateAnswers,
  LotteryAnswers,
  MallocAnswers,
  MallocStep,
  MlfqAnswers,
  PagingPolicyAnswers,
  ProcessRunAnswers,
  ProcessRunState,
  SchedulerAnswers,
  VsfsAnswers,
  VsfsState,
  FsckAnswers,
  FsckFinding,
  FfsAnswers,
  LfsAnswers,
  LfsBlockAnswer,
  LfsStep,
  DiskAnswers,
  DiskComparison,
  ChecksumAnswers,
  RaidAnswers,
  SsdAnswers,
  RelocationAnswers,
  SegmentationAnswers,
  SsdStep,
  MultiAnswers,
  MultiRunStretch,
  MultilevelTranslateAnswers,
  ForkAnswers,
  ForkStepAnswer,
  AfsAnswers,
  AfsRunStep,
} from './ostep/answers';
export type { AfsCacheEntry, AfsMessage } from './network/afs/afsTypes';
export type { VsfsOp } from './ostep/vsfs/vsfsPlan';
export { blockText, inodeText } from './ostep/vsfs/vsfsAnswers';
export { vsfsExplain } from './ostep/vsfs/vsfsExplain';
export { LFS_BLOCK_NAMES } from './fs/lfs/lfsTypes';
export { vsfsOpLine } from './ostep/vsfs/vsfsText';
export { ostepCommand, ostepCommandOf, scenarioScripts } from './ostep/command';
export { optparse } from './ostep/optparse';
export { pyFixed2 } from './ostep/pyFormat';
export { ostepScriptNamed } from './ostep/registry';
export { runScenario } from './ostep/runScenario';
export { OSTEP_SCRIPTS } from './ostep/script';
export type { OstepScriptName, ScenarioRunner } from './ostep/script';
export { shellWord } from './ostep/shellWord';
export { solveOstep, solveOstepCommand, splitCommand, streamOstep } from './ostep/solve';
export type { OstepCommandResult, ReadText } from './ostep/solve';
export { partsText } from './ostep/textParts';
export type { TextPart } from './ostep/textParts';
export { DEFAULT_NODE, DEFAULT_OPTIONS } from './scenario/defaults';
export { DEFAULT_WORKLOAD, generateWorkload, validateWorkloadSpec } from './scenario/generate';
export type { Dist, WorkloadSpec } from './scenario/generate';
export { DEFAULT_HEAP } from './scenario/heapSchema';
export { decodeShare, shareUrl } from './scenario/share';
export type { MemoryColour, ShareDecoding, ShareDisplay, SharePayload, ShareUrl } from './scenario/share';
export { FIT_MAX_FRAMES, fitMemory, type MemoryFit } from './scenario/memoryFit';
export { forPeople, sayFieldError } from './scenario/fieldWords';
export { isPresetInfo, type PresetInfo } from './scenario/presetIndex';
export { MAX_FILE_CHARS, autosaveText, parseAutosave, parseScenarioFile } from './scenario/shareFile';
export { validateProcessSpec, validateScenario } from './scenario/validate';
export { costErrors, estimateCost, MAX_STEPS, type CostEstimate } from './scenario/cost';
export type { FieldError } from './scenario/validate';
export { makeExercise } from './teach/exercise';
export { answerText, askForAnswers, gradeExercise, scoreOf, unanswered } from './teach/grade';
export { decisionFinder } from './teach/predict';
export type { SchedulingDecision } from './teach/predict';
export { parseLesson, parseLessonIndex, scenarioAt } from './teach/lesson';
export type { Lesson, LessonInfo } from './teach/lesson';
export { exerciseLink, parseExerciseLink } from './teach/link';
export { EXERCISE_KINDS, MAX_SEED } from './teach/types';
export type {
  Difficulty,
  Exercise,
  ExerciseKind,
  ExerciseSpec,
  Question,
  QuestionResult,
  ScheduleGrid,
} from './teach/types';
export { compareReplacement } from './memory/replacement/referenceString';
export { PLACEMENT_MODULES } from './memory/placements/registry';
export { REPLACEMENT_MODULES } from './memory/replacement/registry';
export { REPLACEMENTS } from './memory/types';
export { parseJsonText } from './scenario/shareJson';
export { FITS } from './heap/fits/registry';
export { ledgerCards, type CheckStatus, type LedgerCard } from './fs/ledger/cards';
export type { LedgerView, Verdict } from './fs/ledger/types';
export { systemState, SYSTEM_STATE_FORMAT, type ExportedProcess, type SystemState } from './kernel/systemState';
export { systemStateJson } from './kernel/systemStateJson';
export type { ExportedMemory, FrameRun, PageRun } from './memory/exportMemory';
export type { FsGeometry } from './fs/types';
export type { RepairAction, RepairPass } from './fs/repair';
export type { BlockImage } from './fs/crash/blockImage';
export { crashPoint, exploreCrashes, type CrashPoint } from './fs/crash/crashPoint';
export { CRASH_DEMO_DISK, CRASH_DEMO_LINES, CRASH_DEMO_WORKLOAD } from './fs/crash/crashDemo';
export { CRASH_LIMITS, diskGeometryError, type DiskGeometry, type DiskLayout } from './fs/crash/diskLayout';
export { homeName } from './fs/crash/homeName';
export { imageText } from './fs/crash/imageText';
export { JOURNAL_MODE_LABELS, JOURNAL_MODE_PROMISES, JOURNAL_MODES, type JournalMode } from './fs/crash/journalMode';
export { planWrites, type BlockWrite, type CrashPlan, type PlanError, type WriteKind } from './fs/crash/planWrites';
export type { OpFate, OpStatus } from './fs/crash/survival';
export type {
  AllocDisk,
  AllocFile,
  AllocGeometry,
  AllocOutcome,
  AllocationName,
  BlockKind,
} from './fs/allocation/types';
export { ALLOCATION_NAMES, BLOCK_KIND } from './fs/allocation/types';
export { ALLOCATION_STRATEGIES } from './fs/allocation/registry';
export { allocGeometryError } from './fs/allocation/disk';
export { compareAllocations, type AllocationSummary, type AllocStep } from './fs/allocation/compare';
export { defragment, type BlockMove, type DefragResult } from './fs/allocation/defragment';
export { explainAllocation, explainOutcome } from './fs/allocation/explain';
export { fatChain } from './fs/allocation/linked';
export { extentsOf } from './fs/allocation/extents';
export { fileMetrics, freeSpaceMetrics, type FileMetrics, type FreeSpaceMetrics } from './fs/allocation/metrics';
export { filePaths } from './fs/allocation/namespace';
export { summarize } from './fs/allocation/compare';
export {
  EXAMPLE_ALLOCATION_GEOMETRY,
  EXAMPLE_ALLOCATION_LINES,
  exampleAllocationWorkload,
} from './fs/allocation/example';
export {
  compareLayouts,
  LAYOUT_NAMES,
  LAYOUT_WORDS,
  layoutSetupOf,
  SEGMENT_BLOCKS,
  type LayoutName,
  type LayoutRun,
  type LayoutSetup,
  type LogFigures,
  type LogStep,
} from './fs/layout/compareLayouts';
export type { FileDistance } from './fs/layout/fileDistance';
export type { LogWrites } from './fs/layout/logLayout';
export { EXAMPLE_LAYOUT_LINES, EXAMPLE_LAYOUT_SETUP, exampleLayoutWorkload } from './fs/layout/layoutExample';
export { DEFAULT_FFS, FS_LAYOUTS, layoutGroups, type FfsConfig, type FsLayoutName } from './fs/layout/nodeLayout';
export { clusterRunResult, runCluster, type ClusterRunResult } from './network/cluster/run';
export { ClusterSimulation } from './network/cluster/clusterSimulation';
export type { ClusterState, Hop, NodeStatus as ClusterNodeStatus } from './network/cluster/state';
export { netText, type NetEvent } from './network/cluster/events';
export type { MessageKind } from './network/message';
export type { NetFault, NetFaultKind, TopologyKind } from './network/config';
export type { NetworkResult, SecurityResult } from './network/cluster/result';
export type { AfsResult } from './network/afs/afsResult';
export {
  clusterMigrations,
  stallsText,
  type ClusterMigrationResult,
  type MigrationOutcome,
  type MigrationSummary,
} from './network/cluster/migrationResult';
// The Network view's panels (src/worker/network/): what they read of a cluster and of a migration.
export type { LinkRun } from './network/cluster/links';
export type { LossReason } from './network/cluster/events';
export { securityNamer } from './network/cluster/result';
export type { NetMessage } from './network/message';
export { REJECT_REASONS, type SecurityLogEntry } from './network/security/securityLog';
export type { RejectReason, SecurityMode } from './network/security/types';
export { explainRound, explainStop, explainTotals } from './network/migration/explain';
export { REFERENCE_DOWNTIME_MS } from './network/migration/reference';
export { TICKS_PER_MS } from './network/migration/link';
export type { MethodKind, MigrationResult } from './network/migration/types';
export { gossipTheory } from './network/p2p/gossipResult';
