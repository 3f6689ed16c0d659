import { z } from 'zod';
import { FS_LIMITS } from '../fs/config';
import { DEFAULT_DISK, DEFAULT_SIMPLE, DEFAULT_SSD, DEVICE_CHECKSUMS, DEVICE_LIMITS } from '../fs/device/deviceConfig';
import { DISK_POLICY_NAMES } from '../storage/disk/diskTypes';
import { SSD_FTL_NAMES, SSD_WEAR_LEVELS } from '../storage/ssd/ssdTypes';
import { RAID5_LAYOUTS } from '../storage/raid/raidTypes';
import { intIn, once, oneOf, unionError } from './fields';

/** The device's schema, made with the file system's (fsSchema.ts). */
export const deviceSchemas = once(() => {
  const ticks = intIn(0, FS_LIMITS.maxDeviceTicks, 'ticks');
  const sectorAngle = intIn(2, DEVICE_LIMITS.maxSectorAngle, 'degrees');
  const anglesPhrase = `must be 1 to ${DEVICE_LIMITS.maxTracks} angles between sectors, one per zone from the outer track in (OSTEP's disk: three, one per track, disk.py -z)`;
  const windowPhrase = `must be -1 (every waiting request) or an integer from 1 to ${FS_LIMITS.maxBlocks} requests`;

  /** Absent is 'none': a scenario without it runs (and hashes) as before. */
  const checksum = oneOf(DEVICE_CHECKSUMS).optional();

  // Each kind's fields, shared by the device and a RAID's member (which has no checksum of its own).
  const simpleFields = {
    requestTicks: ticks.default(DEFAULT_SIMPLE.requestTicks),
    blockTicks: ticks.default(DEFAULT_SIMPLE.blockTicks),
  };

  const simpleSchema = z.strictObject(
    {
      kind: z.literal('simple', { error: 'must be one of simple, disk, ssd, raid' }).optional(),
      ...simpleFields,
      checksum,
    },
    { error: 'must be an object {kind, requestTicks, blockTicks, checksum}' },
  );

  const diskFields = {
    kind: z.literal('disk'),
    sectorAngles: z
      .array(sectorAngle, { error: anglesPhrase })
      .min(1, { error: anglesPhrase })
      .max(DEVICE_LIMITS.maxTracks, { error: anglesPhrase })
      .default([...DEFAULT_DISK.sectorAngles]),
    tracks: intIn(1, DEVICE_LIMITS.maxTracks, 'tracks').optional(),
    skew: intIn(-DEVICE_LIMITS.maxSkew, DEVICE_LIMITS.maxSkew, 'sectors').default(DEFAULT_DISK.skew),
    seekSpeed: intIn(1, DEVICE_LIMITS.maxSeekSpeed, 'drawing units a tick (a track is 40)').default(
      DEFAULT_DISK.seekSpeed,
    ),
    rotateSpeed: intIn(1, DEVICE_LIMITS.maxSectorAngle, 'degrees a tick').default(DEFAULT_DISK.rotateSpeed),
    policy: oneOf(DISK_POLICY_NAMES).default(DEFAULT_DISK.policy),
    window: z
      .number({ error: windowPhrase })
      .int({ error: windowPhrase })
      .min(-1, { error: windowPhrase })
      .max(FS_LIMITS.maxBlocks, { error: windowPhrase })
      .refine((n) => n !== 0, { error: windowPhrase })
      .default(DEFAULT_DISK.window),
  };

  const diskSchema = z.strictObject(
    { ...diskFields, checksum },
    { error: 'must be an object {kind, sectorAngles, tracks, skew, seekSpeed, rotateSpeed, policy, window, checksum}' },
  );

  const ssdFields = {
    kind: z.literal('ssd'),
    ftl: oneOf(SSD_FTL_NAMES).default(DEFAULT_SSD.ftl),
    blocks: intIn(2, DEVICE_LIMITS.maxSsdBlocks, 'erase blocks'),
    pagesPerBlock: intIn(1, DEVICE_LIMITS.maxPagesPerBlock, 'pages').default(DEFAULT_SSD.pagesPerBlock),
    readTicks: ticks.default(DEFAULT_SSD.readTicks),
    programTicks: ticks.default(DEFAULT_SSD.programTicks),
    eraseTicks: ticks.default(DEFAULT_SSD.eraseTicks),
    highWater: intIn(1, DEVICE_LIMITS.maxSsdBlocks, 'blocks in use'),
    lowWater: intIn(0, DEVICE_LIMITS.maxSsdBlocks, 'blocks in use'),
    wearLevel: oneOf(SSD_WEAR_LEVELS).default(DEFAULT_SSD.wearLevel),
    wearThreshold: intIn(0, DEVICE_LIMITS.maxEndurance, 'erases').default(DEFAULT_SSD.wearThreshold),
    endurance: intIn(0, DEVICE_LIMITS.maxEndurance, 'erases (0: no limit)').default(DEFAULT_SSD.endurance),
  };

  const ssdWords =
    'kind, ftl, blocks, pagesPerBlock, readTicks, programTicks, eraseTicks, highWater, lowWater, wearLevel, wearThreshold, endurance';

  const ssdSchema = z.strictObject({ ...ssdFields, checksum }, { error: `must be an object {${ssdWords}, checksum}` });

  /** A RAID's member: a simple disk by default, or a hard disk or an SSD (RaidMemberConfig in deviceConfig.ts). */
  const memberSchema = z
    .discriminatedUnion(
      'kind',
      [
        z.strictObject(
          { kind: z.literal('simple', { error: 'must be one of simple, disk, ssd' }).optional(), ...simpleFields },
          { error: 'must be an object {kind, requestTicks, blockTicks}' },
        ),
        z.strictObject(diskFields, {
          error: 'must be an object {kind, sectorAngles, skew, seekSpeed, rotateSpeed, policy, window}',
        }),
        z.strictObject(ssdFields, { error: `must be an object {${ssdWords}}` }),
      ],
      {
        error: unionError('must be an object with a kind (simple, disk or ssd)', 'must be one of simple, disk, ssd'),
      },
    )
    .prefault({});

  const raidLevel = 'must be one of 0, 1, 4, 5';

  const raidSchema = z.strictObject(
    {
      kind: z.literal('raid'),
      level: z.union([z.literal(0), z.literal(1), z.literal(4), z.literal(5)], { error: raidLevel }),
      disks: intIn(2, DEVICE_LIMITS.maxRaidDisks, 'member disks'),
      chunk: intIn(1, DEVICE_LIMITS.maxChunk, 'blocks').default(1),
      layout: oneOf(RAID5_LAYOUTS).default('LS'),
      member: memberSchema,
      checksum,
    },
    { error: 'must be an object {kind, level, disks, chunk, layout, member, checksum}' },
  );

  /** The `fs.device` section (DeviceConfig in fs/device/deviceConfig.ts): without a kind, the simple device. */
  const deviceSchema = z
    .discriminatedUnion('kind', [simpleSchema, diskSchema, ssdSchema, raidSchema], {
      error: unionError(
        'must be an object with a kind (simple, disk, ssd or raid)',
        'must be one of simple, disk, ssd, raid',
      ),
    })
    .prefault({});
  return { deviceSchema };
});
