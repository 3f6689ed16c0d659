import { performance } from 'node:perf_hooks';
import { migrate } from '../core/network/migration/migrate';
import { referenceComparison } from '../core/network/migration/reference';
import { groupedDigits } from '../core/groupedDigits';

/**
 * The migration model's cost: the comparison with Clark et al. (two workloads under four methods, the largest an
 * 800 MiB process over gigabit), and the worst pre-copy the model accepts (rounds × a full copy at its limit).
 */
export function migrationBenchmarks(): { name: string; ms: number; detail: string }[] {
  const t0 = performance.now();
  const rows = referenceComparison();
  const ms = performance.now() - t0;
  const t1 = performance.now();
  const worst = migrate({
    pages: 204_800,
    pageSize: 4096,
    bandwidthMbps: 1000,
    latencyTicks: 1,
    // A working set written faster than the link sends it, so every round runs long.
    dirty: { kind: 'workingSet', firstPage: 0, pages: 204_800, writesPerTick: 16 },
    // 74 rounds of a 67,110-tick full copy: just under the 5,000,000 ticks the model accepts.
    method: { kind: 'preCopy', maxRounds: 74, dirtyPagesLimit: 0, downtimeLimitTicks: 0 },
    seed: 1,
  });
  const ms1 = performance.now() - t1;
  const ticks = worst.ok ? worst.result.totals.totalTicks : 0;
  return [
    {
      name: 'migration: Clark et al. comparison (8 runs)',
      ms,
      detail: `${rows.length} runs, write-heavy pre-copy downtime ${rows.find((r) => r.workload === 'writeHeavy' && r.method.startsWith('preCopy (Xen'))?.downtimeMs ?? '?'} ms`,
    },
    {
      name: 'migration: 800 MiB pre-copy, 74 rounds at 16 writes a tick',
      ms: ms1,
      detail: worst.ok ? `${groupedDigits(ticks)} ticks stepped` : `refused: ${worst.errors[0]?.message ?? ''}`,
    },
  ];
}
