import type { FieldError } from '../../scenario/fieldErrors';

/**
 * Live migration of one process between two nodes, as a pure model: what is copied, when, and how long the
 * process is stopped. Time is in the cluster's ticks (a tick is 0.1 ms), memory in pages of `pageSize` bytes.
 */

/**
 * Which pages the process writes as it runs, indexed by its own CPU ticks (its work), not the wall clock: the
 * process writes the same pages on the target as it would have on the source, so none is written twice or lost.
 * - `workingSet`: `writesPerTick` writes on average (a real number, spread evenly: tick w makes
 *   floor((w+1)·rate) − floor(w·rate) writes), each to a page drawn by the seeded PRNG from
 *   `pages` pages starting at `firstPage` (the writable working set, Clark et al.'s "WWS").
 * - `perTick`: an explicit list, `ticks[w mod length]` being the pages written at work tick w.
 */
export type DirtyModel =
  | { kind: 'workingSet'; firstPage: number; pages: number; writesPerTick: number }
  | { kind: 'perTick'; ticks: number[][] };

/**
 * How to move it.
 * - `stopAndCopy`: stop the process, send every page, resume on the target.
 * - `preCopy`: send every page while it runs, then in rounds the pages it dirtied meanwhile, until the dirty set
 *   is at most `dirtyPagesLimit`, or sending it would take at most `downtimeLimitTicks` (QEMU's downtime-limit,
 *   300 ms by default; 0 turns the test off), or `maxRounds` rounds are done; then stop and send what is dirty.
 * - `postCopy`: stop, send only the CPU state, resume on the target at once; pages follow, pushed in page order on
 *   `pushShare` of the link, and a page the process touches before it came faults and is fetched ahead of the push.
 */
export type MigrationMethod =
  | { kind: 'stopAndCopy' }
  | { kind: 'preCopy'; maxRounds: number; dirtyPagesLimit: number; downtimeLimitTicks: number }
  | { kind: 'postCopy'; pushShare: number };

export type MethodKind = MigrationMethod['kind'];

export interface MigrationInput {
  /** resident pages of the process, numbered 0..pages-1 */
  pages: number;
  /** bytes */
  pageSize: number;
  dirty: DirtyModel;
  /** link bandwidth, Mbit/s: a page of B bytes takes B / (12.5 · Mbps) ticks on the wire */
  bandwidthMbps: number;
  /** one-way latency, ticks */
  latencyTicks: number;
  method: MigrationMethod;
  /** seeds the PRNG of a `workingSet` model */
  seed: number;
}

/** Why pre-copy stopped iterating and stopped the process. */
export type PreCopyStop =
  | { kind: 'dirtyUnderLimit'; dirty: number; limit: number }
  | { kind: 'downtimeUnderLimit'; estimateTicks: number; limitTicks: number; dirty: number }
  | { kind: 'roundLimit'; rounds: number; dirty: number };

/** One iterative pre-copy round: the pages it sent while the process ran, and what the process dirtied meanwhile. */
export interface CopyRound {
  index: number;
  /** what it sends: every page (the first round), or what the process dirtied during the round before */
  sends: { kind: 'everyPage' } | { kind: 'dirtiedIn'; round: number };
  startTick: number;
  durationTicks: number;
  sent: number;
  /** distinct pages written during the round: the next round's (or the stop phase's) set */
  dirtied: number;
}

/** The process stopped: the pages sent while it was stopped, which is its downtime. */
export interface StopPhase {
  startTick: number;
  downtimeTicks: number;
  sent: number;
  why: { kind: 'everyPage' } | { kind: 'dirtyAfterRounds'; stop: PreCopyStop } | { kind: 'cpuStateOnly' };
}

/**
 * A post-copy fault: the process touched `page` on the target before it arrived and waited for it; `fetch` says
 * how it came: asked for, ahead of the push (`demand`), or already pushed and on the wire (`inFlight`).
 */
export interface PageFault {
  tick: number;
  page: number;
  fetch: 'demand' | 'inFlight';
  waitTicks: number;
}

/** Where the process ran its work ticks: [from, to) of its own CPU ticks. */
export interface WorkSegment {
  where: 'source' | 'target';
  from: number;
  to: number;
}

export interface MigrationResult {
  method: MethodKind;
  rounds: CopyRound[];
  stop: StopPhase;
  faults: PageFault[];
  totals: {
    pagesTransferred: number;
    bytesTransferred: number;
    rounds: number;
    /** from the start of the migration until the target holds every page, ticks */
    totalTicks: number;
    downtimeTicks: number;
    /** post-copy: from resumption until the last page arrived (the process runs, slowed by faults); 0 otherwise */
    degradationTicks: number;
    /** ticks the process waited on faults, within the degradation */
    faultWaitTicks: number;
  };
  work: WorkSegment[];
  /** each page's version (writes since the migration began) on the source when the process stopped there */
  sourceAtSwitch: number[];
  /** each page's version on the target when the migration ended (-1: never arrived, which must not happen) */
  target: number[];
}

export type MigrationOutcome = { ok: true; result: MigrationResult } | { ok: false; errors: FieldError[] };
