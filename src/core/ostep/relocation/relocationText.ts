import { partsText, type TextPart } from '../textParts';
import type { RelocationAnswers } from './relocationScript';
import type { RelocationOptions } from './relocationFlags';
import { hex08 } from './registerArgs';
import { listedAddresses, traceParts, type NextAddress } from './registerTrace';

const QUESTION = `For each virtual address, either write down the physical address it translates to
OR write down that it is an out-of-bounds address (a segmentation violation). For
this problem, you should assume a simple virtual address space of a given size.
`;

/** What relocation.py prints for these flags: the registers and the trace, solved with -c. */
export function relocationText(v: RelocationOptions, a: RelocationAnswers): string {
  return partsText(relocationLines(v, a, a.addressSpace, listedAddresses(a.translations)));
}

/** The same text as it is made: each address's line written as `next` gives it, never held whole. */
export function* relocationLines(
  v: RelocationOptions,
  registers: { base: number; limit: number },
  addressSpace: number,
  next: NextAddress,
): Generator<TextPart> {
  yield [
    '',
    `ARG seed ${v.seed}`,
    `ARG address space size ${v.asize}`,
    `ARG phys mem size ${v.psize}`,
    '',
    'Base-and-Bounds register information:',
    '',
    `  Base   : ${hex08(registers.base)} (decimal ${registers.base})`,
    `  Limit  : ${registers.limit}`,
    '',
    'Virtual Address Trace',
  ].join('\n');
  yield* traceParts(next, v.solve, addressSpace);
  yield '';
  if (!v.solve) yield QUESTION;
}
