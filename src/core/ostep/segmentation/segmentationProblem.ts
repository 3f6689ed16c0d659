import { pyInt } from '../pyNumber';
import { pySeed } from '../pyRandom';
import {
  drawAll,
  listDraw,
  MAX_PLACEMENT_DRAWS,
  randomAddresses,
  randomBase,
  randomLimit,
  registerFlag,
  memorySizes,
  type AddressDraw,
  tooManyAddresses,
} from '../relocation/registerArgs';
import type { SegmentationOptions } from './segmentationFlags';

export interface SegmentationProblem<Addresses extends number[] | AddressDraw = number[]> {
  asize: number;
  psize: number;
  /** segment 0's lowest byte and its length */
  base0: number;
  len0: number;
  /** segment 1's lowest byte (OSTEP's internal base1; it prints base1 + len1, the top) and its length */
  base1: number;
  len1: number;
  /** an array when held; drawn one at a time from the seeded stream, after the registers, when streamed */
  addresses: Addresses;
}

/** Whether some int(psize · random()) can place segment 1 beside segment 0 (OSTEP draws for ever when none can). */
function segment1Fits(psize: number, base0: number, len0: number, len1: number): boolean {
  const highest = psize - len1 - 1;
  return highest >= 0 && (highest > base0 + len0 || Math.min(highest, base0 - len1 - 1) >= 0);
}

type Registers = Pick<SegmentationProblem, 'base0' | 'len0' | 'base1' | 'len1'>;

/** The registers, given or drawn in OSTEP's order (len0, len1, base0, base1), with OSTEP's checks in its order. */
function registers(
  v: SegmentationOptions,
  asize: number,
  psize: number,
  random: ReturnType<typeof pySeed>,
): Registers | string {
  const given = { len0: v.len0, len1: v.len1, base0: v.base0, base1: v.base1 };
  const flags = { len0: '-l/--l0', len1: '-L/--l1', base0: '-b/--b0', base1: '-B/--b1' } as const;
  const read: Partial<Record<keyof typeof given, number | undefined>> = {};
  for (const key of ['len0', 'len1', 'base0', 'base1'] as const) {
    const r = registerFlag(given[key], flags[key], key.startsWith('len') ? 'limit' : 'base');
    if (typeof r === 'string') return r;
    read[key] = r;
  }
  const len0 = read.len0 ?? randomLimit(random, asize);
  const len1 = read.len1 ?? randomLimit(random, asize);
  if ((read.base0 === undefined || read.base1 === undefined) && psize <= 2 * asize)
    return `-p/--physmem (${psize} bytes) must be more than twice the address space, -a/--asize (${asize} bytes), when a base is random (give -b/--b0 and -B/--b1)`;
  let base0 = read.base0;
  if (base0 === undefined) {
    if (len0 >= psize)
      return `-l/--l0 (${len0}) must be less than the physical memory, -p/--physmem (${psize}), for a random base to fit (OSTEP would look for one for ever)`;
    base0 = randomBase(random, psize, (b) => b + len0 < psize);
  }
  let base1: number | undefined;
  if (read.base1 === undefined) {
    if (base0 !== undefined && !segment1Fits(psize, base0, len0, len1))
      return `segment 1 (${len1} bytes) fits nowhere beside segment 0 (${base0}–${base0 + len0}) in ${psize} bytes (OSTEP would look for a random base for ever); give -B/--b1`;
    const b0 = base0;
    base1 =
      b0 === undefined
        ? undefined
        : randomBase(random, psize, (b) => b + len1 < psize && (b > b0 + len0 || b + len1 < b0));
  } else {
    base1 = read.base1 - len1;
    if (base1 < 0)
      return `segment 1's base -B/--b1 (${read.base1}) is below its limit -L/--l1 (${len1}): it would start below physical address 0`;
  }
  if (base0 === undefined || base1 === undefined)
    return `no random base fits the segments in ${psize} bytes after ${MAX_PLACEMENT_DRAWS} draws; give -b/--b0 and -B/--b1`;
  if (psize < base0 + len0 - 1)
    return `segment 0 is not in physical memory: -b/--b0 (${base0}) + -l/--l0 (${len0}) − 1 > -p/--physmem (${psize})`;
  if (psize < base1) return `segment 1 is not in physical memory: its lowest byte ${base1} > -p/--physmem (${psize})`;
  if (len0 > asize / 2)
    return `-l/--l0 (${len0}) is too large for this address space: at most half of -a/--asize (${asize / 2})`;
  if (len1 > asize / 2)
    return `-L/--l1 (${len1}) is too large for this address space: at most half of -a/--asize (${asize / 2})`;
  // OSTEP's own overlap check: segment 1 starting inside segment 0 (one starting below it and reaching in is not refused).
  if (len0 + base0 > base1 && base1 > base0)
    return `the segments overlap in physical memory: segment 1 starts at ${base1}, inside segment 0 (${base0}–${base0 + len0})`;
  return { base0, len0, base1, len1 };
}

/**
 * segmentation.py's options -> its problem, drawn from the seed in OSTEP's order, or one message naming the flag
 * and its limit: OSTEP's errors in its order, and ours where OSTEP would go on with negative addresses or loop for
 * ever. The addresses are bounded (MAX_ADDRESSES) only for an answer held whole, not for a text that is `streamed`.
 */
export function segmentationProblem(v: SegmentationOptions, trace?: 'held'): SegmentationProblem | string;
export function segmentationProblem(
  v: SegmentationOptions,
  trace: 'streamed',
): SegmentationProblem<AddressDraw> | string;
export function segmentationProblem(
  v: SegmentationOptions,
  trace: 'held' | 'streamed' = 'held',
): SegmentationProblem<number[] | AddressDraw> | string {
  const sizes = memorySizes(v, 4);
  if (typeof sizes === 'string') return sizes;
  const { asize, psize } = sizes;
  const random = pySeed(v.seed);
  const regs = registers(v, asize, psize, random);
  if (typeof regs === 'string') return regs;
  if (v.addresses === '-1') {
    const tooMany = tooManyAddresses(v.num, '-n/--numaddrs', trace);
    if (tooMany) return tooMany;
    const drawn = randomAddresses(random, Math.max(0, v.num), asize);
    return { asize, psize, ...regs, addresses: trace === 'held' ? drawAll(drawn) : drawn };
  }
  const items = v.addresses.split(',');
  const tooMany = tooManyAddresses(items.length, '-A/--addresses', trace);
  if (tooMany) return tooMany;
  const addresses: number[] = [];
  for (const [i, item] of items.entries()) {
    const va = pyInt(item);
    if (va === undefined || va < 0 || va >= asize)
      return `-A/--addresses: item ${i} is ${JSON.stringify(item)}; addresses must be decimal integers from 0 to ${asize - 1} (the address space, -a/--asize, is ${asize} bytes)`;
    addresses.push(va);
  }
  return { asize, psize, ...regs, addresses: trace === 'held' ? addresses : listDraw(addresses) };
}
