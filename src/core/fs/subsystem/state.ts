import type { FileIo, FsConfig } from '../config';
import type { ModelStore } from '../models/types';
import type { StoreLoad } from './snapshotReads';
import type { ServedModel } from './storeAtStart';
import type { ModelCache } from '../models/cache/types';
import type { Ledger, Verdict } from '../ledger/types';
import type { OpenFiles } from '../openFiles';
import type { PageCache } from '../pageCache';
import type { FsState } from '../types';
import type { DiskTrack } from './diskTrack';
import type { DeviceIo, DeviceRun } from '../device/deviceRun';
import type { LandedDevice } from '../device/landedDevice';
import type { DiskQueued } from '../device/diskQueue';
import type { BlockFaults } from '../device/blockFaults';
import type { CleanedLog } from '../layout/cleanedLog';
import type { CacheSample } from './samples';

/** One request the block device has taken: served from `start` to `end`, first come first served. */
export interface DeviceRequest {
  /** null: the kernel's own (a sync writing dirty cached blocks back) */
  pid: number | null;
  kind: 'read' | 'write';
  path: string;
  blocks: number;
  start: number;
  end: number;
}

/**
 * A process's request waiting in the disk's queue (fs.device kind disk, busy when it came) for the disk's policy to
 * pick it when the disk comes free: not yet given a start or an end.
 */
export interface WaitingRequest extends DiskQueued {
  pid: number;
  kind: 'read' | 'write';
  path: string;
  /** the blocks it moves, as the device's queue counts them */
  count: number;
  io: DeviceIo;
  /** the tick it joined the queue */
  arrived: number;
}

/** A process's file I/O so far: how many requests it made, and where each read request has got to in its file. */
export interface FileIoProgress {
  made: number;
  /** byte offset of the next read, per request of its list */
  offsets: number[];
}

export interface FsStats {
  requests: number;
  reads: number;
  writes: number;
  bytesRead: number;
  bytesWritten: number;
  blocksMoved: number;
  /** requests refused (a missing file, a full disk): the process goes on, as a failed read(2) returns -1 */
  refused: number;
  /** ticks processes waited in the device's queue before their request started */
  queuedTicks: number;
  /** ticks the device was serving */
  busyTicks: number;
  /** scheduled file operations applied, and refused */
  operations: number;
  operationsRefused: number;
  /** fsck runs, the fixes they made, and corruptions made on purpose (corrupt) */
  fsckRuns: number;
  fsckFixes: number;
  corruptions: number;
}

/** The file-system subsystem's state: plain data, copied with the rest of the state at checkpoints. */
export interface FsRun {
  config: Readonly<FsConfig>;
  fs: FsState;
  /** the tick the device is free from */
  busyUntil: number;
  /** requests not yet over, in the order the device serves them */
  queue: DeviceRequest[];
  /** requests waiting in the disk's queue for its policy to pick them, in arrival order (deviceQueue.ts) */
  waiting: WaitingRequest[];
  /** each process's file I/O, from the scenario (frozen), by pid */
  patterns: Readonly<Record<number, Readonly<FileIo>>>;
  /** the model each process serves, from the scenario and the store (frozen), by pid */
  modelOf: Readonly<Record<number, Readonly<ServedModel>>>;
  /** who each process acts as for file permissions, for those whose spec says (the rest are root), by pid */
  users: Readonly<Record<number, 'root' | 'own'>>;
  /** whether any process does file I/O or serves a model: if none, a decision point asks nothing of it */
  anyFileIo: boolean;
  /** the model cache (the fs section's models), or null when there is none */
  models: ModelCache | null;
  /** the model store laid out under /models when the node started (fs.models.store), or null when there is none */
  store: ModelStore | null;
  /** every load of a model while the node has a store, in order (append-only) */
  loads: StoreLoad[];
  /** pid -> the model it has loaded and pins, while it lives */
  loaded: Record<number, string>;
  progress: Map<number, FileIoProgress>;
  /** the processes' descriptor tables over the system-wide open-file table */
  open: OpenFiles;
  cache: PageCache;
  /**
   * with memory management: the CACHE frames the kernel holds for the page cache (cacheMemory.ts), always what its
   * blocks need; 0 without
   */
  cacheFrames: number;
  /** the append-only ledger file system at /ledger: BLOCKCHAIN_VALIDATOR processes append to it */
  ledger: Ledger;
  /** the last verify-ledger's answer, until the ledger changes */
  verdict: Verdict | null;
  /** the last corruption made on purpose (fsck.py's words), until fsck repairs it; null when none */
  corrupted: string | null;
  /** with `fs.journal`: what the disk holds against the picture, and the commits writing it; null without */
  disk: DiskTrack | null;
  /** the device beneath when the scenario names one other than the simple one (fs.device's kind); null otherwise */
  device: DeviceRun | null;
  /** with a journal (a crash can happen) on such a device: the device as far as its work has landed */
  landed?: LandedDevice;
  /** corrupt or unreadable blocks on the device and the checksum's findings; absent until a fault or a checksum */
  faults?: BlockFaults;
  stats: FsStats;
  /** under LFS: the log beside the picture, on the disk's blocks in segments, with its cleaner; null otherwise */
  log: CleanedLog | null;
  /** counts every change of the file system or the device, so a frame knows whether to send the picture again */
  version: number;
  /** the caches' charts, a point per decision point that changed something (an append-only log), and the version
   * the last point saw */
  samples: CacheSample[];
  sampledVersion: number;
}
