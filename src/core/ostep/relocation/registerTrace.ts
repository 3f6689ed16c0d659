import {
  asciiLabel,
  asciiWriter,
  keptTexts,
  putBytes,
  writeHex,
  writeInt,
  writePaddedInt,
  type TextPart,
} from '../textParts';

/** An address of the trace as translated: pa null is a segmentation violation; `segment` for segmentation.py. */
export interface TracedAddress {
  va: number;
  pa: number | null;
  segment?: number;
}

/**
 * The trace's next address, written into `into`; false after the last. A call, not an iterator: a million
 * addresses through nested generators cost a result object each and more time than drawing and writing them.
 */
export type NextAddress = (into: TracedAddress) => boolean;

/** A trace held whole, taken in order. */
export function listedAddresses(list: readonly TracedAddress[]): NextAddress {
  let i = 0;
  return (into) => {
    const t = list[i++];
    if (t === undefined) return false;
    into.va = t.va;
    into.pa = t.pa;
    if (t.segment !== undefined) into.segment = t.segment;
    return true;
  };
}

// The line's fixed text in as few pieces as its outcomes allow: each piece is one call
const VA = asciiLabel('  VA ');
const HEX = asciiLabel(': 0x');
const DECIMAL = asciiLabel(' (decimal: ');
const UNSOLVED = asciiLabel(') --> PA or segmentation violation?\n');
const VIOLATION = asciiLabel(') --> SEGMENTATION VIOLATION\n');
const VIOLATION_IN = asciiLabel(') --> SEGMENTATION VIOLATION (SEG');
const CLOSE_LINE = asciiLabel(')\n');
const VALID = asciiLabel(') --> VALID: 0x');
const VALID_IN = asciiLabel(') --> VALID in SEG');
/** The longest line: every number at its widest (addresses below 2^50, indexes below 10^24). */
const MAX_LINE = 200;

/**
 * A line as relocation.py and segmentation.py print it after '  VA %2d', written in place:
 * ': 0x%08x (decimal: %4d) --> ' and the outcome (with the segment for segmentation.py).
 */
function putTail(buf: Uint8Array, at: number, t: TracedAddress, solve: boolean): number {
  at = putBytes(buf, at, HEX);
  at = writeHex(buf, at, t.va, 8);
  at = putBytes(buf, at, DECIMAL);
  at = writePaddedInt(buf, at, t.va, 4);
  if (!solve) return putBytes(buf, at, UNSOLVED);
  if (t.pa === null) {
    if (t.segment === undefined) return putBytes(buf, at, VIOLATION);
    at = putBytes(buf, at, VIOLATION_IN);
    at = writeInt(buf, at, t.segment);
    return putBytes(buf, at, CLOSE_LINE);
  }
  if (t.segment === undefined) at = putBytes(buf, at, VALID);
  else {
    at = putBytes(buf, at, VALID_IN);
    at = writeInt(buf, at, t.segment);
    at = putBytes(buf, at, HEX);
  }
  at = writeHex(buf, at, t.pa, 8);
  at = putBytes(buf, at, DECIMAL);
  at = writePaddedInt(buf, at, t.pa, 4);
  return putBytes(buf, at, CLOSE_LINE);
}

/**
 * Address spaces up to this size keep each address's text after its index, written once and copied after: within
 * one trace it depends on the address alone, and OSTEP's spaces are small (1k by default). At most 512 KiB: over
 * 16k addresses (2 MiB) the copies missed the processor's caches and cost more than writing the text afresh.
 */
const CACHED_ADDRESSES = 4096;
/** Room for one address's text: the widest it can be below 2^12 (every other number at its widest), and slack. */
const TAIL_SLOT = 128;

/**
 * The trace's lines as they are made, written into chunks of bytes: a long trace is never held whole.
 * `addressSpace` bounds the addresses `next` gives.
 */
export function* traceParts(next: NextAddress, solve: boolean, addressSpace: number): Generator<TextPart> {
  const w = asciiWriter();
  const t: TracedAddress = { va: 0, pa: null };
  const kept = addressSpace <= CACHED_ADDRESSES ? keptTexts(addressSpace, TAIL_SLOT) : null;
  for (let i = 0; next(t); i++) {
    const buf = w.reserve(MAX_LINE);
    let at = putBytes(buf, w.written(), VA);
    at = writePaddedInt(buf, at, i, 2);
    if (kept === null || t.va >= addressSpace) at = putTail(buf, at, t, solve);
    else {
      const end = kept.copy(buf, at, t.va);
      if (end >= 0) at = end;
      else {
        const from = at;
        at = putTail(buf, at, t, solve);
        kept.keep(t.va, buf, from, at);
      }
    }
    w.commit(at);
    const chunk = w.full();
    if (chunk) yield chunk;
  }
  const last = w.rest();
  if (last) yield last;
}
