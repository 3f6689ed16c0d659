import type { DiskLayout } from './diskTypes';

/** OSTEP's three tracks from the outside in, as disk.py draws them: each one's radius in drawing units. */
export const TRACK_RADII = [140, 100, 60] as const;
export const TRACK_WIDTH = 40;
/** The spindle's x and the arm's left edge over the outer track, where every run starts (disk.py's armX1). */
const SPINDLE_X = 250;
export const ARM_START_X = SPINDLE_X - TRACK_RADII[0] - TRACK_WIDTH / 2;

/** Where the arm's left edge stops over a track: a track further in for each track width (any number of tracks). */
export const armXOver = (track: number): number => ARM_START_X + TRACK_WIDTH * track;

/** Python's `a % n` for a positive n: never negative. */
export const pyMod = (a: number, n: number): number => ((a % n) + n) % n;

/** Sector angles and skew within these, so every angle and block number stays an exact integer. */
export const MAX_SECTOR_ANGLE = 1_000_000;
export const MAX_SKEW = 1_000_000;

/**
 * The blocks of a disk whose sectors on each track are `sectorAngles` degrees apart (OSTEP's -z, outer to inner;
 * disk.py rounds each down to even) and whose middle and inner tracks start `skew` and twice `skew` sectors
 * further round (-o). Block 0 starts on the outer track, opposite the head. Or why not, naming the flag.
 */
export function diskLayout(sectorAngles: readonly number[], skew: number): DiskLayout | string {
  if (sectorAngles.length !== TRACK_RADII.length)
    return `-z/--zoning: one angle per track, outer,middle,inner (got ${sectorAngles.length})`;
  for (const a of sectorAngles)
    if (!Number.isInteger(a) || a < 2 || a > MAX_SECTOR_ANGLE)
      return `-z/--zoning: each angle between sectors must be a whole number from 2 to ${MAX_SECTOR_ANGLE} degrees (got ${a}; disk.py's layout loop fails below 2)`;
  if (!Number.isInteger(skew) || Math.abs(skew) > MAX_SKEW)
    return `-o/--skewOffset: the skew must be at most ${MAX_SKEW} sectors either way (got ${skew})`;
  return tracksLayout(sectorAngles, skew);
}

/**
 * The angle between sectors on each of `tracks` tracks, outer to inner, from one angle per zone: the zones split
 * the tracks evenly (a zoned disk's outer tracks hold more sectors). `tracks` a multiple of the zones' count.
 */
export const trackAngles = (zones: readonly number[], tracks: number): number[] =>
  Array.from({ length: tracks }, (_, t) => zones[Math.floor((t * zones.length) / tracks)] as number);

/**
 * The layout of any number of tracks, disk.py's rule carried on inwards: each track's sectors `angles[t]` degrees
 * apart (rounded down to even), track t starting `t·skew` sectors further round. The angles are whole numbers from
 * 2 to MAX_SECTOR_ANGLE and the skew within MAX_SKEW (the callers check).
 */
export function tracksLayout(angles: readonly number[], skew: number): DiskLayout {
  const halfSector = angles.map((a) => Math.floor(a / 2));
  const blocks: DiskLayout['blocks'] = [];
  const trackEnds: DiskLayout['trackEnds'] = [];
  halfSector.forEach((half, track) => {
    const spacing = 2 * half;
    const first = blocks.length;
    for (let angle = 0; angle < 360; angle += spacing) {
      const middle = pyMod(angle + spacing * track * skew + 180, 360);
      blocks.push({ track, angle: middle, start: middle - half });
    }
    trackEnds.push({ first, last: blocks.length - 1 });
  });
  return { halfSector, blocks, trackEnds };
}

/** How many blocks disk.py draws random requests below (with -A's max of -1): the outer and middle tracks'. */
export const randomRequestLimit = (layout: DiskLayout): number => (layout.trackEnds[2] as { first: number }).first;
