import { TRACK_WIDTH } from './diskLayout';
import type { DiskConfig, DiskEstimate } from './diskTypes';

/**
 * How long a block would take from now if the arm crossed `travel` tracks to it: disk.py's DoSATF, operation
 * for operation (its floating point, its subtracting 360 at a time), so that ties fall as they fall there. The
 * seek is exact only in ticks of a whole drawing unit; the rotation is measured to the sector's start.
 */
export function estimate(config: DiskConfig, angleNow: number, block: number, travel: number): DiskEstimate {
  const { layout, seekSpeed, rotateSpeed } = config;
  const { track, angle } = layout.blocks[block] as { track: number; angle: number };
  const half = layout.halfSector[track] as number;
  const seek = (TRACK_WIDTH / seekSpeed) * travel;
  let arrival = angleNow + seek * rotateSpeed;
  while (arrival > 360) arrival -= 360;
  let turn = angle - half - arrival;
  while (turn > 360) turn -= 360;
  while (turn < 0) turn += 360;
  const rotate = turn / rotateSpeed;
  const transfer = (half * 2) / rotateSpeed;
  return { seek, rotate, transfer, total: seek + rotate + transfer };
}
