import { fletcherParts } from '../../storage/checksum/fletcher';
import { asciiLabel, asciiWriter, partsText, putBytes, type AsciiLabel, type TextPart } from '../textParts';

/** Python's `'%x' % n` and `bin(n)`: a negative number keeps its sign in front of the digits. */
const pyDigits = (n: number, radix: number): string => (n < 0 ? `-${(-n).toString(radix)}` : n.toString(radix));

/** checksum.py's print_hex: `0x0` before anything below 16 (so -5 prints as `0x0-5`). */
export const printHex = (n: number): string => (n < 16 ? `0x0${pyDigits(n, 16)}` : `0x${pyDigits(n, 16)}`);

/** checksum.py's print_bin: bin() padded with zeros to 10 characters, then its `0b` (or `-0`) cut off. */
export function printBin(n: number): string {
  const b = n < 0 ? `-0b${(-n).toString(2)}` : `0b${n.toString(2)}`;
  return `0b${'0'.repeat(Math.max(0, 10 - b.length))}${b.slice(2)}`;
}

/** The OPTIONS block checksum.py opens with. */
export const optionsText = (seed: number, dataSize: number, data: string): string =>
  `\nOPTIONS seed ${seed}\nOPTIONS data_size ${dataSize}\nOPTIONS data ${data}\n\n`;

/** A row's label, then each word's cell and the space after it. */
const ROWS: [label: string, cell: (n: number) => string][] = [
  ['Decimal:   ', (w) => String(w).padStart(10)],
  ['Hex:       ', (w) => `      ${printHex(w)}`],
  ['Bin:       ', printBin],
];
/** Words whose cells are kept once made: the bytes checksum.py draws (-D may give any other number). */
const BYTE_VALUES = 256;

/**
 * The data in decimal, hex and binary, a line each (the last with the blank line after it), each word followed by
 * a space as Python's `print(..., end=' ')` leaves it. A row of a million words is a line of 11 MB: it is written
 * into chunks of bytes (a line running over several), so it is never one string.
 */
export function* dataRows(words: readonly number[]): Generator<TextPart> {
  const w = asciiWriter();
  for (const [label, cell] of ROWS) {
    const cells: (AsciiLabel | undefined)[] = [];
    w.ascii(label);
    for (const word of words) {
      const kept = word >= 0 && word < BYTE_VALUES && Number.isInteger(word);
      const bytes = (kept ? cells[word] : undefined) ?? asciiLabel(`${cell(word)} `);
      if (kept) cells[word] = bytes;
      w.commit(putBytes(w.reserve(bytes.length), w.written(), bytes));
      const chunk = w.full();
      if (chunk) yield chunk;
    }
    w.byte(NEWLINE);
  }
  w.byte(NEWLINE);
  const last = w.rest();
  if (last) yield last;
}

const NEWLINE = 10;

export const dataText = (words: readonly number[]): string => partsText(dataRows(words));

export const QUESTION = 'Add:      ?\nXor:      ?\nFletcher: ?\n\n';

/** Python's `'%3d' % n`. */
const d3 = (n: number): string => String(n).padStart(3);

/** The three answers as checksum.py prints them with -c (the xor as Python's signed int). */
export function answersText(add: number, xor: number, fletcher: number): string {
  const { a, b } = fletcherParts(fletcher);
  return (
    `Add:            ${d3(add)}       (${printBin(add)})\n` +
    `Xor:            ${d3(xor)}       (${printBin(xor)})\n` +
    `Fletcher(a,b):  ${d3(a)},${d3(b)}   (${printBin(a)},${printBin(b)})\n\n`
  );
}
