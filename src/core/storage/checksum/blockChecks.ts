import type { ChecksumName } from './checksumTypes';
import { checksumOf, CHECKSUMS } from './registry';

/** One block as a device holds it: its words, or null where the sector cannot be read, and the stored checksum. */
export interface StoredBlock {
  /** null: a latent sector error (the drive reports the sector unreadable) */
  words: readonly number[] | null;
  /** computed when the block was written and stored beside it */
  checksum: number;
}

/** A device of blocks, each written with its checksum by one algorithm. */
export interface ChecksummedDevice {
  algorithm: ChecksumName;
  blocks: readonly StoredBlock[];
}

/** What went wrong reading a block: the drive said so, or the checksum did. */
export type BlockFault =
  | { kind: 'unreadable' }
  /** the words read back give `computed`, not the `stored` checksum: silent corruption, caught */
  | { kind: 'corrupt'; stored: number; computed: number };

/** One block read, checked against its checksum; every outcome explained. */
export type BlockRead =
  | { kind: 'ok'; block: number; words: readonly number[]; explanation: string }
  | { kind: 'repaired'; block: number; fault: BlockFault; words: readonly number[]; explanation: string }
  /** the caller gets an error (EIO), never wrong data */
  | { kind: 'lost'; block: number; fault: BlockFault; error: 'EIO'; explanation: string };

/** The words split into blocks of `blockWords` (the last may be shorter), each stored with its checksum. */
export function writeDevice(words: readonly number[], blockWords: number, algorithm: ChecksumName): ChecksummedDevice {
  const blocks: StoredBlock[] = [];
  for (let at = 0; at < words.length; at += blockWords) {
    const part = words.slice(at, at + blockWords);
    blocks.push({ words: part, checksum: checksumOf(algorithm, part) });
  }
  return { algorithm, blocks };
}

/** The device with one block's sector unreadable. */
export const withLatentError = (dev: ChecksummedDevice, block: number): ChecksummedDevice => ({
  ...dev,
  blocks: dev.blocks.map((b, i) => (i === block ? { ...b, words: null } : b)),
});

/** The device with words changed in place but the stored checksums not: silent corruption at rest. */
export const withWords = (dev: ChecksummedDevice, block: number, words: readonly number[]): ChecksummedDevice => ({
  ...dev,
  blocks: dev.blocks.map((b, i) => (i === block && b.words !== null ? { ...b, words } : b)),
});

/** The fault a block has on this device, if its checksum sees one. */
function faultOf(dev: ChecksummedDevice, block: number): BlockFault | undefined {
  const b = dev.blocks[block] as StoredBlock;
  if (b.words === null) return { kind: 'unreadable' };
  const computed = checksumOf(dev.algorithm, b.words);
  return computed === b.checksum ? undefined : { kind: 'corrupt', stored: b.checksum, computed };
}

function faultText(dev: ChecksummedDevice, f: BlockFault): string {
  if (f.kind === 'unreadable') return 'the drive cannot read it (a latent sector error)';
  const { describe, label } = CHECKSUMS[dev.algorithm];
  return `its ${label} is ${describe(f.computed)}, but ${describe(f.stored)} was stored with it (silent corruption)`;
}

/**
 * Reads a block and checks it: good data, or the fault detected and the block taken from `copy` (a second copy,
 * as a mirror holds) when the copy's block checks out, or an error. A corruption the checksum cannot see reads as
 * good: the checksum is all the read knows.
 */
export function readBlock(dev: ChecksummedDevice, block: number, copy?: ChecksummedDevice): BlockRead {
  const fault = faultOf(dev, block);
  const { describe } = CHECKSUMS[dev.algorithm];
  const stored = dev.blocks[block] as StoredBlock;
  if (!fault)
    return {
      kind: 'ok',
      block,
      words: stored.words as readonly number[],
      explanation: `block ${block} reads back with the ${describe(stored.checksum)} it was written with`,
    };
  const what = `block ${block}: ${faultText(dev, fault)}`;
  const other = copy && block < copy.blocks.length && !faultOf(copy, block) ? copy.blocks[block] : undefined;
  if (other?.words)
    return {
      kind: 'repaired',
      block,
      fault,
      words: other.words,
      explanation: `${what}; the second copy checks out, so it is read from there and written back`,
    };
  return {
    kind: 'lost',
    block,
    fault,
    error: 'EIO',
    explanation: `${what}; ${copy ? 'the second copy is bad too' : 'there is no second copy'}, so the read fails (EIO)`,
  };
}

/** Every block read in order, and the device after the repairs (each repaired block rewritten from the copy). */
export function readDevice(
  dev: ChecksummedDevice,
  copy?: ChecksummedDevice,
): { reads: BlockRead[]; device: ChecksummedDevice } {
  const reads = dev.blocks.map((_, i) => readBlock(dev, i, copy));
  const blocks = dev.blocks.map((b, i) => {
    const r = reads[i] as BlockRead;
    return r.kind === 'repaired' ? { words: r.words, checksum: checksumOf(dev.algorithm, r.words) } : b;
  });
  return { reads, device: { ...dev, blocks } };
}
