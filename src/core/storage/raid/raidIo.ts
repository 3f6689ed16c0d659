import { blocksInStripe, dataPlace, mirrorPlace, parityDisk } from './raidMap';
import type { RaidConfig, RaidIo, RaidRequest, RaidStep } from './raidTypes';

const data = (c: RaidConfig, op: RaidIo['op'], block: number): RaidIo => {
  const p = dataPlace(c, block);
  return { op, role: 'data', block, disk: p.disk, offset: p.offset };
};

/** The data I/Os of blocks from..to-1, appended to `ios`, by hand: Array.from's callback was the run's hottest spot. */
function addData(ios: RaidIo[], c: RaidConfig, op: RaidIo['op'], from: number, to: number): RaidIo[] {
  for (let b = from; b < to; b++) ios.push(data(c, op, b));
  return ios;
}

/** I/Os up to which the offsets already met are looked for one by one rather than kept in a Set. */
const FEW_IOS = 16;

/**
 * Appends to a stripe's data I/Os a parity I/O at each distinct offset among them, in the order first met
 * (raid.py's offList).
 */
function addParity(ios: RaidIo[], op: RaidIo['op'], disk: number): RaidIo[] {
  const n = ios.length;
  const seen = n > FEW_IOS ? new Set<number>() : null;
  for (let i = 0; i < n; i++) {
    const offset = (ios[i] as RaidIo).offset;
    if (seen) {
      if (seen.has(offset)) continue;
      seen.add(offset);
    } else {
      let j = 0;
      while (j < i && (ios[j] as RaidIo).offset !== offset) j++;
      if (j < i) continue;
    }
    ios.push({ op, role: 'parity', block: null, disk, offset });
  }
  return ios;
}

/**
 * A write of blocks [begin, end) of one stripe, as raid.py decides it, its steps appended to `steps`: when the
 * blocks written plus the parity are no more than the blocks left alone, read the old data and parity and
 * subtract (small write); otherwise read the blocks left alone and add the stripe up (a full stripe reads nothing).
 */
function stripeWrite(steps: RaidStep[], c: RaidConfig, stripe: number, begin: number, end: number): void {
  const perStripe = blocksInStripe(c);
  const parity = parityDisk(c, stripe);
  const written = end - begin;
  if (written + 1 <= perStripe - written) {
    const ios = addParity(addData([], c, 'read', begin, end), 'read', parity);
    if (ios.length > 0)
      steps.push({ kind: 'subtractive-read', ios, stripe, parity, written, untouched: perStripe - written });
  } else {
    const first = stripe * perStripe;
    const rest = addData(addData([], c, 'read', first, begin), c, 'read', end, first + perStripe);
    if (rest.length > 0) steps.push({ kind: 'additive-read', ios: rest, stripe });
  }
  const ios = addParity(addData([], c, 'write', begin, end), 'write', parity);
  if (ios.length > 0) steps.push({ kind: 'parity-write', ios, stripe, parity, full: written === perStripe });
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
    stripeWrite(steps, c, stripe, begin, end);
    left -= end - begin;
    begin = end;
  }
  return steps;
}

/** The physical I/Os one logical request causes, step by step (raidExplain.ts puts each in words). */
export function requestIo(c: RaidConfig, r: RaidRequest): RaidStep[] {
  const op = r.write ? 'write' : 'read';
  const steps: RaidStep[] = [];
  switch (c.level) {
    case 0:
      for (let block = r.block; block < r.block + r.size; block++)
        steps.push({ kind: 'striped', ios: [data(c, op, block)], block });
      return steps;
    case 1:
      for (let block = r.block; block < r.block + r.size; block++) {
        const first = data(c, op, block);
        const m = mirrorPlace(c, block);
        const second: RaidIo = { op, role: 'mirror', block, disk: m.disk, offset: m.offset };
        if (r.write) steps.push({ kind: 'mirror-write', ios: [first, second], block });
        // raid.py balances reads by the offset alone, so the choice is easy to predict
        else steps.push({ kind: 'mirror-read', ios: [first.offset % 2 === 0 ? first : second], block });
      }
      return steps;
    case 4:
    case 5:
      if (r.write) return parityWrite(c, r);
      return [{ kind: 'data-read', ios: addData([], c, 'read', r.block, r.block + r.size) }];
  }
}
