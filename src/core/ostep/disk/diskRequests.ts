import { randomRequestLimit } from '../../storage/disk/diskLayout';
import type { DiskLayout } from '../../storage/disk/diskTypes';
import { pyInt } from '../pyNumber';
import { pyRandom, type PyRandomState } from '../pyRandom';
import { pyList } from '../pyFormat';
import { groupedDigits } from '../../groupedDigits';

/** A request list as disk.py holds it: numbers it drew, or the strings of -a/-l (printed as strings). */
export interface RequestList {
  blocks: number[];
  /** how disk.py prints the list */
  shown: string;
  /** given as a list (-a, -l) rather than drawn (-A, -L) */
  given: boolean;
}

/** The bound on -A/-L's numbers, so every drawn block is an exact integer as in Python. */
const MAX_DESC = 1_000_000_000_000;
/** How many requests one description may ask for (the run's own bound is on all of them, diskRun.ts). */
const MAX_DRAWN = 1_000_000;

/**
 * disk.py's MakeRequests: the list of `addr` (comma-separated) or, when it is -1, `count,max,min` drawn from the
 * seeded generator (max -1: the outer and middle tracks' blocks). Or why disk.py stops, naming the flag.
 */
export function makeRequests(
  random: PyRandomState,
  layout: DiskLayout,
  addr: string,
  desc: string,
  flags: { list: string; desc: string },
): RequestList | string {
  if (addr !== '-1') {
    const items = addr.split(',');
    const blocks: number[] = [];
    for (const item of items) {
      const n = pyInt(item);
      if (n === undefined)
        return `${flags.list}: ${JSON.stringify(item)} is not a block number (disk.py's int() fails)`;
      blocks.push(n);
    }
    return { blocks, shown: pyList(items), given: true };
  }
  const parts = desc.split(',');
  if (parts.length !== 3)
    return `${flags.desc}: bad address description ${JSON.stringify(desc)}: three numbers, count,max,min (such as 10,100,0; a max of -1 means the highest possible)`;
  const [count, max, min] = parts.map(pyInt);
  if (count === undefined || max === undefined || min === undefined)
    return `${flags.desc}: ${JSON.stringify(desc)} holds something that is not a whole number (disk.py's int() fails)`;
  if (count > MAX_DRAWN) return `${flags.desc}: at most ${groupedDigits(MAX_DRAWN)} requests (got ${count})`;
  if (Math.abs(max) > MAX_DESC || Math.abs(min) > MAX_DESC)
    return `${flags.desc}: max and min must be at most ${groupedDigits(MAX_DESC)} either way`;
  const top = max === -1 ? randomRequestLimit(layout) : max;
  const blocks: number[] = [];
  for (let i = 0; i < count; i++) blocks.push(Math.trunc(pyRandom(random) * top) + min);
  return { blocks, shown: `[${blocks.join(', ')}]`, given: false };
}
