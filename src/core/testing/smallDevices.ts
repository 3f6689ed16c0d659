import { deepFreeze } from '../deepFreeze';
import type { DeviceConfig, DiskDeviceConfig, SsdDeviceConfig } from '../fs/device/deviceConfig';

// The small devices the device and file-system tests run on: a few dozen blocks each, so that a property's
// hundreds of runs stay quick, and one definition of each, so that tests that share a device share its figures.
// Frozen: a test that changed one would change every test that runs on it.

/** A three-track disk of 36 sectors a track (10° each), shortest seek first. */
export const SMALL_DISK: DiskDeviceConfig = deepFreeze({
  kind: 'disk',
  sectorAngles: [10, 10, 10],
  skew: 0,
  seekSpeed: 4,
  rotateSpeed: 5,
  policy: 'SSTF',
  window: -1,
});

/** The same disk serving requests in arrival order. */
export const SMALL_FIFO_DISK: DiskDeviceConfig = deepFreeze({ ...SMALL_DISK, policy: 'FIFO' });

/** A log-structured SSD of 8 blocks of 16 pages, collecting above 7 used blocks down to 5. */
export const SSD_8X16: SsdDeviceConfig = deepFreeze({
  kind: 'ssd',
  ftl: 'log',
  blocks: 8,
  pagesPerBlock: 16,
  readTicks: 1,
  programTicks: 2,
  eraseTicks: 6,
  highWater: 7,
  lowWater: 5,
  wearLevel: 'none',
  wearThreshold: 8,
  endurance: 0,
});

/** A log-structured SSD of 8 blocks of 8 pages, collecting above 6 used blocks down to 3: GC comes soon. */
export const SSD_8X8: SsdDeviceConfig = deepFreeze({
  kind: 'ssd',
  ftl: 'log',
  blocks: 8,
  pagesPerBlock: 8,
  readTicks: 1,
  programTicks: 3,
  eraseTicks: 9,
  highWater: 6,
  lowWater: 3,
  wearLevel: 'none',
  wearThreshold: 8,
  endurance: 0,
});

/** SSD_8X8 levelling its wear at a difference of one erase. */
export const SSD_8X8_STATIC_WEAR: SsdDeviceConfig = deepFreeze({ ...SSD_8X8, wearLevel: 'static', wearThreshold: 1 });

/** SSD_8X8 with 6 blocks, collecting above 5 down to 2. */
export const SSD_6X8: SsdDeviceConfig = deepFreeze({ ...SSD_8X8, blocks: 6, highWater: 5, lowWater: 2 });

/** RAID 5 over four simple disks, chunks of 2, left-symmetric. */
export const RAID5_SIMPLE: DeviceConfig = deepFreeze({
  kind: 'raid',
  level: 5,
  disks: 4,
  chunk: 2,
  layout: 'LS',
  member: { requestTicks: 1, blockTicks: 1 },
});

/** RAID 1 over two simple disks whose requests cost only their blocks. */
export const RAID1_SIMPLE: DeviceConfig = deepFreeze({
  kind: 'raid',
  level: 1,
  disks: 2,
  chunk: 1,
  layout: 'LS',
  member: { requestTicks: 0, blockTicks: 1 },
});
