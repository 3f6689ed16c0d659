import { requestIo } from './raidIo';
import { RAID_DISK, timeIo } from './raidTiming';
import type { RaidConfig, RaidDiskTime, RaidRequest, RaidSeek, RaidStep } from './raidTypes';

/** Why a request cannot be served: the RAID has no chunk or no disk to map it to, or it lands past a disk's end. */
export type RaidServeError =
  { kind: 'no-chunk' } | { kind: 'no-disk' } | { kind: 'past-end'; block: number | null; disk: number; offset: number };

/** A served request: its steps, and how each I/O of each step was classed by its disk. */
export interface RaidServed {
  steps: RaidStep[];
  seeks: RaidSeek[][];
}

/** Whether the request maps any block (a RAID 4/5 write divides by the stripe even when it writes none). */
const maps = (c: RaidConfig, r: RaidRequest): boolean => r.size > 0 || (r.write && (c.level === 4 || c.level === 5));

/** The steps of a request, or why it cannot be served: the checks of serveRequest, before anything is timed. */
function checkedSteps(c: RaidConfig, r: RaidRequest): RaidStep[] | RaidServeError {
  if (maps(c, r)) {
    if (c.chunk === 0) return { kind: 'no-chunk' };
    if (c.disks <= 0) return { kind: 'no-disk' };
  }
  const steps = requestIo(c, r);
  for (const step of steps)
    for (const io of step.ios)
      if (io.offset >= RAID_DISK.blocks) return { kind: 'past-end', block: io.block, disk: io.disk, offset: io.offset };
  return steps;
}

/**
 * Serve one logical request on disks under raid.py's timing model: the I/Os it causes, each timed in order on its
 * disk (the disks' times move on). Refused, with nothing changed, where the mapping has nothing to divide by or an
 * I/O would fall past a disk's last block.
 */
export function serveRequest(c: RaidConfig, disks: RaidDiskTime[], r: RaidRequest): RaidServed | RaidServeError {
  const steps = checkedSteps(c, r);
  if (!Array.isArray(steps)) return steps;
  const seeks = steps.map((s) => s.ios.map((io) => timeIo(disks[io.disk] as RaidDiskTime, io.offset)));
  return { steps, seeks };
}

/** serveRequest for the disks' times alone (raid.py's -t): the refusal, or null once they have moved on. */
export function timeRequest(c: RaidConfig, disks: RaidDiskTime[], r: RaidRequest): RaidServeError | null {
  const steps = checkedSteps(c, r);
  if (!Array.isArray(steps)) return steps;
  for (const step of steps) for (const io of step.ios) timeIo(disks[io.disk] as RaidDiskTime, io.offset);
  return null;
}
