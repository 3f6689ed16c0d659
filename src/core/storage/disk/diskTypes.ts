/**
 * A hard disk as OSTEP's disk.py draws it: three tracks around a spindle, the arm over one of them, the platter
 * turning counter-clockwise. Distances are in drawing units (a track is 40 wide), angles in degrees, time in ticks.
 * All of it is plain data so a run can be copied and replayed.
 */

/** Every scheduling policy: OSTEP's four and the SCAN family it lacks. */
export const DISK_POLICY_NAMES = ['FIFO', 'SSTF', 'SATF', 'BSATF', 'SCAN', 'C-SCAN', 'LOOK', 'C-LOOK'] as const;
export type DiskPolicyName = (typeof DISK_POLICY_NAMES)[number];

/** Where the blocks lie: OSTEP's layout (of three tracks or more), block 0 on the outer track, numbers growing inwards. */
export interface DiskLayout {
  /** degrees from a sector's start to its middle, per track from the outer one in: disk.py's `zone // 2` */
  halfSector: number[];
  /**
   * each block's track, the angle of its middle (degrees, 0 under the head at the start) and of its start (the
   * middle less the track's half sector: what a scheduler weighing every waiting request reads)
   */
  blocks: { track: number; angle: number; start: number }[];
  /** the first and last block of each track */
  trackEnds: { first: number; last: number }[];
}

export interface DiskConfig {
  layout: DiskLayout;
  /** drawing units the arm moves per tick (a track is 40 wide); negative as disk.py allows it */
  seekSpeed: number;
  /** degrees the platter turns per tick, in (0, 360] */
  rotateSpeed: number;
  policy: DiskPolicyName;
  /** how many requests from the front of the queue a policy may pick from; -1: all */
  window: number;
}

export type DiskPhase = 'queued' | 'seek' | 'rotate' | 'transfer' | 'done';

/** A seek, rotation and transfer time in ticks, and their sum. */
export interface DiskTimes {
  seek: number;
  rotate: number;
  transfer: number;
  total: number;
}

/** A policy's guess of a request's times from where the head is now (disk.py's DoSATF arithmetic). */
export type DiskEstimate = DiskTimes;

/** Why a request was picked: each policy's own reason, turned into words by diskExplain.ts. */
export type DiskReason =
  | { kind: 'fifo'; estimate: DiskEstimate }
  | { kind: 'satf'; estimate: DiskEstimate; candidates: number; window: number }
  | { kind: 'sstf'; track: number; distance: number; onTrack: number; estimate: DiskEstimate }
  | {
      kind: 'sweep';
      policy: 'SCAN' | 'C-SCAN' | 'LOOK' | 'C-LOOK';
      /** +1 towards the inner track, -1 towards the outer */
      direction: 1 | -1;
      /** no request lay ahead, so the sweep turned (or, circular, went back to the outer side) */
      turned: boolean;
      track: number;
      /** tracks the arm passes through on its way (SCAN's edge, C-SCAN's return) */
      via: number[];
      onTrack: number;
      estimate: DiskEstimate;
    };

export interface DiskDecision {
  tick: number;
  /** position of the request in the queue */
  index: number;
  block: number;
  /** the arm's track when it chose */
  from: number;
  reason: DiskReason;
}

/** One request served, with the times disk.py prints for it. */
export interface DiskServed extends DiskTimes {
  index: number;
  block: number;
  track: number;
}

export interface DiskArm {
  /** left edge of the arm in drawing units (disk.py's armX1): where it stops is where the next seek starts */
  x: number;
  track: number;
  /** tracks still to reach on this seek, the last one the request's */
  legs: number[];
  targetX: number;
  speed: number;
}

export interface DiskState {
  tick: number;
  /** how far the platter has turned, degrees in [0, 360) */
  angle: number;
  arm: DiskArm;
  /** the blocks requested, in the order they came; `phase` is the one being served's */
  queue: number[];
  /** requests that join the queue one per decision (disk.py's late requests) */
  late: number[];
  lateAdded: number;
  /** requests finished */
  served: number;
  /**
   * the queue positions inside the window not yet done, in queue order: what the policies weigh. Kept as requests
   * enter the window and finish, so a pick costs the window's size, not the queue's (a request SATF leaves waiting
   * long would otherwise make every pick walk past all those done since)
   */
  open: number[];
  /** the queue positions before this have entered `open` */
  entered: number;
  /** the request being served: its position in the queue, -1 before the first */
  current: number;
  phase: DiskPhase;
  seekBegin: number;
  rotateBegin: number;
  transferBegin: number;
  /** the scheduling window's end (disk.py's currWindow) and, for BSATF, the step it grows by */
  window: number;
  fairWindow: number;
  /** the SCAN family's sweep: +1 towards the inner track */
  direction: 1 | -1;
  totals: { seek: number; rotate: number; transfer: number };
  log: DiskServed[];
  /** the policy's choices in order; with `keepDecisions` 'ends', only the first and the latest */
  decisions: DiskDecision[];
  /**
   * 'all' (OSTEP's answers give each request's why) or 'ends' (a node's batch tells only its first and last choice):
   * a million kept choices are a third of a long run's time, in the garbage collector
   */
  keepDecisions: 'all' | 'ends';
  done: boolean;
  /** candidates the policies have weighed, against a budget */
  work: number;
}
