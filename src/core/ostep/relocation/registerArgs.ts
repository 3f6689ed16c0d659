import { MAX_ADDRESSES } from '../linearTranslate/linearTranslateCommand';
import { pyRandom, type PyRandomState } from '../pyRandom';
import { sizeArg } from '../sizeArg';

/**
 * What relocation.py and segmentation.py share: sizes and register values as their `convert` reads them, the
 * random segment lengths and placements they draw, and the held trace's bound.
 */

/** Sizes beyond this are refused: addresses stay exact integers in a double. */
const MAX_SIZE = 2 ** 50;
/** A random base is drawn until it fits; OSTEP loops for ever when nothing fits, we stop after this many draws. */
export const MAX_PLACEMENT_DRAWS = 10_000_000;

/** An -a/-p value, or the message naming the flag. */
export function sizeFlag(raw: string, flag: string): number | string {
  const n = sizeArg(raw);
  if (n === undefined)
    return `${flag} must be a size such as 16k, 1m or 4096 (bytes; suffixes k, m, g) (got ${JSON.stringify(raw)})`;
  if (Math.abs(n) > MAX_SIZE) return `${flag} must be at most 2^50 bytes (1024 TB) here (got ${raw})`;
  return n;
}

/**
 * -a and -p as both scripts check them, in OSTEP's order: physical memory more than `minPhys` bytes and larger
 * than a non-empty address space. The sizes, or the message naming the flag.
 */
export function memorySizes(
  v: { asize: string; psize: string },
  minPhys: number,
): { asize: number; psize: number } | string {
  const asize = sizeFlag(v.asize, '-a/--asize');
  if (typeof asize === 'string') return asize;
  const psize = sizeFlag(v.psize, '-p/--physmem');
  if (typeof psize === 'string') return psize;
  if (psize <= minPhys)
    return `-p/--physmem must be more than ${minPhys} byte${minPhys === 1 ? '' : 's'} (got ${psize})`;
  if (asize === 0) return '-a/--asize must not be 0 bytes';
  if (psize <= asize)
    return `-p/--physmem (${psize} bytes) must be greater than the address space, -a/--asize (${asize} bytes)`;
  if (asize < 0) return `-a/--asize must be at least 1 byte (got ${asize})`;
  return { asize, psize };
}

/**
 * A register flag: -1 (random: `undefined`), or a value ≥ 0 in bytes, or the message. OSTEP takes any other
 * negative value as it is, which places a segment below physical address 0; we refuse that.
 */
export function registerFlag(raw: string, flag: string, what: string): number | undefined | string {
  const n = sizeFlag(raw, flag);
  if (typeof n === 'string') return n;
  if (n === -1) return undefined;
  if (n < 0) return `${flag} must be -1 (random) or a ${what} ≥ 0 (got ${raw}; a negative one is no address)`;
  return n;
}

/** OSTEP's random limit: int(asize/4 + asize/4 · random()), a quarter to a half of the address space. */
export const randomLimit = (random: PyRandomState, asize: number): number =>
  Math.trunc(asize / 4 + (asize / 4) * pyRandom(random));

/** OSTEP's random base: int(psize · random()) drawn until `fits`; undefined when MAX_PLACEMENT_DRAWS run out. */
export function randomBase(random: PyRandomState, psize: number, fits: (base: number) => boolean): number | undefined {
  for (let i = 0; i < MAX_PLACEMENT_DRAWS; i++) {
    const base = Math.trunc(psize * pyRandom(random));
    if (fits(base)) return base;
  }
  return undefined;
}

/** Addresses taken one at a time: the next, or -1 after the last. */
export type AddressDraw = () => number;

/** OSTEP's addresses, int(asize · random()) each, drawn as they are taken (once). */
export function randomAddresses(random: PyRandomState, num: number, asize: number): AddressDraw {
  let left = num;
  return () => (left-- > 0 ? Math.trunc(asize * pyRandom(random)) : -1);
}

/** Addresses given in a list, taken as an AddressDraw takes drawn ones. */
export function listDraw(list: readonly number[]): AddressDraw {
  let i = 0;
  return () => (i < list.length ? (list[i++] as number) : -1);
}

/** Every address an AddressDraw gives, for a trace held whole. */
export function drawAll(draw: AddressDraw): number[] {
  const all: number[] = [];
  for (let va = draw(); va >= 0; va = draw()) all.push(va);
  return all;
}

/**
 * -n's bound when the trace is held whole (each address a translation object); a trace `streamed` (printed as it
 * is made) has none.
 */
export const tooManyAddresses = (num: number, flag: string, trace: 'held' | 'streamed'): string | undefined =>
  trace === 'held' && num > MAX_ADDRESSES
    ? `${flag} must be at most ${MAX_ADDRESSES} addresses (got ${num})`
    : undefined;

/** Python's '0x%08x' of a number ≥ 0 (the registers). */
export const hex08 = (n: number): string => `0x${n.toString(16).padStart(8, '0')}`;
