import {
  readDevice,
  withLatentError,
  withWords,
  writeDevice,
  type BlockRead,
} from '../../storage/checksum/blockChecks';
import type { ChecksumName } from '../../storage/checksum/checksumTypes';
import { burstBits, flipBits, missedTwoBitFlip, whoCatches, type FlipVerdict } from '../../storage/checksum/flips';
import { CHECKSUMS } from '../../storage/checksum/registry';
import { pyInt } from '../pyNumber';
import type { ChecksumOptions } from './checksumFlags';

/** A flip of the data (-F, -B or -M) and what each checksum makes of it. */
export interface FlipAnswer {
  bits: number[];
  /** the data after the flip */
  flipped: number[];
  verdicts: FlipVerdict[];
  /** -M: why the named algorithm misses these two bits */
  why?: string;
}

/** The data on a device with a checksum per block (-b), its faults (-l, the flips), and each block read back. */
export interface DeviceAnswer {
  blockBytes: number;
  algorithm: ChecksumName;
  latent: number[];
  mirror: boolean;
  reads: BlockRead[];
}

/** Our additions to checksum.py's answer; each present only when its flags are given. */
export interface ChecksumOurs {
  flip?: FlipAnswer;
  device?: DeviceAnswer;
  trace: boolean;
}

/** The most bytes -T lists: four lines a byte. */
export const MAX_TRACE = 10_000;

/** A comma-separated list of whole numbers from `min` to `max`, or why not. */
function numbers(flag: string, text: string, min: number, max: number, what: string): number[] | string {
  const out: number[] = [];
  for (const item of text.split(',')) {
    const n = pyInt(item);
    if (n === undefined) return `${flag}: ${JSON.stringify(item)} is not a whole number`;
    if (n < min || n > max) return `${flag}: ${what} ${n} is outside ${min} to ${max}`;
    out.push(n);
  }
  return out;
}

/** The bits to flip and, for -M, why they are missed. */
function flipOf(v: ChecksumOptions, words: number[]): { bits: number[]; why?: string } | string | undefined {
  const lastBit = words.length * 8 - 1;
  if (v.flip !== '') {
    const bits = numbers('-F/--flip', v.flip, 0, lastBit, 'bit');
    return typeof bits === 'string' ? bits : { bits };
  }
  if (v.burst !== '') {
    const parts = numbers('-B/--burst', v.burst, 0, lastBit + 1, 'START or LENGTH');
    if (typeof parts === 'string') return parts;
    const [start, length] = parts as [number, number];
    if (parts.length !== 2 || length < 1 || start + length > lastBit + 1)
      return `-B/--burst: START,LENGTH with LENGTH at least 1, inside the data's ${lastBit + 1} bits (got ${v.burst})`;
    return { bits: burstBits(start, length) };
  }
  if (v.miss === '') return undefined;
  const name = v.miss as ChecksumName;
  if (name !== 'add' && name !== 'xor' && name !== 'fletcher')
    return `-M/--miss must be add, xor or fletcher (got ${JSON.stringify(v.miss)}; CRC-32 misses no two-bit flip here)`;
  const miss = missedTwoBitFlip(name, words);
  if (!miss)
    return name === 'fletcher'
      ? '-M/--miss: Fletcher misses a two-bit flip only between bytes 255 apart that differ in that bit, and this data has none'
      : '-M/--miss: a two-bit flip needs two bytes';
  return { bits: miss.bits, why: `two bits ${CHECKSUMS[name].label} misses: ${miss.why}` };
}

/** Our flags read against the data, or the refusal naming the flag. */
export function checksumOurs(v: ChecksumOptions, words: number[]): ChecksumOurs | string {
  const given = [v.flip, v.burst, v.miss].filter((f) => f !== '').length;
  const any = given > 0 || v.trace || v.block !== 0 || v.lse !== '' || v.mirror;
  if (!any) return { trace: false };
  if (given > 1) return '-F/--flip, -B/--burst and -M/--miss: give one of them';
  const notByte = words.find((w) => w < 0 || w > 255);
  if (notByte !== undefined) return `-D/--data: our flags work on bytes, 0 to 255 (got ${notByte})`;
  if (v.trace && words.length > MAX_TRACE) return `-T/--trace: at most ${MAX_TRACE} bytes (got ${words.length})`;
  if (given > 0 && words.length === 0) return '-F/--flip, -B/--burst, -M/--miss: there are no bits to flip';
  const plan = flipOf(v, words);
  if (typeof plan === 'string') return plan;
  const flip = plan && {
    ...plan,
    flipped: flipBits(words, plan.bits),
    verdicts: whoCatches(words, plan.bits),
  };
  if (v.block === 0) {
    if (v.lse !== '' || v.mirror) return `${v.lse !== '' ? '-l/--lse' : '-m/--mirror'} needs a device: give -b/--block`;
    return { flip, trace: v.trace };
  }
  if (v.block < 1) return `-b/--block: a block holds at least 1 byte (got ${v.block})`;
  const blocks = Math.ceil(words.length / v.block);
  if (blocks === 0) return '-b/--block: there is no data to store';
  const latent = v.lse === '' ? [] : numbers('-l/--lse', v.lse, 0, blocks - 1, 'block');
  if (typeof latent === 'string') return latent;
  const good = writeDevice(words, v.block, v.algorithm);
  // the flips happen at rest: the words change, the checksums stored with them do not
  let dev = good;
  if (flip)
    good.blocks.forEach((_, i) => (dev = withWords(dev, i, flip.flipped.slice(i * v.block, (i + 1) * v.block))));
  for (const b of latent) dev = withLatentError(dev, b);
  const { reads } = readDevice(dev, v.mirror ? good : undefined);
  return {
    flip,
    trace: v.trace,
    device: { blockBytes: v.block, algorithm: v.algorithm, latent, mirror: v.mirror, reads },
  };
}
