import type { SimState } from '../../kernel/state';
import { checkReads, createBlockFaults, injectFault, type BlockFaults } from '../device/blockFaults';
import type { FsOp } from '../fsOp';
import { forgetFreed } from '../pageCache';
import type { FsError } from '../types';
import type { FsRun } from './state';

/** The run's faults, made on the first one (a scenario without a checksum or a fault keeps none: its hash as before). */
function faultsOf(run: FsRun): BlockFaults {
  run.faults ??= createBlockFaults(run.config.device.checksum ?? 'none');
  return run.faults;
}

/** A scheduled corrupt-block or bad-sector: the fault is at rest on the device until a read finds it or a write clears it. */
export function blockFaultOp(
  run: FsRun,
  op: Extract<FsOp, { kind: 'corruptBlock' | 'badSector' }>,
): { told: string } | { error: FsError } {
  const said = injectFault(
    faultsOf(run),
    run.device,
    run.config.blocks,
    op.block,
    op.kind === 'badSector' ? 'bad' : 'corrupt',
    op.disk,
  );
  return 'refused' in said ? { error: { code: 'EINVAL', message: said.refused } } : said;
}

/**
 * Checks the blocks a request reads from the device against their faults, narrating each: the error (EIO) when one
 * could be neither read nor repaired, which fails the request; the page cache lets go of the blocks it took in.
 */
export function checkDeviceReads(st: SimState, run: FsRun, pid: number, reads: readonly number[]): FsError | null {
  if (!run.faults) return null;
  const checks = checkReads(run.faults, run.device, reads);
  for (const check of checks) st.events.push({ tick: st.now, kind: 'blockChecked', forPid: pid, check });
  const failed = checks.filter((c) => c.kind === 'eio').map((c) => c.block);
  if (failed.length === 0) return null;
  forgetFreed(run.cache, (b) => !failed.includes(b));
  return {
    code: 'EIO',
    message: `device block${failed.length === 1 ? '' : 's'} ${failed.join(', ')} could not be read or repaired`,
  };
}
