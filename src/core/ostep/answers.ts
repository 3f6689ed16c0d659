/**
 * The answers of the OSTEP scripts as data: the JSON of `sim ostep SCRIPT --json` (../shared/ostep/OUTPUT.md),
 * and what the UI's OSTEP panels draw. Jobs, processes and pointers are numbered from 0 as in OSTEP; averages
 * and rates are rounded to 2 decimals as OSTEP prints them.
 */
export type { SchedulerAnswers } from './scheduler/schedulerAnswers';
export type { MlfqAnswers, MlfqEventType } from './mlfq/mlfqAnswers';
export type { VsfsAnswers, VsfsState } from './vsfs/vsfsAnswers';
export type { FsckAnswers } from './fsck/fsckScript';
export type { FsckCorruption } from './fsck/fsckCorrupt';
export type { FsckFinding } from '../fs/invariants';
export type { FfsAnswers } from './ffs/ffsScript';
export type { LfsAnswers, LfsBlockAnswer } from './lfs/lfsScript';
export type { LfsStep } from './lfs/lfsRun';
export type { DiskAnswers, DiskComparison } from './disk/diskScript';
export type { ChecksumAnswers } from './checksum/checksumScript';
export type { RaidAnswers } from './raid/raidScript';
export type { SsdAnswers, SsdStep } from './ssd/ssdScript';
export type { MultiAnswers, MultiRunStretch } from './multi/multiScript';
export type { MultilevelTranslateAnswers } from './multilevelTranslate/multilevelTranslateAnswers';
export type { RelocationAnswers } from './relocation/relocationScript';
export type { SegmentationAnswers } from './segmentation/segmentationScript';
export type { ForkAnswers, ForkStepAnswer } from './fork/forkScript';
export type { AfsAnswers } from './afs/afsScript';
export type { AfsRunStep } from './afs/afsRun';

export interface LotteryAnswers {
  /** one per scheduling decision, in order: r = floor(random() * 1000001), winningTicket = r mod totalTickets */
  draws: { r: number; winningTicket: number; totalTickets: number; job: number }[];
  /** by id; finish is a multiple of the quantum (the clock always moves a full quantum) */
  jobs: { id: number; finish: number }[];
}

/** What a process does in one process-run tick. RUNNING = holds the CPU without executing (an empty program). */
export type ProcessRunState = 'RUN:cpu' | 'RUN:io' | 'RUN:io_done' | 'READY' | 'BLOCKED' | 'DONE' | 'RUNNING';

export interface ProcessRunAnswers {
  /** ticks numbered from 1; ioDone = an I/O completed at the start of this tick; cpu = 1 when an instruction ran */
  ticks: { t: number; ioDone: boolean; states: ProcessRunState[]; cpu: 0 | 1; ioInFlight: number }[];
  stats: { totalTime: number; cpuBusy: number; ioBusy: number };
  procs: { pid: number; lastRunTick: number }[];
}

export interface LinearTranslateAnswers {
  /** index = VPN: the PFN, or null when the entry is invalid */
  pageTable: (number | null)[];
  translations: { va: number; vpn: number; valid: boolean; pa: number | null }[];
}

export interface PagingPolicyAnswers {
  /** memory = the resident list after the access in OSTEP's order; evicted null when nothing was evicted */
  steps: { page: number; hit: boolean; evicted: number | null; memory: number[]; hits: number; misses: number }[];
  hits: number;
  misses: number;
  /** percent, 2 decimals */
  hitRate: number;
}

export interface FreeChunk {
  addr: number;
  size: number;
}

export type MallocStep =
  /** blockAddr = the chunk start OSTEP prints with -A; userPtr = blockAddr + header; searched = list elements examined */
  | {
      op: 'alloc';
      ptrIndex: number;
      size: number;
      ok: boolean;
      blockAddr: number | null;
      userPtr: number | null;
      searched: number;
      freeList: FreeChunk[];
    }
  /** result -1: the pointer's chunk was not allocated (a double free) and nothing changed */
  | { op: 'free'; ptrIndex: number; skipped: false; result: 0 | -1; freeList: FreeChunk[] }
  /** OSTEP's "Invalid Free: Skipping" (the index is not below the number of successful allocations so far) */
  | { op: 'free'; ptrIndex: number; skipped: true };

export interface MallocAnswers {
  steps: MallocStep[];
}

/**
 * The heap after one malloc.py step, for the allocator view (not part of the JSON answer): every chunk in address
 * order, the free list in list order, and which elements of the free list as it was BEFORE the step the search
 * examined and chose.
 */
export interface HeapPicture {
  base: number;
  size: number;
  header: number;
  chunks: {
    addr: number;
    size: number;
    free: boolean;
    /** the allocation that owns it (OSTEP's ptr[k]) */ ptrIndex: number | null;
  }[];
  freeList: FreeChunk[];
  /** indexes into the previous picture's freeList that the search examined, in the order examined */
  searched: number[];
  /** index into the previous picture's freeList of the chunk taken, or null (a free, or no fit) */
  chosen: number | null;
  /** the step explained in one or two sentences (the initial picture says what the heap is) */
  explanation: string;
}
