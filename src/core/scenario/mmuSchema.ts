import { z } from 'zod';
import { memoryLimits as L } from '../memory/defaults';
import { flag, intIn, listOf, once, oneOf, text, unionError } from './fields';
import { LIMITS } from './types';
import { ENTRY_PFN, SMALL_TABLES } from '../memory/twoLevelWalk';

/** The book's general form has a few segments (code, heap, stack); 16 keeps the slots' split readable. */
export const MAX_SEGMENTS = 16;

/** The MMU's schema, made with the memory section's (memorySchema.ts). */
export const mmuSchemas = once(() => {
  /** A physical address or a size in bytes: within the largest physical memory (memoryErrors checks the scenario's). */
  const bytes = intIn(0, L.maxPhysicalBytes, 'bytes');
  const pid = intIn(0, Number.MAX_SAFE_INTEGER);
  const violation = oneOf(['end', 'signal']).default('end');

  const baseBoundsSchema = z.strictObject(
    {
      mode: z.literal('base-bounds'),
      violation,
      processes: listOf(
        z.strictObject({ pid, base: bytes, bounds: bytes }, { error: 'must be an object {pid, base, bounds}' }),
        LIMITS.maxProcesses,
        'processes',
      ).default([]),
    },
    { error: 'must be an object {mode, violation, processes} (base-bounds takes no other field)' },
  );

  const segmentSchema = z.strictObject(
    {
      name: text(1, 32).optional(),
      base: bytes.optional(),
      size: bytes,
      grows: oneOf(['up', 'down']).default('up'),
    },
    { error: 'must be an object {name, base, size, grows}' },
  );

  const segmentedSchema = z.strictObject(
    {
      mode: z.literal('segmented'),
      violation,
      addressSpace: intIn(1, L.maxPhysicalBytes, 'bytes'),
      overlap: flag().default(false),
      processes: listOf(
        z.strictObject(
          { pid, segments: listOf(segmentSchema, MAX_SEGMENTS, 'segments').min(1, { error: 'must have a segment' }) },
          { error: 'must be an object {pid, segments}' },
        ),
        LIMITS.maxProcesses,
        'processes',
      ).default([]),
    },
    { error: 'must be an object {mode, violation, addressSpace, overlap, processes} (segmented takes no other field)' },
  );

  /** Bits of a two-level split: at most 10 offset bits (1 KiB pages), so a memory of 128 pages stays 128 KiB. */
  const bits = intIn(0, 10, 'bits');

  const twoLevelSchema = z.strictObject(
    {
      mode: z.literal('two-level'),
      violation,
      geometry: z
        .strictObject(
          {
            offsetBits: bits.default(SMALL_TABLES.offsetBits),
            tableBits: bits.default(SMALL_TABLES.tableBits),
            directoryBits: bits.default(SMALL_TABLES.directoryBits),
          },
          { error: 'must be an object {offsetBits, tableBits, directoryBits}' },
        )
        .prefault({}),
      processes: listOf(
        z.strictObject(
          {
            pid,
            base: bytes.optional(),
            pdbr: intIn(0, ENTRY_PFN),
            pages: listOf(listOf(intIn(0, 255, '(a byte)'), 2 ** 10, 'bytes'), ENTRY_PFN + 1, 'pages'),
          },
          { error: 'must be an object {pid, base, pdbr, pages}' },
        ),
        LIMITS.maxProcesses,
        'processes',
      ).default([]),
    },
    { error: 'must be an object {mode, violation, geometry, processes} (two-level takes no other field)' },
  );

  /** The `memory.mmu` section (MmuConfig in memory/mmuMode.ts); absent means paging. */
  const mmuSchema = z.discriminatedUnion(
    'mode',
    [
      z.strictObject({ mode: z.literal('paging') }, { error: 'paging takes no other field' }),
      baseBoundsSchema,
      segmentedSchema,
      twoLevelSchema,
    ],
    { error: unionError('must be an object with a mode', 'must be one of paging, base-bounds, segmented, two-level') },
  );
  return { mmuSchema };
});
