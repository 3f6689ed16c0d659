import type { SimState } from '../../kernel/state';
import { failMember, rebuildMember } from '../device/nodeRaid';
import { noteStep } from '../device/landedDevice';
import { lostBlocks, lostText } from '../../storage/raid/raidRebuild';
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
  const refused = op.kind === 'fail' ? failMember(d, op.disk, st.now) : rebuildMember(d, op.disk, st.now);
  if (refused !== null) return { error: { code: 'EINVAL', message: refused } };
  if (run.landed)
    noteStep(
      run.landed,
      op.kind === 'fail' ? { kind: 'fail', disk: op.disk, at: st.now } : { kind: 'rebuild', disk: op.disk, at: st.now },
      st.now,
    );
  const level = d.array.config.level;
  if (op.kind === 'rebuild')
    return {
      told: `a spare takes disk ${op.disk}'s place and is rebuilt from the other members, ${rebuildPace(d.rebuildTicks)} (${d.array.blocksPerDisk} offsets)`,
    };
  const down = d.array.state.filter((s) => s.kind !== 'ok').length;
  const safe =
    level === 0
      ? 'RAID 0 keeps no other copy: what it held is lost'
      : down > 1
        ? `${down} members are down: blocks with no copy left are lost (${lostText(lostBlocks(d.array))})`
        : level === 1
          ? 'reads of its blocks go to their mirrors'
          : 'reads of its blocks are rebuilt as the XOR of the rest of their row (degraded)';
  return { told: `disk ${op.disk} of the RAID ${level} fails: ${safe}` };
}

/** How the spare is rebuilt: at a fixed pace on simple members, through the members' own devices on disks and SSDs. */
function rebuildPace(ticks: number | null): string {
  if (ticks === null)
    return "an offset at a time in the members' idle time, its row read and the spare written by the members' own devices (each step's cost in the narration of the next request)";
  return ticks === 0 ? 'at once' : ticks === 1 ? 'an offset every idle tick' : `an offset every ${ticks} idle ticks`;
}
