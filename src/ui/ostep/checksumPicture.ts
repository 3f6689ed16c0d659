import type { ChecksumAnswers } from '../../core/index';
import { CHECKSUM_NAMES, type ChecksumName } from '../../core/storage/checksum/checksumTypes';
import { fletcherParts } from '../../core/storage/checksum/fletcher';
import { CHECKSUMS, checksumSteps } from '../../core/storage/checksum/registry';

/** Words drawn; the answer's values cover them all. */
export const SHOWN_WORDS = 64;

/** One word as a column: its value and its bits as checksum.py prints them (most significant first). */
export interface WordColumn {
  index: number;
  word: number;
  hex: string;
  /** bit 7 first; flipped: that bit changes in the answer's flip */
  bits: { bit: number; set: boolean; flipped: boolean }[];
}

/** One algorithm as a row: its running value after each word shown, its final value, and what it makes of the flip. */
export interface ChecksumRow {
  name: ChecksumName;
  label: string;
  running: { text: string; explanation: string }[];
  final: string;
  /** absent without a flip */
  flip?: { caught: boolean; after: string; explanation: string };
}

export interface ChecksumPicture {
  words: WordColumn[];
  /** words not drawn */
  hidden: number;
  rows: ChecksumRow[];
}

/** A value short enough for a cell: a byte in hex, Fletcher's a,b, a CRC in eight hex digits. */
export function cellText(name: ChecksumName, value: number): string {
  if (name === 'fletcher') {
    const { a, b } = fletcherParts(value);
    return `${a},${b}`;
  }
  if (name === 'crc32') return value.toString(16).padStart(8, '0');
  return value < 0 ? String(value) : `0x${value.toString(16).padStart(2, '0')}`;
}

/**
 * The picture of checksum.py's answer: the data words with their bits (the flipped ones marked), and a row per
 * algorithm with its running value word by word. CRC-32 is drawn when the words are bytes, which it needs.
 */
export function checksumPicture(answer: ChecksumAnswers): ChecksumPicture {
  const shown = answer.words.slice(0, SHOWN_WORDS);
  const flipped = new Set(answer.flip?.bits ?? []);
  const words = shown.map((word, index) => ({
    index,
    word,
    hex: cellText('add', word),
    bits: [7, 6, 5, 4, 3, 2, 1, 0].map((bit) => ({
      bit,
      set: ((word >> bit) & 1) === 1,
      flipped: flipped.has(index * 8 + bit),
    })),
  }));
  const bytes = answer.words.every((w) => w >= 0 && w <= 255);
  const names = CHECKSUM_NAMES.filter((n) => bytes || !CHECKSUMS[n].bytesOnly);
  const rows = names.map((name) => {
    const steps = checksumSteps(name, answer.words);
    const last = steps.length > 0 ? (steps[steps.length - 1]?.value as number) : CHECKSUMS[name].initial;
    const verdict = answer.flip?.verdicts.find((v) => v.name === name);
    return {
      name,
      label: CHECKSUMS[name].label,
      running: steps.slice(0, SHOWN_WORDS).map((s) => ({ text: cellText(name, s.value), explanation: s.explanation })),
      final: cellText(name, last),
      flip: verdict && {
        caught: verdict.caught,
        after: cellText(name, verdict.after),
        explanation: verdict.explanation,
      },
    };
  });
  return { words, hidden: answer.words.length - shown.length, rows };
}
