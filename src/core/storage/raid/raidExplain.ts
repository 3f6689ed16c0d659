import type { StripeNote } from './raidStripeWrite';
import type { RaidIo, RaidStep } from './raidTypes';

const where = (io: RaidIo): string => `disk ${io.disk} offset ${io.offset}`;

const count = (n: number, one: string): string => `${n} ${n === 1 ? one : `${one}s`}`;

/** A step of a logical request in words, for the OSTEP view and the JSON answer alike. */
export function explainRaidStep(s: RaidStep): string {
  switch (s.kind) {
    case 'striped':
      return `block ${s.block} is striped to ${s.ios.map(where).join('')}`;
    case 'mirror-write':
      return `block ${s.block} is written to both copies (disks ${s.ios.map((io) => io.disk).join(' and ')})`;
    case 'mirror-read': {
      const io = s.ios[0] as RaidIo;
      const side = io.role === 'data' ? 'even' : 'odd';
      return `block ${s.block} read from the ${side} disk of its pair, ${where(io)} (raid.py picks by the offset's parity)`;
    }
    case 'data-read':
      return `a read touches only the data: ${s.ios.map(where).join(', ') || 'nothing'}`;
    case 'subtractive-read':
      return `small write to stripe ${s.stripe}: ${s.written} block(s) + parity ≤ the ${s.untouched} left alone, so read the old data and the old parity on disk ${s.parity} and subtract`;
    case 'additive-read':
      return `large write to stripe ${s.stripe}: read the ${s.ios.length} block(s) left alone to add the parity up anew`;
    case 'parity-write':
      return s.full
        ? `full-stripe write of stripe ${s.stripe}: the data and its parity on disk ${s.parity}, nothing read`
        : `write the new data and the new parity of stripe ${s.stripe} on disk ${s.parity}`;
  }
}

/** How a RAID 4/5 stripe took several blocks at once: "stripe 3: full stripe: 4 writes, no reads". */
export function explainStripeWrite(s: StripeNote): string {
  const ios = `${count(s.writes, 'write')}, ${s.reads === 0 ? 'no reads' : count(s.reads, 'read')}`;
  const part = `${s.written} of ${s.of} blocks`;
  switch (s.how) {
    case 'full':
      return `stripe ${s.stripe}: full stripe: ${ios}`;
    case 'reconstruct':
      return `stripe ${s.stripe}: ${part}: reconstruct-write reads the ${count(s.reads, 'block')} left alone (read-modify-write would read ${s.otherReads}), ${count(s.writes, 'write')}`;
    case 'read-modify-write':
      return `stripe ${s.stripe}: ${part}: read-modify-write reads the old data and parity, ${count(s.reads, 'block')} (reconstruct-write would read ${s.otherReads}), ${count(s.writes, 'write')}`;
    case 'degraded':
      return `stripe ${s.stripe}: ${part} around a failed member, block by block: ${ios}`;
  }
}
