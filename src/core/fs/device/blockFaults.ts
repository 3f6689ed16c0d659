import { available, readBlock as raidRead, type RaidArray } from '../../storage/raid/raidArray';
import { dataPlace, mirrorPlace } from '../../storage/raid/raidMap';
import type { ChecksumName } from '../../storage/checksum/checksumTypes';
import { checksumOf, CHECKSUMS } from '../../storage/checksum/registry';
import type { DeviceChecksum } from './deviceConfig';
import type { DeviceRun } from './deviceRun';

/**
 * Latent sector errors and silent corruption on the node's device, and the per-block checksums that catch them on
 * read. The model keeps no file contents, so each block stands for its first sector: SECTOR_BYTES bytes that are a
 * fixed function of the block's number, checksummed when written. A corruption flips a bit of them at rest (the
 * n-th corruption of a block flips the low bit of its n-th byte); a read recomputes the checksum over the bytes it
 * gets back. Two such flips cancel under XOR (the same bit of two bytes) and under the additive sum when one byte
 * goes up by one and the other down; Fletcher weighs bytes by position and CRC-32 catches every one, two or three
 * bit error in a sector this size.
 */
export const SECTOR_BYTES = 512;

/** One block's fault at rest: bits flipped, or the sector unreadable; on a RAID, on the member a read goes to. */
export interface BlockFault {
  flips: number;
  unreadable: boolean;
  /** the RAID member holding the faulty copy (null off a RAID) */
  disk: number | null;
  offset: number;
}

export interface BlockFaults {
  algorithm: DeviceChecksum;
  /** device block -> its fault, until a write puts fresh data (and a remapped sector) there or a repair does */
  faults: Record<number, BlockFault>;
  detected: number;
  repaired: number;
  undetected: number;
  unreadable: number;
}

/** What one read of a faulty block came to, typed; explainBlockCheck puts it in words. */
export type BlockCheck =
  | { kind: 'repaired'; block: number; fault: 'corrupt' | 'unreadable'; algorithm: DeviceChecksum; from: string }
  | { kind: 'eio'; block: number; fault: 'corrupt' | 'unreadable'; algorithm: DeviceChecksum; why: string }
  /** wrong data returned: no checksum, or one the flips cancel out in */
  | { kind: 'undetected'; block: number; flips: number; algorithm: DeviceChecksum };

export const createBlockFaults = (algorithm: DeviceChecksum): BlockFaults => ({
  algorithm,
  faults: {},
  detected: 0,
  repaired: 0,
  undetected: 0,
  unreadable: 0,
});

const ALGORITHM: Readonly<Record<Exclude<DeviceChecksum, 'none'>, ChecksumName>> = {
  additive: 'add',
  xor: 'xor',
  fletcher: 'fletcher',
  crc32: 'crc32',
};

/** The sector a block stands for: bytes from its number (a multiplicative hash, so neighbours differ). */
export function sectorOf(block: number): number[] {
  const bytes: number[] = [];
  let x = (block + 1) * 2_654_435_761;
  for (let i = 0; i < SECTOR_BYTES; i++) {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + i) >>> 0;
    bytes.push(x & 0xff);
  }
  return bytes;
}

/** The sector after `flips` corruptions: the low bit of bytes 0 to flips-1 toggled. */
export function flipped(block: number, flips: number): number[] {
  const bytes = sectorOf(block);
  for (let i = 0; i < flips; i++) bytes[i % SECTOR_BYTES] = (bytes[i % SECTOR_BYTES] as number) ^ 1;
  return bytes;
}

/** Whether the algorithm sees `flips` corruptions of the block: the checksum over what is read differs from the stored. */
export function detects(algorithm: DeviceChecksum, block: number, flips: number): boolean {
  if (algorithm === 'none' || flips === 0) return false;
  const name = ALGORITHM[algorithm];
  return checksumOf(name, flipped(block, flips)) !== checksumOf(name, sectorOf(block));
}

/** The RAID member and offset a read of `block` goes to now (null when it has no copy to go to). */
function raidCopy(a: RaidArray, block: number): { disk: number; offset: number } | null {
  const r = raidRead(a, block);
  return r.how === 'direct' || r.how === 'mirror' ? (r.ios[0] ?? null) : null;
}

/** How many blocks a device holds: its addresses (RAID: logical blocks). */
const capacityOf = (d: DeviceRun | null, fsBlocks: number): number => d?.counts.capacity ?? fsBlocks;

/** Where a fault on `block` lands: the member `disk` names (one holding a copy), the one reads go to, or why not. */
function faultPlace(
  d: DeviceRun | null,
  block: number,
  disk: number | undefined,
): { disk: number | null; offset: number } | string {
  if (d?.kind !== 'raid')
    return disk === undefined
      ? { disk: null, offset: block }
      : `disk (${disk}) names a RAID member: the device is no RAID`;
  const a = d.array;
  if (disk === undefined)
    return raidCopy(a, block) ?? `block ${block}'s copies are all on failed members: nothing stored to break`;
  const n = a.config.disks;
  if (!Number.isInteger(disk) || disk < 0 || disk >= n) return `disk must be a member from 0 to ${n - 1}, not ${disk}`;
  const copies =
    a.config.level === 1 ? [dataPlace(a.config, block), mirrorPlace(a.config, block)] : [dataPlace(a.config, block)];
  const at = copies.find((p) => p.disk === disk);
  if (!at)
    return `disk ${disk} holds no copy of block ${block}: its ${copies.length === 1 ? 'data is' : 'copies are'} on disk ${copies.map((p) => p.disk).join(' and ')}`;
  return available(a, at) ? at : `disk ${disk} has failed: nothing stored on it to break`;
}

/** Injects a fault on `block` (corrupt: one more bit flipped; bad: unreadable), on RAID member `disk`, or says why not. */
export function injectFault(
  f: BlockFaults,
  d: DeviceRun | null,
  fsBlocks: number,
  block: number,
  kind: 'corrupt' | 'bad',
  disk?: number,
): { told: string } | { refused: string } {
  const cap = capacityOf(d, fsBlocks);
  if (!Number.isInteger(block) || block < 0 || block >= cap)
    return { refused: `block must be a device block from 0 to ${cap - 1} (the device holds ${cap}), not ${block}` };
  const at = faultPlace(d, block, disk);
  if (typeof at === 'string') return { refused: at };
  const old = f.faults[block];
  const fault: BlockFault =
    old && old.disk === at.disk ? { ...old } : { flips: 0, unreadable: false, disk: at.disk, offset: at.offset };
  if (kind === 'bad') fault.unreadable = true;
  else fault.flips++;
  f.faults[block] = fault;
  const reads = d?.kind === 'raid' && raidCopy(d.array, block)?.disk === at.disk;
  const where =
    at.disk === null
      ? ''
      : ` on member disk ${at.disk} (offset ${at.offset}, ${reads ? 'the copy reads go to' : 'a copy reads do not go to while the other is up'})`;
  return {
    told:
      kind === 'bad'
        ? `block ${block}${where} becomes unreadable (a latent sector error): the drive will report it on the next read`
        : `bit 0 of byte ${fault.flips - 1} of block ${block}${where} flips at rest (silent corruption): the drive will return it without complaint`,
  };
}

/** The copy a RAID rebuilds a faulty member's block from, with that member treated as failed; null where none. */
function raidRepair(d: DeviceRun, block: number, fault: BlockFault): string | null {
  if (d.kind !== 'raid' || fault.disk === null || d.array.config.level === 0) return null;
  const a = d.array;
  const without = { ...a, state: a.state.map((s, i) => (i === fault.disk ? { kind: 'failed' as const } : s)) };
  const r = raidRead(without, block);
  if (r.how === 'lost' || r.value !== d.truth[block]) return null;
  return a.config.level === 1
    ? `its mirror on disk ${r.ios[0]?.disk}`
    : `the XOR of the rest of its row (disks ${r.ios.map((io) => io.disk).join(', ')})`;
}

/** Whether a read of the block now goes to the member holding the fault (on a RAID another copy may serve it). */
function readsFault(d: DeviceRun | null, block: number, fault: BlockFault): boolean {
  if (d?.kind !== 'raid' || fault.disk === null) return true;
  if (!available(d.array, { disk: fault.disk, offset: fault.offset })) return false;
  const at = raidCopy(d.array, block);
  return at?.disk === fault.disk && at.offset === fault.offset;
}

/** Checks each block read against its fault, if any: repaired (and the fault gone), EIO, or wrong data unseen. */
export function checkReads(f: BlockFaults, d: DeviceRun | null, reads: readonly number[]): BlockCheck[] {
  const out: BlockCheck[] = [];
  const { algorithm } = f;
  for (const block of reads) {
    const fault = f.faults[block];
    if (!fault || !readsFault(d, block, fault)) continue;
    const seen = fault.unreadable || detects(algorithm, block, fault.flips);
    if (!seen) {
      f.undetected++;
      out.push({ kind: 'undetected', block, flips: fault.flips, algorithm });
      continue;
    }
    const what = fault.unreadable ? 'unreadable' : 'corrupt';
    if (fault.unreadable) f.unreadable++;
    else f.detected++;
    const from = d ? raidRepair(d, block, fault) : null;
    if (from !== null) {
      f.repaired++;
      delete f.faults[block];
      out.push({ kind: 'repaired', block, fault: what, algorithm, from });
      continue;
    }
    const why =
      d?.kind !== 'raid'
        ? 'the device keeps no second copy'
        : d.array.config.level === 0
          ? 'RAID 0 keeps no second copy'
          : 'its other copy is on a failed member';
    out.push({ kind: 'eio', block, fault: what, algorithm, why });
  }
  return out;
}

/** Blocks written get fresh data and a fresh checksum (a drive remaps an unreadable sector on write). */
export function clearWritten(f: BlockFaults, writes: readonly number[]): void {
  for (const b of writes) delete f.faults[b];
}

export interface ChecksumFigures {
  algorithm: DeviceChecksum;
  detected: number;
  repaired: number;
  undetected: number;
  unreadable: number;
}

export const checksumFigures = (f: BlockFaults): ChecksumFigures => ({
  algorithm: f.algorithm,
  detected: f.detected,
  repaired: f.repaired,
  undetected: f.undetected,
  unreadable: f.unreadable,
});

const LABEL = (a: DeviceChecksum): string => (a === 'none' ? 'no checksum' : `its ${CHECKSUMS[ALGORITHM[a]].label}`);

/** One read of a faulty block in words, for the narration. */
export function explainBlockCheck(c: BlockCheck): string {
  if (c.kind === 'undetected')
    return c.algorithm === 'none'
      ? `block ${c.block} reads back wrong (${c.flips} bit${c.flips === 1 ? '' : 's'} flipped at rest) and nothing notices: the device keeps no checksum (fs.device.checksum none), so the wrong data goes to the process`
      : `block ${c.block} reads back wrong (${c.flips} bits flipped at rest) but ${LABEL(c.algorithm)} comes out as stored: the flips cancel (${c.algorithm === 'xor' ? 'XOR misses the same bit flipped in two bytes' : c.algorithm === 'additive' ? 'the sum misses one byte going up by what another goes down' : 'a rare miss'}), so the wrong data goes to the process`;
  const found =
    c.fault === 'unreadable'
      ? `block ${c.block} cannot be read (a latent sector error, reported by the drive)`
      : `block ${c.block} is corrupt: ${LABEL(c.algorithm)} over the bytes read differs from the one stored with them`;
  return c.kind === 'repaired'
    ? `${found}; it is rebuilt from ${c.from} and written back, and the read returns the right data`
    : `${found}; ${c.why}, so the read fails (EIO)`;
}
