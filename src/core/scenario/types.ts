import type { FileIo, FsConfig, ProcessModel } from '../fs/config';
import type { FsOp } from '../fs/fsOp';
import type { HeapConfig } from '../heap/types';
import type { Access, MemoryConfig, MemoryType } from '../memory/types';
import type { ProcessType, ResourceNeeds } from '../process/types';
import type { SchedulerConfig } from '../sched/registry';
import type { MessageIo, NetFault, NetworkConfig } from '../network/config';

export type { ConfigOf, PolicyName, SchedulerConfig } from '../sched/registry';
export type { MlfqLevel } from '../sched/mlfqModule';

/**
 * The scenario format, version 3. Everything a run depends on is here, so a scenario is the whole truth:
 * the same scenario always gives the same trace. Version 2 added memory management (`memory`, a process's
 * `accesses`, and the allocate/deallocate/access/compact operations), and later the optional `heap` with its
 * malloc/free operations; version 3 adds the file system (`fs`, a process's `files`, the `fs` operation).
 * migrate.ts lifts older versions: each ran with the newer sections off, so they read and run as before.
 */
export interface ScenarioV3 {
  format: 'bcos-scenario';
  version: 3;
  title: string;
  description: string;
  /** seed of the PRNG (an unsigned 32-bit integer); used by the lottery scheduler */
  seed: number;
  node: NodeSpec;
  scheduler: SchedulerConfig;
  options: SimOptions;
  processes: ProcessSpec[];
  /** operations applied at given ticks (also how interactive changes during a run are recorded) */
  operations: ScheduledOperation[];
  /** memory management; absent = off (processes' memory needs are only recorded) */
  memory?: MemoryConfig;
  /**
   * A process heap run by a free-list allocator (src/core/heap, rules in heap/types.ts); absent = no heap, and
   * malloc/free operations are refused. Fields: base address, size and header in bytes, alignment (null = none),
   * fit policy (FIRST, BEST, WORST, NEXT), free-list order, coalescing after each free.
   */
  heap?: HeapConfig;
  /** the node's file system on its block device (src/core/fs); absent = none, and file I/O is refused */
  fs?: FsConfig;
  /** a cluster: further nodes, links, topology and the P2P protocol (src/core/network); absent = one node, as before */
  network?: NetworkConfig;
}
/** Version 2: the same without the file system. */
export type ScenarioV2 = Omit<ScenarioV3, 'version' | 'fs'> & { version: 2 };
/** Version 1: the same without memory management. */
export type ScenarioV1 = Omit<ScenarioV2, 'version' | 'memory' | 'heap'> & { version: 1 };
export type Scenario = ScenarioV3;
export const SCENARIO_FORMAT = 'bcos-scenario';
export const SCENARIO_VERSION = 3;
/** Versions that load (older ones are migrated). */
export const SUPPORTED_VERSIONS = [1, 2, 3] as const;

export interface NodeSpec {
  id: string;
  /** 1..16 */
  cpus: number;
  /** 0..16 */
  gpus: number;
  /** peers this node can reach: the node's connection table (used once networking lands) */
  connections: string[];
  /**
   * Per-CPU caches that warm (kernel/warmRun.ts): a process that has run `warmupTime` ticks on a CPU has its
   * working set in that CPU's cache and does `warmRate` units of work a tick there instead of 1. Absent = off:
   * a burst's units are ticks. Hardware of the node, so it sits beside cpus and gpus rather than in options.
   */
  cache?: NodeCache;
}

/** A node's per-CPU caches (OSTEP multi.py's -M, -r, -w). */
export interface NodeCache {
  /** working set each CPU's cache holds, in the units of a process's workingSet */
  size: number;
  /** units of work a tick with a warm cache (≥ 1) */
  warmRate: number;
  /** ticks a process runs on a CPU before its working set is warm there */
  warmupTime: number;
}

export interface ProcessSpec {
  pid: number;
  name: string;
  type: ProcessType;
  /** see SimOptions.lowerNumberIsHigherPriority */
  priority: number;
  /** tick at which it enters the system (NEW -> READY) */
  arrival: number;
  /**
   * alternating CPU and I/O bursts in ticks, starting and ending with a CPU burst: [cpu, io, cpu, ...]; a burst of 0
   * is done at once (a CPU burst ends at its dispatch, an I/O wakes its process at the tick it starts)
   */
  bursts: number[];
  /** absolute tick by which it should have completed (EDF orders by it; misses are counted) */
  deadline?: number;
  /** lottery tickets (default 100) */
  tickets?: number;
  needs: ResourceNeeds;
  /** how it touches its memory while it runs (memory management on); none = it makes no references */
  accesses?: AccessPattern;
  /**
   * Processes naming the same shared memory map one copy of it (an AI model served by several inference
   * processes): the first to arrive allocates it, the others map its frames (memory management on).
   */
  sharedMemory?: string;
  /** its file I/O (file system on): each request blocks it, WAITING, while the block device serves it */
  files?: FileIo;
  /** the AI model it serves (the file system's model cache on): loaded, pinned, when it first runs */
  model?: ProcessModel;
  /**
   * whom it acts as for file permissions (file system on): root (the default) passes every check; 'own' is its
   * own user, uid = its pid, the owner the inodes it makes record, checked against each inode's mode bits
   */
  user?: 'root' | 'own';
  /** its messages to processes on other nodes (network section on): each send, receive or request may block it */
  messages?: MessageIo;
  /**
   * the pid of the process that forked it: a listed process or an earlier create, arriving no later than it. When
   * a process ends, its children go to init (kernel/reparent.ts); absent: it is a root of the process tree.
   */
  parent?: number;
  /** its working set, in the units of node.cache.size (node.cache on; default 0: it fits any cache) */
  workingSet?: number;
  /** the CPUs it may run on (ids below node.cpus); absent = any */
  affinity?: number[];
}

/**
 * A process's memory references: one every `every` ticks of CPU time, at byte offsets into the memory it
 * was given at admission. 'sequence' cycles through listed offsets (a reference string); 'locality' stays
 * in a working set of pages and jumps to another one now and then, drawn from the seeded PRNG.
 */
export type AccessPattern =
  | {
      kind: 'sequence';
      every: number;
      offsets: number[];
      /** every Nth reference is a write; 0 = none */ writeEvery: number;
    }
  | {
      kind: 'locality';
      every: number;
      workingSetPages: number;
      /** references between jumps */ jumpEvery: number;
      /** 0..1 */ writeFraction: number;
    };

/** Semantics that textbooks and simulators disagree on, with our defaults. */
export interface SimOptions {
  /** ticks a CPU spends switching from one process to another (0 = free) */
  contextSwitchCost: number;
  /** whether switching from idle to a process (or a process to idle) also counts and costs a switch */
  countIdleSwitches: boolean;
  /** when a new arrival and a process whose quantum expired join a queue at the same tick, who goes first */
  requeueOrder: 'arrivalsFirst' | 'preemptedFirst';
  /** true (default): priority 0 is the highest, as in Unix nice values and most textbooks */
  lowerNumberIsHigherPriority: boolean;
  /** 0 = unlimited I/O in parallel; N = N devices, served from one FIFO queue */
  ioDevices: number;
}

export type ScheduledOperation =
  | { tick: number; op: 'create'; process: ProcessSpec }
  | { tick: number; op: 'kill'; pid: number }
  | { tick: number; op: 'suspend'; pid: number }
  | { tick: number; op: 'resume'; pid: number }
  | { tick: number; op: 'setPriority'; pid: number; priority: number }
  | {
      tick: number;
      op: 'allocate';
      pid: number;
      bytes: number;
      memoryType: MemoryType;
      readOnly?: boolean;
      shareKey?: string;
    }
  | { tick: number; op: 'deallocate'; pid: number; address: number }
  | { tick: number; op: 'access'; pid: number; address: number; access: Access }
  | { tick: number; op: 'compact'; movePinned: boolean }
  /** `bytes` from the scenario's heap for the process (heap section required) */
  | { tick: number; op: 'malloc'; pid: number; bytes: number }
  /**
   * Frees what an earlier malloc returned: `allocation` is that malloc's index among the scenario's malloc
   * operations in list order (OSTEP's ptr[k]; a failed malloc still uses up its index). The pointer is kept
   * after a free, as a C program keeps it: freeing it again is a double free, and once its address is handed
   * out again it frees whoever holds it now.
   */
  | { tick: number; op: 'free'; pid: number; allocation: number }
  /** one operation on the node's file system (fs section required), as the system (owner 0) does it */
  | { tick: number; op: 'fs'; action: FsOp }
  /** a fault or change of the cluster's network (network section required), applied by the cluster */
  | { tick: number; op: 'net'; fault: NetFault };
export type OperationKind = ScheduledOperation['op'];
export const OPERATION_KINDS: readonly OperationKind[] = [
  'create',
  'kill',
  'suspend',
  'resume',
  'setPriority',
  'allocate',
  'deallocate',
  'access',
  'compact',
  'malloc',
  'free',
  'fs',
  'net',
];

/** Limits enforced by validation; named in every refusal. */
export const LIMITS = {
  maxProcesses: 100_000,
  maxTick: 1_000_000_000,
  maxBursts: 10_000,
  maxCpus: 16,
  maxGpus: 16,
  maxMlfqLevels: 16,
  maxOperations: 100_000,
  maxSwitchCost: 1_000,
  maxIoDevices: 1_024,
  maxNameLength: 64,
} as const;
