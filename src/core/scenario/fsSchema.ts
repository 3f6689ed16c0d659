import { z } from 'zod';
import { DEFAULT_FS, FS_LIMITS } from '../fs/config';
import { MAX_MODE } from '../fs/access';
import { CORRUPTION_NAMES, MAX_OP_BYTES } from '../fs/fsOp';
import { JOURNAL_MODES } from '../fs/crash/journalMode';
import { CACHE_POLICY_NAMES } from '../fs/models/cache/types';
import { STORE_SPEC_LIMITS } from '../fs/models/storeSpec';
import { MODEL_STORE_LIMITS } from '../fs/models/types';
import { DEFAULT_FFS, FFS_LIMITS, FS_LAYOUTS } from '../fs/layout/nodeLayout';
import { DEFAULT_LOG, LOG_LIMITS } from '../fs/layout/logConfig';
import { CLEANER_POLICY_NAMES } from '../fs/lfs/cleanerPolicies';
import { NODE_ALLOCATIONS } from '../fs/allocation/nodeAllocation';
import { deviceSchemas } from './deviceSchema';
import { DEVICE_LIMITS } from '../fs/device/deviceConfig';
import { flag, intIn, listOf, once, text, unionError } from './fields';
import { LIMITS } from './types';

const phrase = (what: string) => `must be ${what}`;

/** The file system's schemas, made on first use (fields.ts `once`): most scenarios have no file system. */
export const fsSchemas = once(() => {
  const { deviceSchema } = deviceSchemas();

  /** An absolute path: what every file-system field that names a file takes. */
  const pathSchema = z
    .string({ error: phrase(`an absolute path of at most ${FS_LIMITS.maxPath} characters`) })
    .min(1, { error: phrase(`an absolute path of at most ${FS_LIMITS.maxPath} characters`) })
    .max(FS_LIMITS.maxPath, { error: phrase(`an absolute path of at most ${FS_LIMITS.maxPath} characters`) })
    .refine((p) => p.startsWith('/'), { error: phrase('an absolute path (starting with /)') });

  /** A symbolic link's target: any path, absolute or relative to the link's directory. */
  const linkTarget = z
    .string({ error: phrase(`a path of 1 to ${FS_LIMITS.maxPath} characters`) })
    .min(1, { error: phrase(`a path of 1 to ${FS_LIMITS.maxPath} characters`) })
    .max(FS_LIMITS.maxPath, { error: phrase(`a path of 1 to ${FS_LIMITS.maxPath} characters`) });

  const pidField = intIn(0, Number.MAX_SAFE_INTEGER, '(a process id)');
  /** Any descriptor number: one that is not open is refused with EBADF when the operation runs, as POSIX says. */
  const fdField = intIn(0, Number.MAX_SAFE_INTEGER, '(a descriptor)');

  const bytes = intIn(0, MAX_OP_BYTES, 'bytes');
  /** the RAID member a fault lands on (absent: the one reads go to) */
  const faultMember = intIn(0, DEVICE_LIMITS.maxRaidDisks - 1, '(a member disk of the RAID holding a copy)').optional();
  const powerOfTwo = phrase(`a power of two from ${FS_LIMITS.minBlockSize} to ${FS_LIMITS.maxBlockSize} bytes`);

  /** A file of the model store: its path in the snapshot, its size, and what stands for its bytes. */
  const storeFileSchema = z.strictObject(
    {
      path: text(1, MODEL_STORE_LIMITS.pathMax),
      bytes: intIn(1, FS_LIMITS.maxBlocks * FS_LIMITS.maxBlockSize, 'bytes'),
      content: text(1, MODEL_STORE_LIMITS.contentMax).optional(),
    },
    { error: 'must be an object {path, bytes, content}' },
  );

  /** One revision of a model in the store (StoreEntrySpec in fs/models/storeSpec.ts); names are checked by the store. */
  const storeEntrySchema = z.strictObject(
    {
      name: text(1, 2 * MODEL_STORE_LIMITS.nameMax + 1),
      ref: text(1, MODEL_STORE_LIMITS.nameMax).optional(),
      files: listOf(storeFileSchema, STORE_SPEC_LIMITS.files, 'files').min(1, { error: 'must list at least one file' }),
    },
    { error: 'must be an object {name, ref, files}' },
  );

  /** The `fs` section (FsConfig in fs/config.ts). */
  const fsSchema = z.strictObject(
    {
      blockSize: z
        .number({ error: powerOfTwo })
        .int({ error: powerOfTwo })
        .min(FS_LIMITS.minBlockSize, { error: powerOfTwo })
        .max(FS_LIMITS.maxBlockSize, { error: powerOfTwo })
        .refine((n) => (n & (n - 1)) === 0, { error: powerOfTwo })
        .default(DEFAULT_FS.blockSize),
      blocks: intIn(FS_LIMITS.minBlocks, FS_LIMITS.maxBlocks, 'blocks').default(DEFAULT_FS.blocks),
      inodes: intIn(FS_LIMITS.minInodes, FS_LIMITS.maxInodes).default(DEFAULT_FS.inodes),
      device: deviceSchema,
      cache: z
        .strictObject(
          {
            blocks: intIn(0, FS_LIMITS.maxCacheBlocks, 'blocks').default(DEFAULT_FS.cache.blocks),
            writeBack: flag().default(DEFAULT_FS.cache.writeBack),
          },
          { error: 'must be an object {blocks, writeBack}' },
        )
        .prefault({}),
      models: z
        .strictObject(
          {
            budget: intIn(1, 2 ** 50, 'bytes'),
            bandwidth: intIn(1, 2 ** 40, 'bytes per tick'),
            policy: z
              .enum(CACHE_POLICY_NAMES, { error: `must be one of ${CACHE_POLICY_NAMES.join(', ')}` })
              .default('LRU'),
            store: listOf(storeEntrySchema, STORE_SPEC_LIMITS.entries, 'model revisions').optional(),
          },
          { error: 'must be an object {budget, bandwidth, policy, store}' },
        )
        .optional(),
      // Optional rather than defaulted: a scenario without them parses to what it did before layouts existed.
      layout: z.enum(FS_LAYOUTS, { error: `must be one of ${FS_LAYOUTS.join(', ')}` }).optional(),
      allocation: z.enum(NODE_ALLOCATIONS, { error: `must be one of ${NODE_ALLOCATIONS.join(', ')}` }).optional(),
      ffs: z
        .strictObject(
          {
            groups: intIn(1, FFS_LIMITS.maxGroups, 'cylinder groups').default(DEFAULT_FFS.groups),
            largeFileBlocks: intIn(0, FS_LIMITS.maxBlocks, 'blocks (0: no large-file exception)').default(
              DEFAULT_FFS.largeFileBlocks,
            ),
          },
          { error: 'must be an object {groups, largeFileBlocks}' },
        )
        .optional(),
      journal: z.enum(JOURNAL_MODES, { error: `must be one of ${JOURNAL_MODES.join(', ')}` }).optional(),
      commitTicks: intIn(1, FS_LIMITS.maxDeviceTicks, 'ticks').optional(),
      lfs: z
        .strictObject(
          {
            segmentBlocks: intIn(LOG_LIMITS.minSegmentBlocks, LOG_LIMITS.maxSegmentBlocks, 'blocks').default(
              DEFAULT_LOG.segmentBlocks,
            ),
            cleanBelow: intIn(1, FS_LIMITS.maxBlocks, 'free segments').default(DEFAULT_LOG.cleanBelow),
            cleanTo: intIn(1, FS_LIMITS.maxBlocks, 'free segments').default(DEFAULT_LOG.cleanTo),
            policy: z
              .enum(CLEANER_POLICY_NAMES, { error: `must be one of ${CLEANER_POLICY_NAMES.join(', ')}` })
              .default(DEFAULT_LOG.policy),
          },
          { error: 'must be an object {segmentBlocks, cleanBelow, cleanTo, policy}' },
        )
        .optional(),
    },
    { error: 'must be an object of file-system settings' },
  );

  /** One file-system operation (FsOp in fs/fsOp.ts), told apart by `kind`. */
  const fsActionSchema = z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('mkdir'), path: pathSchema }),
      z.strictObject({ kind: z.literal('touch'), path: pathSchema }),
      z.strictObject({ kind: z.literal('write'), path: pathSchema, bytes }),
      z.strictObject({ kind: z.literal('truncate'), path: pathSchema, bytes }),
      z.strictObject({ kind: z.literal('rm'), path: pathSchema }),
      z.strictObject({ kind: z.literal('rmdir'), path: pathSchema }),
      z.strictObject({ kind: z.literal('link'), target: pathSchema, path: pathSchema }),
      z.strictObject({ kind: z.literal('symlink'), target: linkTarget, path: pathSchema }),
      z.strictObject({ kind: z.literal('rename'), from: pathSchema, to: pathSchema }),
      z.strictObject({
        kind: z.literal('chmod'),
        mode: intIn(0, MAX_MODE, '(permission bits, 0o777 = 511)'),
        path: pathSchema,
      }),
      z.strictObject({
        kind: z.literal('open'),
        pid: pidField,
        path: pathSchema,
        flags: z.enum(['r', 'w', 'a'], { error: 'must be one of r, w, a' }),
      }),
      z.strictObject({ kind: z.literal('read'), pid: pidField, fd: fdField, bytes }),
      z.strictObject({ kind: z.literal('fdwrite'), pid: pidField, fd: fdField, bytes }),
      z.strictObject({ kind: z.literal('seek'), pid: pidField, fd: fdField, offset: bytes }),
      z.strictObject({ kind: z.literal('dup'), pid: pidField, fd: fdField }),
      z.strictObject({ kind: z.literal('close'), pid: pidField, fd: fdField }),
      z.strictObject({ kind: z.literal('sync') }),
      z.strictObject({ kind: z.literal('verify') }),
      z.strictObject({
        kind: z.literal('tamper'),
        height: intIn(0, LIMITS.maxTick, '(a block of the ledger)'),
        rehash: flag().default(false),
      }),
      z.strictObject({ kind: z.literal('fsck') }),
      z.strictObject({
        kind: z.literal('corrupt'),
        corruption: z.enum(CORRUPTION_NAMES, { error: `must be one of ${CORRUPTION_NAMES.join(', ')}` }),
      }),
      z.strictObject({ kind: z.literal('crash') }),
      z.strictObject({
        kind: z.literal('fail'),
        disk: intIn(0, DEVICE_LIMITS.maxRaidDisks - 1, '(a member disk of the RAID)'),
      }),
      z.strictObject({
        kind: z.literal('rebuild'),
        disk: intIn(0, DEVICE_LIMITS.maxRaidDisks - 1, '(a member disk of the RAID)'),
      }),
      z.strictObject({
        kind: z.literal('corruptBlock'),
        block: intIn(0, FS_LIMITS.maxBlocks, '(a block of the device)'),
        disk: faultMember,
      }),
      z.strictObject({
        kind: z.literal('badSector'),
        block: intIn(0, FS_LIMITS.maxBlocks, '(a block of the device)'),
        disk: faultMember,
      }),
    ],
    {
      error: unionError(
        'must be an object with a kind',
        'must be one of mkdir, touch, write, truncate, rm, rmdir, link, symlink, rename, chmod, open, read, fdwrite, seek, dup, close, sync, verify, tamper, fsck, corrupt, crash, fail, rebuild, corruptBlock, badSector',
      ),
    },
  );

  /** The model a process serves (ProcessModel in fs/config.ts). */
  const processModelSchema = z.strictObject(
    {
      name: text(1, 255),
      bytes: intIn(1, 2 ** 50, 'bytes').optional(),
      revision: text(1, MODEL_STORE_LIMITS.nameMax).optional(),
    },
    { error: 'must be an object {name, bytes, revision}' },
  );

  /** A process's file I/O (FileIo in fs/config.ts). */
  const fileIoSchema = z.strictObject(
    {
      every: intIn(1, 1_000_000, 'ticks').default(1),
      requests: listOf(
        z.strictObject(
          {
            kind: z.enum(['read', 'write'], { error: 'must be one of read, write' }),
            path: pathSchema,
            bytes: intIn(1, MAX_OP_BYTES, 'bytes'),
          },
          { error: 'must be an object {kind, path, bytes}' },
        ),
        FS_LIMITS.maxRequests,
        'requests',
      ).min(1, { error: 'must list at least one request' }),
    },
    { error: 'must be an object {every, requests}' },
  );
  return { fsSchema, fsActionSchema, processModelSchema, fileIoSchema };
});
