import { pySeed } from '../pyRandom';
import type { RelocationOptions } from './relocationFlags';
import {
  drawAll,
  MAX_PLACEMENT_DRAWS,
  randomAddresses,
  randomBase,
  randomLimit,
  registerFlag,
  type AddressDraw,
  memorySizes,
  tooManyAddresses,
} from './registerArgs';

export interface RelocationProblem<Addresses extends number[] | AddressDraw = number[]> {
  asize: number;
  psize: number;
  base: number;
  limit: number;
  /** an array when held; drawn one at a time from the seeded stream, after the registers, when streamed */
  addresses: Addresses;
}

/**
 * relocation.py's options -> its problem, drawn from the seed in OSTEP's order (the limit, the base, then the
 * addresses), or one message naming the flag and its limit. OSTEP's own errors come in its order; ours (negative
 * registers or sizes, a base that cannot be placed) where OSTEP would go on with nonsense or loop for ever. The
 * addresses are bounded (MAX_ADDRESSES) only for an answer held whole, not for a text that is `streamed`.
 */
export function relocationProblem(v: RelocationOptions, trace?: 'held'): RelocationProblem | string;
export function relocationProblem(v: RelocationOptions, trace: 'streamed'): RelocationProblem<AddressDraw> | string;
export function relocationProblem(
  v: RelocationOptions,
  trace: 'held' | 'streamed' = 'held',
): RelocationProblem<number[] | AddressDraw> | string {
  const sizes = memorySizes(v, 1);
  if (typeof sizes === 'string') return sizes;
  const { asize, psize } = sizes;
  const givenLimit = registerFlag(v.limit, '-l/--l', 'limit');
  if (typeof givenLimit === 'string') return givenLimit;
  const givenBase = registerFlag(v.base, '-b/--b', 'base');
  if (typeof givenBase === 'string') return givenBase;
  const tooMany = tooManyAddresses(v.num, '-n/--addresses', trace);
  if (tooMany) return tooMany;

  const random = pySeed(v.seed);
  const limit = givenLimit ?? randomLimit(random, asize);
  let base = givenBase;
  if (base === undefined) {
    if (limit >= psize)
      return `-l/--l (${limit}) must be less than the physical memory, -p/--physmem (${psize}), for a random base to fit (OSTEP would look for one for ever)`;
    base = randomBase(random, psize, (b) => b + limit < psize);
    if (base === undefined)
      return `no random base fits a limit of ${limit} in ${psize} bytes after ${MAX_PLACEMENT_DRAWS} draws; give -b/--b`;
  }
  if (base + limit > psize)
    return `the address space does not fit into physical memory: base -b/--b (${base}) + limit -l/--l (${limit}) = ${base + limit} > -p/--physmem (${psize})`;
  const addresses = randomAddresses(random, Math.max(0, v.num), asize);
  return { asize, psize, base, limit, addresses: trace === 'held' ? drawAll(addresses) : addresses };
}
