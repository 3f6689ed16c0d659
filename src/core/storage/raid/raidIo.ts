import { blocksInStripe, dataPlace, mirrorPlace, parityDisk } from './raidMap';
import type { RaidConfig, RaidIo, RaidRequest, RaidStep } from './raidTypes';

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
const data = (c: RaidConfig, op: RaidIo['op'], block: number): RaidIo => ({
  op,
  role: 'data',
  block,
  ...dataPlace(c, block),
});
const where = (io: RaidIo): string => `disk ${io.disk} offset ${io.offset}`;

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
  const pdisk = parityDisk(c, stripe);
  const written = end - begin;
  const steps: RaidStep[] = [];
  if (written + 1 <= perStripe - written) {
    const old = range(begin, end).map((b) => data(c, 'read', b));
    const ios = [...old, ...parityIos('read', pdisk, old)];
    if (ios.length > 0)
      steps.push({
        kind: 'subtractive-read',
        ios,
        why: `small write to stripe ${stripe}: ${written} block(s) + parity ≤ the ${perStripe - written} left alone, so read the old data and the old parity on disk ${pdisk} and subtract`,
      });
  } else {
    const first = stripe * perStripe;
    const rest = [...range(first, begin), ...range(end, first + perStripe)].map((b) => data(c, 'read', b));
    if (rest.length > 0)
      steps.push({
        kind: 'additive-read',
        ios: rest,
        why: `large write to stripe ${stripe}: read the ${rest.length} block(s) left alone to add the parity up anew`,
      });
  }
  const fresh = range(begin, end).map((b) => data(c, 'write', b));
  const ios = [...fresh, ...parityIos('write', pdisk, fresh)];
  if (ios.length > 0)
    steps.push({
      kind: 'parity-write',
      ios,
      why:
        written === perStripe
          ? `full-stripe write of stripe ${stripe}: the data and its parity on disk ${pdisk}, nothing read`
          : `write the new data and the new parity of stripe ${stripe} on disk ${pdisk}`,
    });
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

/** The physical I/Os one logical request causes, step by step, each step explained. */
export function requestIo(c: RaidConfig, r: RaidRequest): RaidStep[] {
  const blocks = range(r.block, r.block + r.size);
  const op = r.write ? 'write' : 'read';
  switch (c.level) {
    case 0:
      return blocks.map((b) => {
        const io = data(c, op, b);
        return { kind: 'striped', ios: [io], why: `block ${b} is striped to ${where(io)}` };
      });
    case 1:
      return blocks.map((b) => {
        const first = data(c, op, b);
        const second: RaidIo = { op, role: 'mirror', block: b, ...mirrorPlace(c, b) };
        if (r.write) return { kind: 'mirror-write', ios: [first, second], why: `block ${b} is written to both copies` };
        // raid.py balances reads by the offset alone, so the choice is easy to predict
        const io = first.offset % 2 === 0 ? first : second;
        return {
          kind: 'mirror-read',
          ios: [io],
          why: `block ${b} read from the ${io === first ? 'even' : 'odd'} disk of its pair (offset ${first.offset} is ${io === first ? 'even' : 'odd'})`,
        };
      });
    case 4:
    case 5: {
      if (r.write) return parityWrite(c, r);
      const ios = blocks.map((b) => data(c, 'read', b));
      return [
        { kind: 'data-read', ios, why: `a read touches only the data: ${ios.map(where).join(', ') || 'nothing'}` },
      ];
    }
  }
}
