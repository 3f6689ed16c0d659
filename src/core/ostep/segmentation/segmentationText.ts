import { hex08 } from '../relocation/registerArgs';
import { listedAddresses, traceParts, type NextAddress } from '../relocation/registerTrace';
import { partsText, type TextPart } from '../textParts';
import type { SegmentationAnswers } from './segmentationScript';
import type { SegmentationOptions } from './segmentationFlags';

const QUESTION = `For each virtual address, either write down the physical address it translates to
OR write down that it is an out-of-bounds address (a segmentation violation). For
this problem, you should assume a simple address space with two segments: the top
bit of the virtual address can thus be used to check whether the virtual address
is in segment 0 (topbit=0) or segment 1 (topbit=1). Note that the base/limit pairs
given to you grow in different directions, depending on the segment, i.e., segment 0
grows in the positive direction, whereas segment 1 in the negative. 
`;

/** What segmentation.py prints for these flags: the two segments' registers and the trace, solved with -c. */
export function segmentationText(v: SegmentationOptions, a: SegmentationAnswers): string {
  return partsText(segmentationLines(v, a.segments, a.addressSpace, listedAddresses(a.translations)));
}

/** The same text as it is made: each address's line written as `next` gives it, never held whole. */
export function* segmentationLines(
  v: SegmentationOptions,
  [seg0, seg1]: SegmentationAnswers['segments'],
  addressSpace: number,
  next: NextAddress,
): Generator<TextPart> {
  yield [
    `ARG seed ${v.seed}`,
    `ARG address space size ${v.asize}`,
    `ARG phys mem size ${v.psize}`,
    '',
    'Segment register information:',
    '',
    `  Segment 0 base  (grows positive) : ${hex08(seg0.base)} (decimal ${seg0.base})`,
    `  Segment 0 limit                  : ${seg0.limit}`,
    '',
    `  Segment 1 base  (grows negative) : ${hex08(seg1.base)} (decimal ${seg1.base})`,
    `  Segment 1 limit                  : ${seg1.limit}`,
    '',
    'Virtual Address Trace',
  ].join('\n');
  yield* traceParts(next, v.solve, addressSpace);
  yield '';
  if (!v.solve) yield QUESTION;
}
