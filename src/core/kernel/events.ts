import type { Cleaned } from '../fs/lfs/cleaner';
import type { OperationKind } from '../scenario/types';
import type { PickReason } from '../sched/reason';
import type { ProcessState } from '../process/types';
import type { Access, MemoryType } from '../memory/types';
import type { RegisterLayout } from '../memory/registerLayout';
import type { AllocStep, Chunk, FreeStep } from '../heap/types';
import type { FsError, MetaBlockKind } from '../fs/types';
import type { RepairPass } from '../fs/repair';
import type { FfsPlaced } from '../fs/layout/ffsPlaced';
import type { SnapshotRead } from '../fs/subsystem/snapshotReads';
import type { JournalMode } from '../fs/crash/journalMode';
import type { DeviceReason } from '../fs/device/deviceRun';
import type { CacheEvent } from './cacheWarmth';
import type { StealReason } from '../sched/multiCpu/multiCpuTypes';
import type { BlockCheck } from '../fs/device/blockFaults';

export type { PickReason } from '../sched/reason';

/** Every decision and every change of state is one of these; `explain` turns each into a sentence. */
/** Metadata blocks a file request went through (fs.allocation): how many, what they hold, the disk blocks they cost. */
export interface FoundMeta {
  holds: MetaBlockKind;
  blocks: number;
  disk: number;
}

export type SimEvent =
  | { tick: number; kind: 'arrive'; pid: number }
  | { tick: number; kind: 'dispatch'; pid: number; cpu: number; gpus: number[]; reason: PickReason }
  | { tick: number; kind: 'switch'; cpu: number; from: number | null; to: number | null; until: number }
  | {
      tick: number;
      kind: 'preempt';
      pid: number;
      cpu: number;
      by: number;
      policy: string;
      key?: number;
      byKey?: number;
    }
  /**
   * `slice` ticks ran out; with `quanta` (2 or more), that many slices ran back to back up to this tick, the process
   * chosen again at once, alone, at the end of each but the last (one merged stretch, kernel/loneStretch.ts)
   */
  | { tick: number; kind: 'quantumExpired'; pid: number; cpu: number; slice: number; quanta?: number }
  | { tick: number; kind: 'ioStart'; pid: number; until: number; device: number | null }
  | { tick: number; kind: 'ioQueued'; pid: number; position: number }
  | { tick: number; kind: 'ioDone'; pid: number }
  | { tick: number; kind: 'exit'; pid: number }
  | { tick: number; kind: 'idle'; cpu: number }
  /** the CPU stays idle for `pid`: until tick `until` (the rest of its quantum), or, with until null, until its I/O is done */
  | { tick: number; kind: 'hold'; cpu: number; pid: number; until: number | null }
  | { tick: number; kind: 'demote'; pid: number; from: number; to: number; unit: 'quanta' | 'ticks' }
  | { tick: number; kind: 'promote'; pid: number; from: number; to: number; waited: number }
  | { tick: number; kind: 'boost'; moved: number }
  | { tick: number; kind: 'age'; pid: number; from: number; to: number }
  | { tick: number; kind: 'deadlineMiss'; pid: number; deadline: number }
  | {
      tick: number;
      kind: 'op';
      op: OperationKind;
      pid: number;
      from: ProcessState;
      to: ProcessState;
      priority?: number;
    }
  | {
      tick: number;
      kind: 'memAlloc';
      pid: number;
      bytes: number;
      pages: number;
      address: number;
      memoryType: MemoryType;
    }
  | { tick: number; kind: 'memWait'; pid: number; bytes: number; why: string }
  | { tick: number; kind: 'memRefused'; pid: number; bytes: number; why: string }
  | { tick: number; kind: 'memFree'; pid: number; pages: number; address: number | null }
  | {
      tick: number;
      kind: 'pageFault';
      pid: number;
      address: number;
      vpn: number;
      until: number;
      frame: number;
      victim: { pid: number; vpn: number; dirty: boolean } | null;
    }
  | { tick: number; kind: 'pageIn'; pid: number }
  /** a fault that found no frame it may take: `holder` has not used the page it was given; retried at `until` */
  | { tick: number; kind: 'frameWait'; pid: number; address: number; vpn: number; holder: number; until: number }
  | { tick: number; kind: 'frameRetry'; pid: number }
  /**
   * a refused access: an invalid address or a protection violation under paging; under a register mode
   * (memory.mmu) a bounds violation, `why` the MMU's sentence, and `killed` false when the mode only signals it
   */
  | {
      tick: number;
      kind: 'segfault';
      pid: number;
      address: number;
      fault: 'invalid' | 'protection' | 'bounds';
      access: Access;
      killed: boolean;
      why?: string;
    }
  /**
   * the kernel loads an admitted process's MMU registers under a register mode (`layout`), and the `frames` they
   * cover (the process owns them until it ends); `placed` when the kernel chose where (by which placement)
   */
  | {
      tick: number;
      kind: 'mmuLoad';
      pid: number;
      layout: RegisterLayout;
      frames: number[];
      placed: string | null;
    }
  /**
   * a running process's reference translated by its registers (memory.mmu): virtual `address` to `physical`, `why`
   * the MMU's check in words; it stalls on `cpu` for its memory type's `latency` (no page table, no TLB)
   */
  | {
      tick: number;
      kind: 'regRef';
      pid: number;
      cpu: number;
      address: number;
      physical: number;
      access: Access;
      memoryType: MemoryType;
      latency: number;
      why: string;
      /** under two-level paging: the page-table entries read (a tick each, on top of the latency) and the walk in words */
      reads?: number;
      walk?: string[];
    }
  | { tick: number; kind: 'access'; pid: number; address: number; physical: number; tlbHit: boolean }
  /**
   * a running process's own reference to a page in memory: it stalls on `cpu` for its page's `latency` (its memory
   * type's tier) plus `walk` ticks of page-table reads (a TLB miss), its burst making no progress meanwhile
   */
  | {
      tick: number;
      kind: 'memRef';
      pid: number;
      cpu: number;
      address: number;
      access: Access;
      memoryType: MemoryType;
      tier: 1 | 2;
      latency: number;
      walk: number;
    }
  /**
   * memory compacted (an operation, or on its own for `for`, an allocation that failed for fragmentation alone):
   * `moved` pages moved, taking `cost` ticks, until tick `until`; `pids` own them and cannot use their memory before
   */
  | {
      tick: number;
      kind: 'compact';
      moved: number;
      cost: number;
      until: number;
      pids: number[];
      for?: { pid: number; pages: number; free: number; largest: number };
    }
  /** a process ran while its pages were being moved: it waits (WAITING for memory) until the compaction ends */
  | { tick: number; kind: 'compactWait'; pid: number; until: number }
  | { tick: number; kind: 'compactDone'; pid: number }
  | { tick: number; kind: 'memAlert'; text: string }
  /** a malloc on the scenario's heap: the allocator's record (step.chunk null = it failed) and the free list after it */
  | { tick: number; kind: 'malloc'; pid: number; allocation: number; step: AllocStep; freeList: Chunk[] }
  /**
   * a free of an earlier allocation's pointer: step null = that malloc failed (ptr null; free(NULL) does nothing);
   * step.ok false = nothing is allocated at ptr now (a double free); the free list after it
   */
  | {
      tick: number;
      kind: 'free';
      pid: number;
      allocation: number;
      ptr: number | null;
      step: FreeStep | null;
      freeList: Chunk[];
    }
  | { tick: number; kind: 'refused'; op: OperationKind; pid: number; state: ProcessState | null; why: string }
  /**
   * `pid` ended (or had ended when `orphans` arrived): its children, in pid order, go to init, the pid `to`
   * (a parentless SYSTEM process), or become roots (`to` null) where there is none (kernel/reparent.ts)
   */
  | { tick: number; kind: 'reparent'; pid: number; orphans: number[]; to: number | null }
  /** a scheduled file-system operation (its typed line), done, or refused with its POSIX error (nothing changed) */
  | {
      tick: number;
      kind: 'fsOp';
      line: string;
      error: FsError | null;
      /** a sync: the dirty cached blocks it wrote back, the device busy with them until `until` */
      flushed?: { blocks: number; until: number };
      /** verify-ledger's verdict, or what a tamper changed, in a sentence */
      said?: string;
      /** what a descriptor operation did (the descriptor open gave, the bytes read), in a sentence */
      told?: string;
      /** fsck: what it fixed, pass by pass (empty: nothing to fix) */
      fsck?: { pass: RepairPass; message: string }[];
      /** corrupt: the corruption made, as fsck.py -c says it */
      corrupted?: string;
      /** under FFS: where the inode and the blocks the operation made went, and why */
      placed?: FfsPlaced;
    }
  /** a validator's write under /ledger appended a block to the chain (`failed`: why it could not) */
  | { tick: number; kind: 'ledger'; pid: number; sentence: string; failed: FsError | null }
  /**
   * a running process's file request, done on the file system: it touches `blocks` of the file's blocks, `cached`
   * of them found in the page cache; the device moves `disk` blocks (misses, written-through or written-back ones)
   * while the process waits (WAITING for fs) behind `ahead` requests, from `start` to `until` (no wait when 0)
   */
  | {
      tick: number;
      kind: 'fileIo';
      pid: number;
      cpu: number;
      request: 'read' | 'write';
      path: string;
      bytes: number;
      blocks: number;
      cached: number;
      disk: number;
      ahead: number;
      start: number;
      until: number;
      /** under FFS, a write that made the file or gave it blocks: where they went */
      placed?: FfsPlaced;
      /** under an allocation strategy (fs.allocation): the metadata blocks it went through to find its blocks */
      meta?: FoundMeta;
      /** under contiguous allocation, a write the file could not take in place: the blocks copied to its new run */
      moved?: number;
      /**
       * the disk was busy: the request waits in its queue behind this many others (and the one in service, until
       * `start`) for the disk's policy to pick it; its end is not known yet (`until` is `start`)
       */
      queued?: number;
    }
  /**
   * a device other than the simple one (fs.device) served a request of `forPid`'s (null: the kernel's) from `start`
   * to `until`: what it did and why it took that long (fs/device/deviceExplain.ts)
   */
  | { tick: number; kind: 'deviceServed'; forPid: number | null; start: number; until: number; reason: DeviceReason }
  /** a read of `forPid`'s met a corrupt or unreadable block: caught and repaired, an EIO, or wrong data unseen */
  | { tick: number; kind: 'blockChecked'; forPid: number; check: BlockCheck }
  /** a file request refused (a missing file, a full disk): the process goes on, as after a failed system call */
  | { tick: number; kind: 'fileRefused'; pid: number; request: 'read' | 'write'; path: string; error: FsError }
  | { tick: number; kind: 'fileDone'; pid: number }
  /**
   * the file system's `changes` since the last commit (the first few `named`) go to the disk
   * (fs/subsystem/diskTrack.ts): `writes` block writes in `mode`'s order, `journal` of them into the journal, the
   * device busy with them from `start` to `until`
   */
  | {
      tick: number;
      kind: 'fsCommit';
      mode: JournalMode;
      changes: number;
      named: string[];
      writes: number;
      journal: number;
      start: number;
      until: number;
    }
  /** a process ended holding descriptors: the kernel closed each (what each close did, in words) */
  | { tick: number; kind: 'descriptorsClosed'; pid: number; closed: string[] }
  /** a CPU's cache changed (node.cache on, kernel/warmRun.ts): a working set began to warm, warmed, was pushed out */
  | { tick: number; kind: 'cache'; change: CacheEvent<number> }
  /**
   * a CPU whose queue is empty peeked at CPU `from`'s queue (MULTI_CPU with a queue per CPU): it took the process `stolen` (a pid) to
   * the end of its own queue, for `reason`, or found nothing it may take (null)
   */
  | { tick: number; kind: 'steal'; cpu: number; from: number; stolen: number | null; reason?: StealReason }
  /** under LFS: the log ran short of free segments before `line`, and its cleaner freed this one */
  | { tick: number; kind: 'logCleaned'; line: string; cleaned: Cleaned }
  /**
   * a process serving a model asks the model cache for it as it first runs: a hit, or a load of `ticks` (it waits,
   * WAITING) with the cache's own sentences (evictions, the load); `failed`: the cache cannot take it (it is killed)
   */
  | {
      tick: number;
      kind: 'modelLoad';
      pid: number;
      model: string;
      hit: boolean;
      ticks: number;
      said: string[];
      failed: FsError | null;
      /**
       * with memory management: the pinned AI_MODEL frames the loaded weights took, and those the models evicted
       * for it gave back
       */
      frames?: { taken: number; freed: number };
      /** a model of the store that missed the model cache: reading its snapshot's files through the page cache */
      read?: SnapshotRead;
    }
  /**
   * memory was short: the page cache gave `frames` frames back, dropping `blocks` cached blocks (`dirty` of them
   * written back, the device busy with them until `until`), because `forPid` (null: the kernel) needs `pages` frames (not `pid`: no process changes state)
   * (`hole`: enough are free, but no run of them is long enough)
   */
  | {
      tick: number;
      kind: 'cacheShrink';
      blocks: number;
      dirty: number;
      frames: number;
      forPid: number | null;
      pages: number;
      hole: boolean;
      until: number | null;
    }
  /**
   * a running process waits for the network (network/subsystem/): its bytes to leave (`send`), a message, its
   * request's reply or a request to serve, until `until` at most (null: until one comes); `netDone` ends the wait
   */
  | { tick: number; kind: 'netWait'; pid: number; for: 'send' | 'receive' | 'reply' | 'request'; until: number | null }
  | { tick: number; kind: 'netDone'; pid: number }
  /**
   * a process landed by post-copy touched pages still on `from` (network/subsystem/remotePages.ts): a remote fault,
   * WAITING until `until`, when the last of them arrives; `netDone` ends the wait. `remoteLost`: `from` crashed with
   * `unsent` of its pages never sent, and the process is gone with them.
   */
  | { tick: number; kind: 'remoteFault'; pid: number; pages: number[]; from: string; until: number }
  | { tick: number; kind: 'remoteLost'; pid: number; from: string; unsent: number }
  /**
   * the stream of pages from `from` is stalled (network/cluster/postCopyStall.ts): the route is cut by a partition
   * (`cut` names the link) or `from` is paused; the process waits for `pages`, WAITING with no tick set (a fault made
   * now, or one whose wait the stall extends). `remoteFlow`: the stream flows again, its wait ends at `until`.
   */
  | {
      tick: number;
      kind: 'remoteStall';
      pid: number;
      pages: number[];
      from: string;
      why: { kind: 'partition'; cut: string } | { kind: 'paused' };
    }
  | { tick: number; kind: 'remoteFlow'; pid: number; pages: number[]; from: string; until: number };
export type SimEventKind = SimEvent['kind'];

/** One closed stretch of a CPU's time. pid null = idle; kind 'switch' = a context switch into `pid`. */
export interface Segment {
  cpu: number;
  start: number;
  end: number;
  pid: number | null;
  kind: 'run' | 'switch' | 'idle';
  /** a run with node.cache on: true when its working set was warm in this CPU's cache throughout, false when cold */
  warm?: boolean;
}
