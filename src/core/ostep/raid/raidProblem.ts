import type { RaidConfig, RaidLevel, RaidRequest } from '../../storage/raid/raidTypes';
import { RAID_LEVELS } from '../../storage/raid/raidTypes';
import { dataDisks, rowsEnd } from '../../storage/raid/raidMap';
import { RAID_DISK } from '../../storage/raid/raidTiming';
import { pyInt } from '../pyNumber';
import { pyRandom, pySeed } from '../pyRandom';
import type { RaidOptions } from './raidFlags';
import { groupedDigits } from '../../groupedDigits';

/** raid.py's unit of transfer: sizes are given in bytes and must be whole blocks. */
export const BLOCK_BYTES = 4096;
/** At most this many blocks over all requests (requests × size): raid.py itself would take minutes. */
export const MAX_BLOCKS = 50_000_000;

/** The flags as raid.py reads them: the RAID, and how its requests are drawn. */
export interface RaidProblem {
  config: RaidConfig;
  /** blocks per request */
  size: number;
  sequential: boolean;
  writeFrac: number;
}

/** raid.py's convert(): a whole number of bytes with an optional k, m or g (either case) after it. */
function bytesOf(text: string): number | undefined {
  const unit = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[text.slice(-1).toLowerCase()];
  const n = pyInt(unit ? text.slice(0, -1) : text);
  if (n === undefined) return undefined;
  const bytes = n * (unit ?? 1);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

const WORKLOADS: Record<string, boolean> = {
  seq: true,
  s: true,
  sequential: true,
  rand: false,
  r: false,
  random: false,
};

/** The flags checked in raid.py's order, each refusal where raid.py stops, naming the flag. */
export function raidProblem(v: RaidOptions): RaidProblem | string {
  if (v.writeFrac < 0 || v.writeFrac > 100)
    return `-w/--writeFrac must be 0 to 100 (got ${v.writeFrac}; raid.py stops on an assertion)`;
  const bytes = bytesOf(v.size);
  if (bytes === undefined) return `-S/--reqSize: ${JSON.stringify(v.size)} is not a size such as 4096, 8k or 1m`;
  if (bytes % BLOCK_BYTES !== 0)
    return `-S/--reqSize: the request size (${bytes}) must be a multiple of the block size (${BLOCK_BYTES})`;
  const sequential = WORKLOADS[v.workload];
  if (sequential === undefined)
    return `-W/--workload must be r/rand/random or s/seq/sequential (got ${JSON.stringify(v.workload)})`;
  if (!(RAID_LEVELS as readonly number[]).includes(v.level))
    return `-L/--level must be 0, 1, 4 or 5 (got ${v.level}; raid.py stops on an assertion)`;
  if (v.level !== 0 && v.numDisks < 2) return `-D/--numDisks: RAID-${v.level} needs more than 1 disk`;
  if (v.level === 5 && v.raid5type !== 'LA' && v.raid5type !== 'LS')
    return `-5/--raid5 must be LS (left-symmetric) or LA (left-asymmetric) (got ${JSON.stringify(v.raid5type)})`;
  const chunkBytes = bytesOf(v.chunkSize);
  if (chunkBytes === undefined)
    return `-C/--chunkSize: ${JSON.stringify(v.chunkSize)} is not a size such as 4096, 8k or 1m`;
  if (chunkBytes % BLOCK_BYTES !== 0)
    return `-C/--chunkSize: the chunk size (${chunkBytes}) must be a multiple of the block size (${BLOCK_BYTES})`;
  if (v.level === 1 && v.numDisks % 2 !== 0)
    return `-D/--numDisks: RAID-1 mirrors pairs of disks: the number of disks (${v.numDisks}) must be even`;
  const size = bytes / BLOCK_BYTES;
  if (Math.max(0, v.numRequests) * Math.max(1, Math.abs(size)) > MAX_BLOCKS)
    return `-n/--numRequests × -S/--reqSize: at most ${groupedDigits(MAX_BLOCKS)} blocks in all (got ${v.numRequests} requests of ${size})`;
  const layout = v.raid5type === 'LA' ? 'LA' : 'LS';
  const config = { level: v.level as RaidLevel, disks: v.numDisks, chunk: chunkBytes / BLOCK_BYTES, layout } as const;
  return { config, size, sequential, writeFrac: v.writeFrac / 100 };
}

/** The requests as raid.py draws them from the seed: a block (random below -R, or the next in sequence), then read or write. */
export function* raidRequests(v: RaidOptions, p: RaidProblem): Generator<RaidRequest> {
  const random = pySeed(v.seed);
  let next = 0;
  for (let i = 0; i < v.numRequests; i++) {
    let block = next;
    if (p.sequential) next += p.size;
    else block = Math.trunc(pyRandom(random) * v.range);
    yield { block, size: p.size, write: pyRandom(random) < p.writeFrac };
  }
}

/**
 * Whether no request can be refused, seen from the flags alone: requests of a block or more, all at or after block
 * 0 and before the sequence's end or -R plus a request, whose rows of chunks end within raid.py's disks.
 */
export function surelyServed(v: RaidOptions, p: RaidProblem): boolean {
  const { config } = p;
  if (config.chunk < 1 || dataDisks(config) < 1 || p.size < 1 || (!p.sequential && v.range < 0)) return false;
  const blocks = p.sequential ? v.numRequests * p.size : v.range + p.size;
  return rowsEnd(config, blocks) <= RAID_DISK.blocks;
}
