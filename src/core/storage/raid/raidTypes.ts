/**
 * A RAID of identical disks as OSTEP's raid.py lays it out: blocks of 4 KiB, grouped into chunks striped across
 * the disks; RAID 1 mirrors pairs of disks, RAID 4 keeps parity on the last disk, RAID 5 rotates it. Offsets count
 * blocks from the start of a disk. All of it is plain data so a run can be copied and replayed.
 */

export const RAID_LEVELS = [0, 1, 4, 5] as const;
export type RaidLevel = (typeof RAID_LEVELS)[number];

/** RAID 5's parity rotation: left-symmetric (data continues after the parity disk) or left-asymmetric. */
export const RAID5_LAYOUTS = ['LS', 'LA'] as const;
export type Raid5Layout = (typeof RAID5_LAYOUTS)[number];

export interface RaidConfig {
  level: RaidLevel;
  disks: number;
  /** blocks per chunk */
  chunk: number;
  /** RAID 5's rotation (the other levels ignore it) */
  layout: Raid5Layout;
}

/** A block on one disk. */
export interface RaidPlace {
  disk: number;
  offset: number;
}

/** A logical request: `size` blocks from `block`. */
export interface RaidRequest {
  write: boolean;
  block: number;
  size: number;
}

/** A physical I/O: of a logical block (data, or its mirror's copy) or of a stripe's parity (block null). */
export interface RaidIo extends RaidPlace {
  op: 'read' | 'write';
  role: 'data' | 'mirror' | 'parity';
  block: number | null;
}

/**
 * One step of a logical request: I/Os the RAID issues together, the reads of a parity update before its writes
 * (raidExplain.ts puts each in words).
 */
export type RaidStep =
  /** RAID 0: a block on its one disk */
  | { kind: 'striped'; ios: RaidIo[]; block: number }
  /** RAID 1: one copy read, picked by the offset's parity */
  | { kind: 'mirror-read'; ios: RaidIo[]; block: number }
  /** RAID 1: both copies written */
  | { kind: 'mirror-write'; ios: RaidIo[]; block: number }
  /** RAID 4/5 reads touch data only */
  | { kind: 'data-read'; ios: RaidIo[] }
  /** a small write reads the old data and old parity (new parity = old ^ old data ^ new data) */
  | { kind: 'subtractive-read'; ios: RaidIo[]; stripe: number; parity: number; written: number; untouched: number }
  /** a large write reads the rest of the stripe instead (new parity = XOR of the whole stripe) */
  | { kind: 'additive-read'; ios: RaidIo[]; stripe: number }
  /** the new data and the new parity; a full stripe read nothing first */
  | { kind: 'parity-write'; ios: RaidIo[]; stripe: number; parity: number; full: boolean };

export type RaidStepKind = RaidStep['kind'];

/** How raid.py's disk model classes an I/O by its distance from the one before on the same disk. */
export type RaidSeek = 'sequential' | 'nearly' | 'random';

/** One disk under raid.py's timing model: where its head is and what it has done (time in ms). */
export interface RaidDiskTime {
  /** the last block served; far below 0 at first so the first I/O seeks */
  at: number;
  ios: number;
  sequential: number;
  nearly: number;
  random: number;
  busy: number;
}
