import { checksumOf } from '../../storage/checksum/registry';
import { fletcherParts } from '../../storage/checksum/fletcher';
import { pyIntBig } from '../pyNumber';
import { pyRandom, pySeed } from '../pyRandom';
import { scriptFlags, type OstepScript } from '../script';
import { partsText, type TextPart } from '../textParts';
import { CHECKSUM_FLAGS, type ChecksumOptions } from './checksumFlags';
import { checksumOurs, type ChecksumOurs } from './checksumOurs';
import { oursText } from './checksumOursText';
import { answersText, dataRows, optionsText, QUESTION } from './checksumText';

/**
 * The answer of checksum.py -c as data: the words and their three checksums, as checksum.py prints them; with our
 * flags, the flip and what catches it, and the device's reads (ChecksumOurs).
 */
export interface ChecksumAnswers extends Omit<ChecksumOurs, 'trace'> {
  words: number[];
  add: number;
  /** Python's int: negative when -D gives negative words */
  xor: number;
  fletcher: { a: number; b: number };
}

/**
 * The most words we hold: each prints as three cells of 11 characters, so a million is 33 MB of text; Python has
 * no limit but memory.
 */
export const MAX_WORDS = 1_000_000;

const fail = (error: string) => ({ ok: false as const, error });

/** -D's words (Python's int() of each comma-separated item), or why checksum.py's int() fails or we refuse. */
function givenWords(data: string): number[] | string {
  const items = data.split(',');
  if (items.length > MAX_WORDS) return `-D/--data: at most ${MAX_WORDS} words (got ${items.length})`;
  const words: number[] = [];
  for (const item of items) {
    const n = pyIntBig(item);
    if (n === undefined)
      return `-D/--data: ${JSON.stringify(item)} is not a whole number (checksum.py's int() fails on it)`;
    if (n < BigInt(Number.MIN_SAFE_INTEGER) || n > BigInt(Number.MAX_SAFE_INTEGER))
      return `-D/--data: ${item.trim()} is beyond the whole numbers we take exactly (±${Number.MAX_SAFE_INTEGER})`;
    words.push(Number(n));
  }
  return words;
}

/** The problem's words: -D's, or -d bytes drawn as checksum.py draws them, int(random() * 256) each. */
export function checksumWords(v: ChecksumOptions): number[] | string {
  if (v.data !== '') return givenWords(v.data);
  if (v.dataSize > MAX_WORDS) return `-d/--data_size: at most ${MAX_WORDS} bytes (got ${v.dataSize})`;
  const random = pySeed(v.seed);
  return Array.from({ length: Math.max(0, v.dataSize) }, () => Math.floor(pyRandom(random) * 256));
}

/** The problem from the flags: the words, our additions, and checksum.py's three sums. */
interface ChecksumProblem {
  words: number[];
  ours: ChecksumOurs;
  add: number;
  xor: number;
  fletcher: number;
}

function checksumProblem(v: ChecksumOptions): ChecksumProblem | string {
  const words = checksumWords(v);
  if (typeof words === 'string') return words;
  const ours = checksumOurs(v, words);
  if (typeof ours === 'string') return ours;
  return {
    words,
    ours,
    add: checksumOf('add', words),
    xor: checksumOf('xor', words),
    fletcher: checksumOf('fletcher', words),
  };
}

/** The text as it is made (TextParts): the one maker of the text solved and streamed. */
function* textParts(v: ChecksumOptions, p: ChecksumProblem): Generator<TextPart> {
  // each string is whole lines; the reader adds the newline after it
  yield optionsText(v.seed, v.dataSize, v.data).slice(0, -1);
  yield* dataRows(p.words);
  yield (v.solve ? answersText(p.add, p.xor, p.fletcher) : QUESTION).slice(0, -1);
  const ours = oursText(p.words, p.ours, v.solve);
  if (ours !== '') yield ours.slice(0, -1);
}

/**
 * OSTEP's checksum.py: bytes drawn from the seed (or given with -D) and their additive, XOR and Fletcher
 * checksums, computed by our checksum modules (src/core/storage/checksum); our flags add CRC-32, bit flips and
 * which checksum catches them, and the data on a device with a checksum per block. The command line streams the
 * text, a data row at a time, so it holds no answer.
 */
export const checksumScript: OstepScript<ChecksumAnswers, typeof CHECKSUM_FLAGS> = {
  ...scriptFlags(
    { name: 'checksum', path: 'file-integrity/checksum.py', runsOn: 'on our checksum modules' },
    CHECKSUM_FLAGS,
    { width: 22, nextLineFrom: 22 },
  ),
  solve(v: ChecksumOptions) {
    const p = checksumProblem(v);
    if (typeof p === 'string') return fail(p);
    const { words, add, xor, fletcher } = p;
    const { flip, device } = p.ours;
    const answer = { words, add, xor, fletcher: fletcherParts(fletcher), flip, device };
    return { ok: true, answer, text: partsText(textParts(v, p)) };
  },
  stream(v: ChecksumOptions) {
    const p = checksumProblem(v);
    if (typeof p === 'string') return fail(p);
    return { ok: true, lines: textParts(v, p) };
  },
};
