import { explicitGeometryErrors, explicitLimits, type ExplicitGeometry } from '../../memory/explicitTable';
import type { LinearTranslateOptions } from './linearTranslateFlags';
import { pyRandom, pySeed, type PyRandomState } from '../pyRandom';
import { pyInt } from '../pyNumber';
import { sizeArg } from '../sizeArg';

/**
 * Addresses an answer held whole may have (each is a translation object): bounds its memory. OSTEP's text
 * streamed on a command line translates each address as it is printed and has no such bound.
 */
export const MAX_ADDRESSES = 1_000_000;
const UNBOUNDED = "the command line prints OSTEP's text as it is made, without this limit";

const GB = 1024 ** 3;

export interface LinearTranslateProblem {
  geometry: ExplicitGeometry;
  /** index = VPN: the PFN, or null when the entry is invalid */
  pageTable: (number | null)[];
  /** an array when held; drawn one at a time from the seeded stream, after the table, when streamed */
  addresses: Iterable<number>;
}

const isPowerOfTwo = (n: number): boolean => (n & (n - 1)) === 0;

/**
 * paging-linear-translate.py's options -> the problem, or one message naming the flag and its limit. Addresses
 * to translate are bounded (MAX_ADDRESSES) only for an answer held whole, not for a text that is `streamed`.
 */
export function linearTranslateProblem(
  v: LinearTranslateOptions,
  trace: 'held' | 'streamed' = 'held',
): LinearTranslateProblem | string {
  const sizes: number[] = [];
  for (const [dest, flag] of [
    ['asize', '-a/--asize'],
    ['psize', '-p/--physmem'],
    ['pagesize', '-P/--pagesize'],
  ] as const) {
    const n = sizeArg(v[dest]);
    if (n === undefined)
      return `${flag} must be a size such as 16k, 1m or 4096 (bytes; suffixes k, m, g) (got ${JSON.stringify(v[dest])})`;
    sizes.push(n);
  }
  const [asize, psize, pagesize] = sizes as [number, number, number];
  // OSTEP's checks, in its order (it refuses physical memory of 1 byte as "non-zero").
  if (psize <= 1) return `-p/--physmem must be more than 1 byte (got ${psize})`;
  if (asize < 1) return `-a/--asize must be at least 1 byte (got ${asize})`;
  if (psize <= asize)
    return `-p/--physmem (${psize} bytes) must be greater than the address space, -a/--asize (${asize} bytes)`;
  if (psize >= GB || asize >= GB)
    return `-a/--asize and -p/--physmem must be less than 1 GB (1g = ${GB} bytes) (got ${asize} and ${psize})`;
  if (pagesize < 1) return `-P/--pagesize must be at least 1 byte (got ${pagesize})`;
  if (asize % pagesize !== 0)
    return `-a/--asize (${asize} bytes) must be a multiple of the page size, -P/--pagesize (${pagesize} bytes)`;
  if (psize % pagesize !== 0)
    return `-p/--physmem (${psize} bytes) must be a multiple of the page size, -P/--pagesize (${pagesize} bytes)`;
  if (!isPowerOfTwo(asize)) return `-a/--asize must be a power of two (got ${asize} bytes)`;
  if (!isPowerOfTwo(pagesize)) return `-P/--pagesize must be a power of two (got ${pagesize} bytes)`;
  const frames = psize / pagesize;
  if (frames > explicitLimits.maxFrames)
    return `-p/--physmem ÷ -P/--pagesize is ${frames} frames; at most ${explicitLimits.maxFrames} here (use larger pages or less memory)`;
  const geometry: ExplicitGeometry = { pageSize: pagesize, physicalBytes: psize, addressSpaceBytes: asize };
  const bad = explicitGeometryErrors(geometry);
  if (bad) return bad;

  const random = pySeed(v.seed);
  const pageTable = randomPageTable(random, asize / pagesize, frames, v.used);
  const held = trace === 'held';
  if (v.addresses === '-1') {
    const num = v.num;
    if (held && num > MAX_ADDRESSES)
      return `-n/--numaddrs must be at most ${MAX_ADDRESSES} when the answer is held whole (got ${num}; ${UNBOUNDED})`;
    const drawn = drawAddresses(random, Math.max(0, num), asize);
    return { geometry, pageTable, addresses: held ? [...drawn] : drawn };
  }
  const items = v.addresses.split(',');
  if (held && items.length > MAX_ADDRESSES)
    return `-A/--addresses lists ${items.length} addresses; at most ${MAX_ADDRESSES} when the answer is held whole (${UNBOUNDED})`;
  const addresses: number[] = [];
  for (const [i, item] of items.entries()) {
    const va = pyInt(item);
    if (va === undefined || va < 0 || va >= asize) {
      return `-A/--addresses: item ${i} is ${JSON.stringify(item)}; addresses must be decimal integers from 0 to ${asize - 1} (the address space, -a/--asize, is ${asize} bytes)`;
    }
    addresses.push(va);
  }
  return { geometry, pageTable, addresses };
}

/** OSTEP's addresses, int(asize · random()) each, drawn as they are asked for. */
function* drawAddresses(random: PyRandomState, count: number, asize: number): Generator<number> {
  for (let i = 0; i < count; i++) yield Math.floor(asize * pyRandom(random));
}

/**
 * OSTEP's table, drawn as the script draws it: for each VPN in order, valid when random()·100 > 100 − used;
 * a valid VPN then draws frames, int(frames · random()), until a free one comes up — and a taken frame sends
 * it back to the validity draw. Terminates: the address space is smaller than memory, so a frame is free.
 */
function randomPageTable(random: PyRandomState, vpages: number, frames: number, used: number): (number | null)[] {
  const taken = new Uint8Array(frames);
  const table: (number | null)[] = [];
  for (let vpn = 0; vpn < vpages; vpn++) {
    let pfn: number | null = null;
    for (;;) {
      if (!(pyRandom(random) * 100 > 100 - used)) break;
      const u = Math.floor(frames * pyRandom(random));
      if (taken[u] === 0) {
        taken[u] = 1;
        pfn = u;
        break;
      }
    }
    table.push(pfn);
  }
  return table;
}
