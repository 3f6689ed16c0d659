import { available, type RaidArray } from './raidArray';
import { blocksInStripe, dataPlace, parityDisk } from './raidMap';
import type { RaidIo, RaidPlace } from './raidTypes';

/**
 * How a RAID 4/5 stripe takes several of its blocks at once. A whole stripe needs nothing read: its parity is the
 * XOR of the new data. Part of one is written by whichever reads fewer: read-modify-write reads the old data and the
 * old parity of each row it touches (parity ^= old ^ new), reconstruct-write reads the blocks of those rows it
 * leaves alone (parity = XOR of the row anew). A tie goes to read-modify-write, as raid.py's small write.
 */
export type StripeWriteHow = 'full' | 'reconstruct' | 'read-modify-write';

export interface StripeWrite {
  stripe: number;
  how: StripeWriteHow;
  /** data blocks written, of the stripe's `of` */
  written: number;
  of: number;
  reads: number;
  writes: number;
  /** what the other way of a partial write would have read (0 for a full stripe) */
  otherReads: number;
  ios: RaidIo[];
}

/**
 * What a stripe write did, without its I/Os: for the narration and the figures. Degraded: a member it needed was
 * down, so it went block by block around it (raidArray.ts's writeBlock).
 */
export type StripeNote = Omit<StripeWrite, 'ios' | 'how'> & { how: StripeWriteHow | 'degraded' };

export const stripeOf = (a: RaidArray, block: number): number => Math.floor(block / blocksInStripe(a.config));

const io = (op: RaidIo['op'], role: RaidIo['role'], block: number | null, p: RaidPlace): RaidIo => ({
  op,
  role,
  block,
  ...p,
});

/**
 * Writes `values` (logical block -> value, all of one stripe of a RAID 4/5) with the fewest reads, keeping each
 * row's parity the XOR of its data. Null, with nothing changed, when a member it would read or write is down: the
 * caller then writes block by block around the failure (raidArray.ts's writeBlock).
 */
export function writeStripe(a: RaidArray, stripe: number, values: ReadonlyMap<number, number>): StripeWrite | null {
  const c = a.config;
  const of = blocksInStripe(c);
  const parity = parityDisk(c, stripe);
  const rows = new Set<number>();
  for (const b of values.keys()) rows.add(dataPlace(c, b).offset);
  const untouched: (RaidPlace & { block: number })[] = [];
  for (let b = stripe * of; b < (stripe + 1) * of; b++) {
    const p = dataPlace(c, b);
    if (rows.has(p.offset) && !values.has(b)) untouched.push({ ...p, block: b });
  }
  const written = [...values.keys()].map((b) => ({ ...dataPlace(c, b), block: b }));
  const parities = [...rows].map((offset) => ({ disk: parity, offset }));
  const rmwReads = written.length + parities.length;
  const how: StripeWriteHow =
    values.size === of ? 'full' : untouched.length < rmwReads ? 'reconstruct' : 'read-modify-write';
  const reads: RaidIo[] =
    how === 'full'
      ? []
      : how === 'reconstruct'
        ? untouched.map((p) => io('read', 'data', p.block, p))
        : [
            ...written.map((p) => io('read', 'data', p.block, p)),
            ...parities.map((p) => io('read', 'parity', null, p)),
          ];
  const writes = [
    ...written.map((p) => io('write', 'data', p.block, p)),
    ...parities.map((p) => io('write', 'parity', null, p)),
  ];
  if (![...reads, ...writes].every((x) => available(a, x))) return null;
  const at = (p: RaidPlace): number => a.contents[p.disk]?.[p.offset] ?? 0;
  const put = (p: RaidPlace, v: number): void => {
    (a.contents[p.disk] as number[])[p.offset] = v;
  };
  // Each row's parity: the old one with the old data taken out (read-modify-write), or the untouched data's XOR.
  const next = new Map<number, number>(parities.map((p) => [p.offset, how === 'read-modify-write' ? at(p) : 0]));
  const fold = (offset: number, v: number): void => {
    next.set(offset, (next.get(offset) as number) ^ v);
  };
  if (how === 'read-modify-write') for (const p of written) fold(p.offset, at(p));
  else for (const p of untouched) fold(p.offset, at(p));
  for (const p of written) {
    const v = values.get(p.block) as number;
    fold(p.offset, v);
    put(p, v);
  }
  for (const p of parities) put(p, next.get(p.offset) as number);
  const otherReads = how === 'full' ? 0 : how === 'reconstruct' ? rmwReads : untouched.length;
  return {
    stripe,
    how,
    written: values.size,
    of,
    reads: reads.length,
    writes: writes.length,
    otherReads,
    ios: [...reads, ...writes],
  };
}
