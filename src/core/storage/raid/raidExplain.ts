import type { RaidIo, RaidStep } from './raidTypes';

const where = (io: RaidIo): string => `disk ${io.disk} offset ${io.offset}`;

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
