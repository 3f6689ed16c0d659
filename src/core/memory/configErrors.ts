import type { FieldError } from '../scenario/fieldErrors';
import { memoryLimits as L } from './defaults';
import { REPLACEMENT_MODULES } from './replacement/registry';
import { PLACEMENTS, POOL_NAMES, REPLACEMENTS, type MemoryConfig } from './types';
import { groupedDigits } from '../groupedDigits';

const CONSTRAINT_NAMES = [
  'aiTotal',
  'aiModels',
  'aiData',
  'blockchainTotal',
  'ledger',
  'chainState',
  'system',
] as const;

/**
 * Refusals of a MemoryConfig, each naming the field and its limit; empty when createMemory may take it.
 * `path` is where the config sits in the scenario (e.g. `memory`).
 */
export function memoryConfigErrors(c: MemoryConfig, path = 'memory'): FieldError[] {
  const errors: FieldError[] = [];
  const refuse = (field: string, limit: string, got: unknown): void => {
    errors.push({ path: `${path}.${field}`, limit, message: `${path}.${field} must be ${limit} (got ${String(got)})` });
  };
  const intIn = (field: string, v: number, min: number, max: number, unit: string): boolean => {
    const ok = Number.isSafeInteger(v) && v >= min && v <= max;
    if (!ok) refuse(field, `an integer from ${min} to ${max} ${unit}`.trimEnd(), v);
    return ok;
  };
  const pageOk = intIn('pageSize', c.pageSize, L.minPageSize, L.maxPageSize, 'bytes');
  const powerOfTwo = pageOk && (c.pageSize & (c.pageSize - 1)) === 0;
  if (pageOk && !powerOfTwo) refuse('pageSize', 'a power of two', c.pageSize);
  // The checks that depend on the page size assume the smallest one when the page size itself is refused.
  const page = powerOfTwo ? c.pageSize : L.minPageSize;
  if (intIn('physicalBytes', c.physicalBytes, L.minPhysicalPages * page, L.maxPhysicalBytes, 'bytes')) {
    if (c.physicalBytes % page !== 0) refuse('physicalBytes', `a whole number of ${page}-byte pages`, c.physicalBytes);
    else if (c.physicalBytes / page > L.maxFrames)
      refuse('physicalBytes', `at most ${groupedDigits(L.maxFrames)} frames of ${page} bytes`, c.physicalBytes);
  }
  if (intIn('swapBytes', c.swapBytes, 0, L.maxSwapBytes, 'bytes') && c.swapBytes % page !== 0) {
    refuse('swapBytes', `a whole number of ${page}-byte pages`, c.swapBytes);
  }
  if (
    intIn('virtualBits', c.virtualBits, L.minVirtualBits, L.maxVirtualBits, 'bits') &&
    2 ** c.virtualBits < 2 * page
  ) {
    refuse('virtualBits', 'large enough for two pages (page 0 is never mapped)', c.virtualBits);
  }
  if (c.pageTableLevels !== 1 && c.pageTableLevels !== 2) refuse('pageTableLevels', '1 or 2', c.pageTableLevels);
  intIn('tlbEntries', c.tlbEntries, L.minTlbEntries, L.maxTlbEntries, 'entries');
  if (c.tlbMode !== 'flush' && c.tlbMode !== 'asid') refuse('tlbMode', "'flush' or 'asid'", c.tlbMode);
  if (!PLACEMENTS.includes(c.placement)) refuse('placement', `one of ${PLACEMENTS.join(', ')}`, c.placement);
  if (!REPLACEMENTS.includes(c.replacement)) refuse('replacement', `one of ${REPLACEMENTS.join(', ')}`, c.replacement);
  else if (!REPLACEMENT_MODULES[c.replacement].live) {
    // A live memory sees references as they happen; these policies need the whole string in advance.
    const live = REPLACEMENTS.filter((r) => REPLACEMENT_MODULES[r].live).join(', ');
    errors.push({
      path: `${path}.replacement`,
      limit: live,
      message: `${path}.replacement cannot be ${c.replacement} in a run (it needs the future references, unknown until the run happens); use one of ${live}, and compare ${c.replacement} on a reference string in the Memory view`,
    });
  }
  intIn('swapInTicks', c.swapInTicks, 0, L.maxTicks, 'ticks');
  intIn('swapOutTicks', c.swapOutTicks, 0, L.maxTicks, 'ticks');
  intIn('compactionTicksPerPage', c.compactionTicksPerPage, 0, L.maxTicks, 'ticks');
  const fraction = (field: string, v: unknown): void => {
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) refuse(field, 'a fraction from 0 to 1', v);
  };
  for (const name of POOL_NAMES) fraction(`pools.${name}`, c.pools?.[name]);
  for (const name of CONSTRAINT_NAMES) fraction(`constraints.${name}`, c.constraints?.[name]);
  fraction('alerts.fragmentation', c.alerts?.fragmentation);
  fraction('alerts.swapUse', c.alerts?.swapUse);
  if (typeof c.copyOnWrite !== 'boolean') refuse('copyOnWrite', 'true or false', c.copyOnWrite);
  return errors;
}
