import { blocksInStripe, dataPlace, mirrorPlace, parityDisk } from './raidMap';
import type { RaidConfig, RaidIo, RaidRequest, RaidStep } from './raidTypes';

/** The numbers from..to-1, by hand: Array.from's callback was the run's hottest spot. */
function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let b = from; b < to; b++) out.push(b);
  return out;
}

const data = (c: RaidConfig, op: RaidIo['op'], block: number): RaidIo => {
  const p = dataPlace(c, block);
  return { op, role: 'data', block, disk: p.disk, offset: p.offset };
};

/** Parity I/Os at each distinct offset of the stripe's data I/Os, in the order first met (raid.py's offList). */
function parityIos(op: RaidIo['op'], disk: number, of: RaidIo[]): RaidIo[] {
  const offsets = [...new Set(of.map((io) => io.offset))];
  return offsets.map((offset) => ({ op, role: 'parity', block: null, disk, offset }));
}

/**
 * A write of blocks [begin, end) of one stripe, as raid.py decides it: when the blocks written plus the parity
 * are no more than the blocks left alone, read the old data and parity and subtract (small write); otherwise
 * read the blocks left alone and add the stripe up (a full stripe reads nothing).
 */
function stripeWrite(c: RaidConfig, stripe: number, begin: number, end: number): RaidStep[] {
  const perStripe = blocksInStripe(c);
  const parity = parityDisk(c, stripe);
  const written = end - begin;
  const steps: RaidStep[] = [];
  if (written + 1 <= perStripe - written) {
    const old = range(begin, end).map((b) => data(c, 'read', b));
    const ios = [...old, ...parityIos('read', parity, old)];
    if (ios.length > 0)
      steps.push({ kind: 'subtractive-read', ios, stripe, parity, written, untouched: perStripe - written });
  } else {
    const first = stripe * perStripe;
    const rest = [...range(first, begin), ...range(end, first + perStripe)].map((b) => data(c, 'read', b));
    if (rest.length > 0) steps.push({ kind: 'additive-read', ios: rest, stripe });
  }
  const fresh = range(begin, end).map((b) => data(c, 'write', b));
  const ios = [...fresh, ...parityIos('write', parity, fresh)];
  if (ios.length > 0) steps.push({ kind: 'parity-write', ios, stripe, parity, full: written === perStripe });
  return steps;
}

/** A RAID 4/5 write, one stripe at a time (raid.py's enqueue45, clamping each piece to its stripe). */
function parityWrite(c: RaidConfig, r: RaidRequest): RaidStep[] {
  const perStripe = blocksInStripe(c);
  const first = Math.trunc(r.block / perStripe);
  const last = Math.trunc((r.block + r.size - 1) / perStripe);
  const steps: RaidStep[] = [];
  let left = r.size;
  let begin = r.block;
  for (let stripe = first; stripe <= last; stripe++) {
    const stripeEnd = stripe * perStripe + perStripe;
    const end = Math.min(left >= perStripe ? begin + perStripe : begin + left, stripeEnd);
    steps.push(...stripeWrite(c, stripe, begin, end));
    left -= end - begin;
    begin = end;
  }
  return steps;
}

/** The physical I/Os one logical request causes, step by step (raidExplain.ts puts each in words). */
export function requestIo(c: RaidConfig, r: RaidRequest): RaidStep[] {
  const blocks = range(r.block, r.block + r.size);
  const op = r.write ? 'write' : 'read';
  switch (c.level) {
    case 0:
      return blocks.map((block) => ({ kind: 'striped', ios: [data(c, op, block)], block }));
    case 1:
      return blocks.map((block) => {
        const first = data(c, op, block);
        const m = mirrorPlace(c, block);
        const second: RaidIo = { op, role: 'mirror', block, disk: m.disk, offset: m.offset };
        if (r.write) return { kind: 'mirror-write', ios: [first, second], block };
        // raid.py balances reads by the offset alone, so the choice is easy to predict
        return { kind: 'mirror-read', ios: [first.offset % 2 === 0 ? first : second], block };
      });
    case 4:
    case 5:
      if (r.write) return parityWrite(c, r);
      return [{ kind: 'data-read', ios: blocks.map((b) => data(c, 'read', b)) }];
  }
}
