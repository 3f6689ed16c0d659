import type { SimState } from '../../kernel/state';
import { failMember, rebuildMember } from '../device/nodeRaid';
import { noteStep } from '../device/landedDevice';
import type { FsOp } from '../fsOp';
import type { FsError } from '../types';
import type { FsRun } from './state';

/**
 * A scheduled fail or rebuild of a member of the node's RAID: a member fails (reads of its blocks are rebuilt from
 * the rest of their row, or read from the mirror), or a spare takes a failed member's place. Refused with EINVAL
 * where the device is not a RAID or the member cannot be failed or rebuilt.
 */
export function raidOp(
  st: SimState,
  run: FsRun,
  op: Extract<FsOp, { kind: 'fail' | 'rebuild' }>,
): { told: string } | { error: FsError } {
  const d = run.device;
  if (d?.kind !== 'raid')
    return {
      error: { code: 'EINVAL', message: `${op.kind} needs a RAID beneath the file system (fs.device kind raid)` },
    };
  const refused = op.kind === 'fail' ? failMember(d, op.disk) : rebuildMember(d, op.disk, st.now);
  if (refused !== null) return { error: { code: 'EINVAL', message: refused } };
  if (run.landed)
    noteStep(
      run.landed,
      op.kind === 'fail' ? { kind: 'fail', disk: op.disk } : { kind: 'rebuild', disk: op.disk, at: st.now },
      st.now,
    );
  const level = d.array.config.level;
  if (op.kind === 'rebuild')
    return {
      told: `a spare takes disk ${op.disk}'s place and is rebuilt from the other members, ${d.rebuildTicks === 0 ? 'at once' : d.rebuildTicks === 1 ? 'an offset every idle tick' : `an offset every ${d.rebuildTicks} idle ticks`} (${d.array.blocksPerDisk} offsets)`,
    };
  const down = d.array.state.filter((s) => s.kind !== 'ok').length;
  const safe =
    level === 0
      ? 'RAID 0 keeps no other copy: what it held is lost'
      : down > 1
        ? `${down} members are down: blocks with no copy left are lost`
        : level === 1
          ? 'reads of its blocks go to their mirrors'
          : 'reads of its blocks are rebuilt as the XOR of the rest of their row (degraded)';
  return { told: `disk ${op.disk} of the RAID ${level} fails: ${safe}` };
}
