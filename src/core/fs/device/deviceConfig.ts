import type { DiskPolicyName } from '../../storage/disk/diskTypes';
import type { SsdFtl, SsdWearLevel } from '../../storage/ssd/ssdTypes';
import type { Raid5Layout, RaidLevel } from '../../storage/raid/raidTypes';

/**
 * The block device the node's file system runs on, as the scenario's `fs.device` gives it. Told apart by `kind`;
 * without one it is the simple device every scenario had before the others (and still the default), so an older
 * scenario reads as it did.
 */
export type DeviceConfig = SimpleDeviceConfig | DiskDeviceConfig | SsdDeviceConfig | RaidDeviceConfig;

/** The per-block checksum a device stores beside each block and checks on read (fs/device/blockFaults.ts). */
export const DEVICE_CHECKSUMS = ['none', 'additive', 'xor', 'fletcher', 'crc32'] as const;
export type DeviceChecksum = (typeof DEVICE_CHECKSUMS)[number];

/**
 * One request at a time, first come first served: `requestTicks` (command and positioning) plus `blockTicks` for
 * each block it moves.
 */
export interface SimpleDeviceConfig {
  kind?: 'simple';
  requestTicks: number;
  blockTicks: number;
  checksum?: DeviceChecksum;
}

/**
 * A hard disk with OSTEP's geometry (storage/disk/: `sectorAngles` degrees between sectors from the outer track in,
 * as disk.py's -z, and `skew` sectors of track skew, its -o) or a larger one: `tracks` tracks (by default one per
 * angle, OSTEP's three), split evenly into zones from the outside in, zone z's sectors `sectorAngles[z]` apart.
 * Block b of the file system is the disk's block b. The arm moves `seekSpeed` drawing units a tick (a track is 40 wide, disk.py's -S) and the platter
 * turns `rotateSpeed` degrees a tick (-R); the requests of one batch are served in the order `policy` picks,
 * weighing `window` of them at a time (-1: all).
 */
export interface DiskDeviceConfig {
  kind: 'disk';
  sectorAngles: number[];
  tracks?: number;
  skew: number;
  seekSpeed: number;
  rotateSpeed: number;
  policy: DiskPolicyName;
  window: number;
  checksum?: DeviceChecksum;
}

/**
 * A flash SSD (storage/ssd/): `blocks` erase blocks of `pagesPerBlock` pages, the file system's block b its
 * logical page b, mapped by `ftl`; a page read, a page program and a block erase cost `readTicks`, `programTicks`
 * and `eraseTicks`. Under the log FTL the garbage collector runs when `highWater` blocks are in use, down to
 * `lowWater`, never erasing a live page; static wear levelling moves cold data off a block whose erases lag the
 * most-erased by more than `wearThreshold`; a block erased `endurance` times retires (0: never).
 */
export interface SsdDeviceConfig {
  kind: 'ssd';
  ftl: SsdFtl;
  blocks: number;
  pagesPerBlock: number;
  readTicks: number;
  programTicks: number;
  eraseTicks: number;
  highWater: number;
  lowWater: number;
  wearLevel: SsdWearLevel;
  wearThreshold: number;
  endurance: number;
  checksum?: DeviceChecksum;
}

/**
 * A RAID (storage/raid/) of `disks` members alike, `chunk` blocks a chunk, RAID 5's parity rotation `layout`
 * (left-symmetric or left-asymmetric): the file system's block b is the array's logical block b. A member may fail
 * (the scenario's fail operation) and a spare take its place (rebuild), rebuilt in the members' idle time.
 */
export interface RaidDeviceConfig {
  kind: 'raid';
  level: RaidLevel;
  disks: number;
  chunk: number;
  layout: Raid5Layout;
  member: RaidMemberConfig;
  checksum?: DeviceChecksum;
}

/**
 * What each member of a RAID is: a simple disk (the default), a hard disk with OSTEP's geometry or an SSD, each
 * with its own queue (fs/device/raidMembers.ts). The RAID's checksum covers them all, so a member has none.
 */
export type RaidMemberConfig =
  Omit<SimpleDeviceConfig, 'checksum'> | Omit<DiskDeviceConfig, 'checksum'> | Omit<SsdDeviceConfig, 'checksum'>;

export type DeviceKind = NonNullable<DeviceConfig['kind']>;

/** A device's kind, `simple` where the scenario names none. */
export const deviceKind = (d: DeviceConfig): DeviceKind => d.kind ?? 'simple';

export const DEVICE_LIMITS = {
  /** a sector angle and a speed within these keep the disk's ticks exact (storage/disk/diskLayout.ts) */
  maxSectorAngle: 180,
  /** a disk's tracks (each crossed in 40 drawing units), and so its zones */
  maxTracks: 64,
  maxSkew: 1_000,
  maxSeekSpeed: 40,
  maxSsdBlocks: 4_096,
  maxPagesPerBlock: 256,
  maxDeviceTicks: 1_000_000,
  maxEndurance: 1_000_000,
  maxRaidDisks: 16,
  maxChunk: 64,
} as const;

/** The device every scenario without a kind runs on. */
export const DEFAULT_SIMPLE: Readonly<SimpleDeviceConfig> = Object.freeze({ requestTicks: 4, blockTicks: 1 });

export const DEFAULT_DISK: Readonly<Omit<DiskDeviceConfig, 'kind'>> = Object.freeze({
  sectorAngles: [2, 2, 2],
  skew: 0,
  seekSpeed: 1,
  rotateSpeed: 1,
  policy: 'FIFO',
  window: -1,
});

export const DEFAULT_SSD: Readonly<Omit<SsdDeviceConfig, 'kind' | 'blocks' | 'highWater' | 'lowWater'>> = Object.freeze(
  {
    ftl: 'log',
    pagesPerBlock: 16,
    readTicks: 1,
    programTicks: 4,
    eraseTicks: 40,
    wearLevel: 'none',
    wearThreshold: 8,
    endurance: 0,
  },
);

/**
 * The most a device may take: per request and per block, as the simple device's two numbers, for the scenario's
 * cost estimate. A disk block at worst seeks across every track gap (40 drawing units each), waits a whole turn and
 * moves its widest sector; an SSD write at worst also cleans a block (every page read and programmed, one erase).
 * A RAID's members serve a request together.
 */
export function deviceBound(c: DeviceConfig): { requestTicks: number; blockTicks: number } {
  if (c.kind === 'disk') {
    const widest = Math.max(...c.sectorAngles);
    const turn = Math.ceil(360 / c.rotateSpeed);
    const across = 40 * ((c.tracks ?? c.sectorAngles.length) - 1);
    return {
      requestTicks: 0,
      blockTicks: Math.ceil(across / c.seekSpeed) + turn + Math.ceil(widest / c.rotateSpeed) + 2,
    };
  }
  if (c.kind === 'ssd') {
    const page = c.readTicks + c.programTicks;
    return { requestTicks: 0, blockTicks: page + c.pagesPerBlock * page + c.eraseTicks };
  }
  // A RAID block costs a member at most two I/Os (a small write's read and write of data or parity).
  if (c.kind === 'raid') {
    const member = deviceBound(c.member);
    return { requestTicks: member.requestTicks, blockTicks: 2 * member.blockTicks };
  }
  return { requestTicks: c.requestTicks, blockTicks: c.blockTicks };
}
