import { TRACK_WIDTH } from './diskLayout';
import type { DiskConfig, DiskEstimate } from './diskTypes';

/*
 * How long a block would take from now if the arm crossed `travel` tracks to it: disk.py's DoSATF, operation
 * for operation (its floating point, its subtracting 360 at a time), so that ties fall as they fall there. The
 * seek is exact only in ticks of a whole drawing unit; the rotation is measured to the sector's start.
 */

/** What every block of one track shares on the way there: the seek, where the platter will be, the transfer. */
export interface TrackApproach {
  seek: number;
  arrival: number;
  transfer: number;
}

export function approach(config: DiskConfig, angleNow: number, track: number, travel: number): TrackApproach {
  const seek = (TRACK_WIDTH / config.seekSpeed) * travel;
  let arrival = angleNow + seek * config.rotateSpeed;
  while (arrival > 360) arrival -= 360;
  return { seek, arrival, transfer: ((config.layout.halfSector[track] as number) * 2) / config.rotateSpeed };
}

/** The wait for a block's start to come round after the approach (its start is on the approach's track). */
function rotateAfter(config: DiskConfig, a: TrackApproach, block: number): number {
  // the start is a whole number, exactly the middle less the half sector, as disk.py subtracts them
  let turn = (config.layout.blocks[block] as { start: number }).start - a.arrival;
  while (turn > 360) turn -= 360;
  while (turn < 0) turn += 360;
  return turn / config.rotateSpeed;
}

/** `estimate(…).total` from the block's track's approach: what a policy weighing a whole window compares. */
export const totalAfter = (config: DiskConfig, a: TrackApproach, block: number): number =>
  a.seek + rotateAfter(config, a, block) + a.transfer;

export function estimate(config: DiskConfig, angleNow: number, block: number, travel: number): DiskEstimate {
  const a = approach(config, angleNow, (config.layout.blocks[block] as { track: number }).track, travel);
  const rotate = rotateAfter(config, a, block);
  return { seek: a.seek, rotate, transfer: a.transfer, total: a.seek + rotate + a.transfer };
}
