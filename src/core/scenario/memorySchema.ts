import { z } from 'zod';
import { DEFAULT_MEMORY, memoryLimits as L } from '../memory/defaults';
import { PLACEMENTS, REPLACEMENTS } from '../memory/types';
import { flag, intIn, numberIn, once, oneOf } from './fields';
import { mmuSchemas } from './mmuSchema';

/** The memory section's schema, made on first use (fields.ts `once`): most scenarios have no memory section. */
export const memorySchemas = once(() => {
  const { mmuSchema } = mmuSchemas();

  const fraction = numberIn(0, 1, '(a fraction of physical memory)');

  const P = DEFAULT_MEMORY.pools;
  const C = DEFAULT_MEMORY.constraints;
  /** Each omitted fraction takes its default. */
  const poolsSchema = z
    .strictObject(
      {
        aiModels: fraction.default(P.aiModels),
        aiData: fraction.default(P.aiData),
        ledger: fraction.default(P.ledger),
        chainState: fraction.default(P.chainState),
        network: fraction.default(P.network),
        system: fraction.default(P.system),
      },
      { error: 'must be an object of pool fractions' },
    )
    .prefault({});
  const constraintsSchema = z
    .strictObject(
      {
        aiTotal: fraction.default(C.aiTotal),
        aiModels: fraction.default(C.aiModels),
        aiData: fraction.default(C.aiData),
        blockchainTotal: fraction.default(C.blockchainTotal),
        ledger: fraction.default(C.ledger),
        chainState: fraction.default(C.chainState),
        system: fraction.default(C.system),
      },
      { error: 'must be an object of constraint fractions' },
    )
    .prefault({});

  /**
   * The `memory` section's shape and defaults. Rules that tie fields together (whole pages, powers of two)
   * are the memory subsystem's own: memoryConfigErrors, run on what this schema accepts.
   */
  const memorySchema = z.strictObject(
    {
      physicalBytes: intIn(L.minPhysicalPages * L.minPageSize, L.maxPhysicalBytes, 'bytes').default(
        DEFAULT_MEMORY.physicalBytes,
      ),
      pageSize: intIn(L.minPageSize, L.maxPageSize, 'bytes (a power of two)').default(DEFAULT_MEMORY.pageSize),
      swapBytes: intIn(0, L.maxSwapBytes, 'bytes').default(DEFAULT_MEMORY.swapBytes),
      virtualBits: intIn(L.minVirtualBits, L.maxVirtualBits, 'bits').default(DEFAULT_MEMORY.virtualBits),
      pageTableLevels: z
        .union([z.literal(1), z.literal(2)], { error: 'must be 1 or 2' })
        .default(DEFAULT_MEMORY.pageTableLevels),
      tlbEntries: intIn(L.minTlbEntries, L.maxTlbEntries).default(DEFAULT_MEMORY.tlbEntries),
      tlbMode: oneOf(['flush', 'asid']).default(DEFAULT_MEMORY.tlbMode),
      placement: oneOf(PLACEMENTS).default(DEFAULT_MEMORY.placement),
      replacement: oneOf(REPLACEMENTS).default(DEFAULT_MEMORY.replacement),
      swapInTicks: intIn(0, L.maxTicks, 'ticks').default(DEFAULT_MEMORY.swapInTicks),
      swapOutTicks: intIn(0, L.maxTicks, 'ticks').default(DEFAULT_MEMORY.swapOutTicks),
      compactionTicksPerPage: intIn(0, L.maxTicks, 'ticks').default(DEFAULT_MEMORY.compactionTicksPerPage),
      autoCompact: flag().default(DEFAULT_MEMORY.autoCompact),
      pools: poolsSchema,
      constraints: constraintsSchema,
      copyOnWrite: flag().default(DEFAULT_MEMORY.copyOnWrite),
      alerts: z
        .strictObject({
          fragmentation: fraction.default(DEFAULT_MEMORY.alerts.fragmentation),
          swapUse: fraction.default(DEFAULT_MEMORY.alerts.swapUse),
        })
        .prefault({}),
      mmu: mmuSchema.optional(),
    },
    { error: 'must be an object of memory settings' },
  );
  return { memorySchema };
});
