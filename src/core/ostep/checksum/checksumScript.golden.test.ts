import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { partsText } from '../textParts';
import { runScenario } from '../runScenario';
import { checksumScript } from './checksumScript';

/**
 * Byte-for-byte stdout of OSTEP's own file-integrity/checksum.py (ostep-homework), obtained by running `python3
 * checksum.py ARGS` with Python 3.11: its README's examples and the homework's questions.
 */
const GOLDEN: [string, string, string][] = [
  [
    'README: the default problem (seed 0, four random bytes)',
    '',
    '\nOPTIONS seed 0\nOPTIONS data_size 4\nOPTIONS data \n\nDecimal:          216        194        107         66 \nHex:             0xd8       0xc2       0x6b       0x42 \nBin:       0b11011000 0b11000010 0b01101011 0b01000010 \n\nAdd:      ?\nXor:      ?\nFletcher: ?\n\n',
  ],
  [
    'README: another seed',
    '-s 1',
    '\nOPTIONS seed 1\nOPTIONS data_size 4\nOPTIONS data \n\nDecimal:           34        216        195         65 \nHex:             0x22       0xd8       0xc3       0x41 \nBin:       0b00100010 0b11011000 0b11000011 0b01000001 \n\nAdd:      ?\nXor:      ?\nFletcher: ?\n\n',
  ],
  [
    'README: -D 2 (its text means -d 2; -D makes 2 the one word)',
    '-D 2',
    '\nOPTIONS seed 0\nOPTIONS data_size 4\nOPTIONS data 2\n\nDecimal:            2 \nHex:             0x02 \nBin:       0b00000010 \n\nAdd:      ?\nXor:      ?\nFletcher: ?\n\n',
  ],
  [
    'README: -d 2, two random bytes',
    '-d 2',
    '\nOPTIONS seed 0\nOPTIONS data_size 2\nOPTIONS data \n\nDecimal:          216        194 \nHex:             0xd8       0xc2 \nBin:       0b11011000 0b11000010 \n\nAdd:      ?\nXor:      ?\nFletcher: ?\n\n',
  ],
  [
    'README: your own data',
    '-D 1,2,3,4',
    '\nOPTIONS seed 0\nOPTIONS data_size 4\nOPTIONS data 1,2,3,4\n\nDecimal:            1          2          3          4 \nHex:             0x01       0x02       0x03       0x04 \nBin:       0b00000001 0b00000010 0b00000011 0b00000100 \n\nAdd:      ?\nXor:      ?\nFletcher: ?\n\n',
  ],
  [
    'README: your own data, solved',
    '-D 1,2,3,4 -c',
    '\nOPTIONS seed 0\nOPTIONS data_size 4\nOPTIONS data 1,2,3,4\n\nDecimal:            1          2          3          4 \nHex:             0x01       0x02       0x03       0x04 \nBin:       0b00000001 0b00000010 0b00000011 0b00000100 \n\nAdd:             10       (0b00001010)\nXor:              4       (0b00000100)\nFletcher(a,b):   10, 20   (0b00001010,0b00010100)\n\n',
  ],
  [
    'the default problem solved',
    '-c',
    '\nOPTIONS seed 0\nOPTIONS data_size 4\nOPTIONS data \n\nDecimal:          216        194        107         66 \nHex:             0xd8       0xc2       0x6b       0x42 \nBin:       0b11011000 0b11000010 0b01101011 0b01000010 \n\nAdd:             71       (0b01000111)\nXor:             51       (0b00110011)\nFletcher(a,b):   73,196   (0b01001001,0b11000100)\n\n',
  ],
  [
    'homework: more random bytes, solved',
    '-s 3 -d 8 -c',
    '\nOPTIONS seed 3\nOPTIONS data_size 8\nOPTIONS data \n\nDecimal:           60        139         94        154        160         16          3        214 \nHex:             0x3c       0x8b       0x5e       0x9a       0xa0       0x10       0x03       0xd6 \nBin:       0b00111100 0b10001011 0b01011110 0b10011010 0b10100000 0b00010000 0b00000011 0b11010110 \n\nAdd:             72       (0b01001000)\nXor:             22       (0b00010110)\nFletcher(a,b):   75,125   (0b01001011,0b01111101)\n\n',
  ],
  [
    'homework: all zeros',
    '-D 0,0,0,0 -c',
    '\nOPTIONS seed 0\nOPTIONS data_size 4\nOPTIONS data 0,0,0,0\n\nDecimal:            0          0          0          0 \nHex:             0x00       0x00       0x00       0x00 \nBin:       0b00000000 0b00000000 0b00000000 0b00000000 \n\nAdd:              0       (0b00000000)\nXor:              0       (0b00000000)\nFletcher(a,b):    0,  0   (0b00000000,0b00000000)\n\n',
  ],
  [
    "homework: all ones (Fletcher's 255 is its 0)",
    '-D 255,255,255,255 -c',
    '\nOPTIONS seed 0\nOPTIONS data_size 4\nOPTIONS data 255,255,255,255\n\nDecimal:          255        255        255        255 \nHex:             0xff       0xff       0xff       0xff \nBin:       0b11111111 0b11111111 0b11111111 0b11111111 \n\nAdd:            252       (0b11111100)\nXor:              0       (0b00000000)\nFletcher(a,b):    0,  0   (0b00000000,0b00000000)\n\n',
  ],
  [
    'homework: the same bytes reordered (only Fletcher sees it)',
    '-D 4,3,2,1 -c',
    '\nOPTIONS seed 0\nOPTIONS data_size 4\nOPTIONS data 4,3,2,1\n\nDecimal:            4          3          2          1 \nHex:             0x04       0x03       0x02       0x01 \nBin:       0b00000100 0b00000011 0b00000010 0b00000001 \n\nAdd:             10       (0b00001010)\nXor:              4       (0b00000100)\nFletcher(a,b):   10, 30   (0b00001010,0b00011110)\n\n',
  ],
  [
    'words outside a byte print as Python prints them (0x0-5, 0b0000b101)',
    '-D -5,300,-1000,7 -c',
    '\nOPTIONS seed 0\nOPTIONS data_size 4\nOPTIONS data -5,300,-1000,7\n\nDecimal:           -5        300      -1000          7 \nHex:             0x0-5       0x12c       0x0-3e8       0x07 \nBin:       0b0000b101 0b100101100 0bb1111101000 0b00000111 \n\nAdd:             70       (0b01000110)\nXor:            712       (0b1011001000)\nFletcher(a,b):   67,162   (0b01000011,0b10100010)\n\n',
  ],
  [
    'no data at all',
    '-d 0 -c',
    '\nOPTIONS seed 0\nOPTIONS data_size 0\nOPTIONS data \n\nDecimal:   \nHex:       \nBin:       \n\nAdd:              0       (0b00000000)\nXor:              0       (0b00000000)\nFletcher(a,b):    0,  0   (0b00000000,0b00000000)\n\n',
  ],
];

function solve(args: string) {
  const parsed = optparse(args.split(' ').filter(Boolean), checksumScript.specs, checksumScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return checksumScript.solve(parsed.values, runScenario);
}
const text = (args: string) => {
  const r = solve(args);
  return r.ok ? r.text : `refused: ${r.error}`;
};

describe('checksum.py on our checksum modules', () => {
  it.each(GOLDEN)('%s: checksum.py %s', (_name, args, expected) => {
    expect(text(args)).toBe(expected);
  });

  it.each([...GOLDEN.map((g) => g[1]), '-D 1,2,3,4 -c -M add -T -b 2 -l 1', '-d 5000 -s 9 -c', '-D x'])(
    'streams the text it solves: %s',
    (args) => {
      const parsed = optparse(args.split(' ').filter(Boolean), checksumScript.specs, checksumScript.defaults);
      if (!parsed.ok) throw new Error(parsed.error);
      const streamed = checksumScript.stream?.(parsed.values);
      const solved = checksumScript.solve(parsed.values, runScenario);
      if (!streamed?.ok || !solved.ok) return expect(streamed?.ok ?? true).toBe(solved.ok);
      expect(partsText(streamed.lines)).toBe(solved.text);
    },
  );

  it('gives the answer as data', () => {
    const r = solve('-D 1,2,3,4 -c');
    if (!r.ok) throw new Error(r.error);
    expect(r.answer).toEqual({ words: [1, 2, 3, 4], add: 10, xor: 4, fletcher: { a: 10, b: 20 } });
  });

  it.each([
    ['-D 1,,2', '-D/--data: "" is not a whole number'],
    ['-D 1,x', '-D/--data: "x" is not a whole number'],
    ['-D 9007199254740992', '-D/--data: 9007199254740992 is beyond the whole numbers we take exactly'],
    ['-d 1000001', '-d/--data_size: at most 1000000 bytes'],
  ])('refuses where checksum.py fails or beyond our limits: %s', (args, why) => {
    expect(text(args)).toContain(why);
  });
});
