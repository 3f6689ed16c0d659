import { dataPlace, mirrorPlace, parityDisk } from './raidMap';
import type { RaidConfig, RaidIo, RaidPlace } from './raidTypes';

/**
 * What raid.py leaves out: the disks' contents, and disks that fail. A block's content is a small integer (0
 * before it is written); RAID 4/5 parity is the XOR of the data at the same offset on the other disks, so a lost
 * block is the XOR of the rest of its row. A failed disk is replaced by a spare that is rebuilt from the bottom
 * up: below `done` it holds its contents again, above it it is as good as failed.
 */
export type RaidDiskState = { kind: 'ok' } | { kind: 'failed' } | { kind: 'rebuilding'; done: number };

export interface RaidArray {
  config: RaidConfig;
  blocksPerDisk: number;
  /** each disk's blocks by offset */
  contents: number[][];
  state: RaidDiskState[];
}

/** How a logical block was read or written around failed disks. */
export type RaidAccess = 'direct' | 'mirror' | 'reconstructed' | 'lost';

export interface RaidAccessResult {
  how: RaidAccess;
  ios: RaidIo[];
  why: string;
}

export const newArray = (config: RaidConfig, blocksPerDisk: number): RaidArray => ({
  config,
  blocksPerDisk,
  contents: Array.from({ length: config.disks }, () => Array.from({ length: blocksPerDisk }, () => 0)),
  state: Array.from({ length: config.disks }, () => ({ kind: 'ok' })),
});

/** Logical blocks the array holds: whole chunk rows below the disks' end, times the disks holding data. */
export function capacity(a: RaidArray): number {
  const rows = Math.floor(a.blocksPerDisk / a.config.chunk) * a.config.chunk;
  const { level, disks } = a.config;
  return rows * (level === 0 ? disks : level === 1 ? disks / 2 : disks - 1);
}

export function available(a: RaidArray, p: RaidPlace): boolean {
  const s = a.state[p.disk];
  return s?.kind === 'ok' || (s?.kind === 'rebuilding' && p.offset < s.done);
}

/** The disks of a RAID 4/5 row other than `disk`, parity included: what rebuilds `disk`'s block at `offset`. */
export const rowPeers = (a: RaidArray, disk: number, offset: number): RaidPlace[] =>
  a.contents.map((_, d) => ({ disk: d, offset })).filter((p) => p.disk !== disk);

/** RAID 4/5: the disk holding the parity of the row at `offset`. */
export const rowParity = (a: RaidArray, offset: number): number =>
  parityDisk(a.config, Math.floor(offset / a.config.chunk));

const xorOf = (a: RaidArray, places: readonly RaidPlace[]): number =>
  places.reduce((x, p) => x ^ (a.contents[p.disk]?.[p.offset] ?? 0), 0);

const io = (op: RaidIo['op'], role: RaidIo['role'], block: number | null, p: RaidPlace): RaidIo => ({
  op,
  role,
  block,
  ...p,
});

/** A logical block read around failed disks: its value (null when lost), how, and the I/Os it cost. */
export function readBlock(a: RaidArray, block: number): RaidAccessResult & { value: number | null } {
  const c = a.config;
  const home = dataPlace(c, block);
  const at = (p: RaidPlace): number => a.contents[p.disk]?.[p.offset] ?? 0;
  if (c.level === 1) {
    const copies = [home, mirrorPlace(c, block)];
    // raid.py's choice first (by the offset's parity), the other copy if that one is down
    const order = home.offset % 2 === 0 ? copies : [copies[1] as RaidPlace, home];
    const up = order.find((p) => available(a, p));
    if (!up) return { value: null, how: 'lost', ios: [], why: `block ${block}: both copies are gone` };
    const how = up === order[0] ? 'direct' : 'mirror';
    const why =
      how === 'direct'
        ? `block ${block} from disk ${up.disk}`
        : `block ${block} from its mirror on disk ${up.disk} (disk ${(order[0] as RaidPlace).disk} is down)`;
    return { value: at(up), how, ios: [io('read', up === home ? 'data' : 'mirror', block, up)], why };
  }
  if (available(a, home))
    return {
      value: at(home),
      how: 'direct',
      ios: [io('read', 'data', block, home)],
      why: `block ${block} from disk ${home.disk}`,
    };
  if (c.level === 0)
    return {
      value: null,
      how: 'lost',
      ios: [],
      why: `block ${block}: RAID 0 keeps no other copy of disk ${home.disk}`,
    };
  const peers = rowPeers(a, home.disk, home.offset);
  if (!peers.every((p) => available(a, p)))
    return {
      value: null,
      how: 'lost',
      ios: [],
      why: `block ${block}: disk ${home.disk} and another disk of its row are down`,
    };
  return {
    value: xorOf(a, peers),
    how: 'reconstructed',
    ios: peers.map((p) => io('read', p.disk === rowParity(a, p.offset) ? 'parity' : 'data', null, p)),
    why: `block ${block} rebuilt as the XOR of disks ${peers.map((p) => p.disk).join(', ')} at offset ${home.offset} (disk ${home.disk} is down): ${peers.length} reads instead of 1`,
  };
}

/**
 * A logical block written around failed disks, keeping every row's parity the XOR of its data: with the data and
 * parity disks up, read both and subtract (raid.py's small write); with the data disk down, the parity alone is
 * written as the XOR of the rest of the row and the new value; with the parity disk down, the data alone.
 */
export function writeBlock(a: RaidArray, block: number, value: number): RaidAccessResult {
  const c = a.config;
  const home = dataPlace(c, block);
  const put = (p: RaidPlace, v: number): void => {
    (a.contents[p.disk] as number[])[p.offset] = v;
  };
  if (c.level === 0 || c.level === 1) {
    const copies = c.level === 0 ? [home] : [home, mirrorPlace(c, block)];
    const up = copies.filter((p) => available(a, p));
    for (const p of up) put(p, value);
    if (up.length === 0) return { how: 'lost', ios: [], why: `block ${block}: no copy left to write` };
    const ios = up.map((p) => io('write', p === home ? 'data' : 'mirror', block, p));
    return up.length < copies.length
      ? { how: 'mirror', ios, why: `block ${block} written to its mirror on disk ${(up[0] as RaidPlace).disk} only` }
      : { how: 'direct', ios, why: `block ${block} written to disk ${copies.map((p) => p.disk).join(' and ')}` };
  }
  const parity = { disk: rowParity(a, home.offset), offset: home.offset };
  const dataUp = available(a, home);
  const parityUp = available(a, parity);
  const old = a.contents[home.disk]?.[home.offset] ?? 0;
  if (dataUp && parityUp) {
    const oldParity = a.contents[parity.disk]?.[parity.offset] ?? 0;
    put(home, value);
    put(parity, oldParity ^ old ^ value);
    return {
      how: 'direct',
      ios: [
        io('read', 'data', block, home),
        io('read', 'parity', null, parity),
        io('write', 'data', block, home),
        io('write', 'parity', null, parity),
      ],
      why: `block ${block}: read old data and parity, write both (parity ^= old ^ new)`,
    };
  }
  if (dataUp) {
    put(home, value);
    return {
      how: 'direct',
      ios: [io('write', 'data', block, home)],
      why: `block ${block} written; its parity disk ${parity.disk} is down`,
    };
  }
  const others = rowPeers(a, home.disk, home.offset).filter((p) => p.disk !== parity.disk);
  if (!parityUp || !others.every((p) => available(a, p)))
    return { how: 'lost', ios: [], why: `block ${block}: disk ${home.disk} and another disk of its row are down` };
  put(parity, xorOf(a, others) ^ value);
  return {
    how: 'reconstructed',
    ios: [...others.map((p) => io('read', 'data', null, p)), io('write', 'parity', null, parity)],
    why: `block ${block}: disk ${home.disk} is down, so its new value goes into the parity (XOR of disks ${others.map((p) => p.disk).join(', ')} and the new value)`,
  };
}

/** A disk fails: what it held is gone until a spare is rebuilt. */
export function failDisk(a: RaidArray, disk: number): void {
  a.state[disk] = { kind: 'failed' };
  (a.contents[disk] as number[]).fill(0);
}
