import { fletcherParts } from '../../storage/checksum/fletcher';

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

/** Cells made and joined at a time in a data row. */
const ROW_SLICE = 4096;

/**
 * The data in decimal, hex and binary, a line each (the last with the blank line after it), each word followed by
 * a space as Python's `print(..., end=' ')` leaves it.
 */
export function dataRows(words: readonly number[]): string[] {
  const row = (label: string, cell: (n: number) => string): string => {
    // cells joined a slice at a time, so a million of them never live at once
    const slices: string[] = [];
    for (let at = 0; at < words.length; at += ROW_SLICE) {
      const end = Math.min(words.length, at + ROW_SLICE);
      const cells: string[] = [];
      for (let i = at; i < end; i++) cells.push(cell(words[i] as number));
      slices.push(`${cells.join(' ')} `);
    }
    return `${label} ${slices.join('')}\n`;
  };
  return [
    row('Decimal:  ', (w) => String(w).padStart(10)),
    row('Hex:      ', (w) => `      ${printHex(w)}`),
    `${row('Bin:      ', printBin)}\n`,
  ];
}

export const dataText = (words: readonly number[]): string => dataRows(words).join('');

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
