import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFileSystem, newInode } from '../../fs/fileSystem';
import type { BlockContent, FsState, Inode } from '../../fs/types';
import { asciiWriter, partsText } from '../textParts';
import { vsfsGeometry } from './vsfsPlan';
import { vsfsPicture } from './vsfsText';

/** The picture as partsText reads it from the chunks vsfsPicture hands on. */
function pictureText(fs: FsState, style: 'vsfs' | 'fsck'): string {
  const w = asciiWriter();
  return partsText(
    (function* () {
      yield* vsfsPicture(w, fs, style);
      const last = w.rest();
      if (last) yield last;
    })(),
  );
}

const inodeCell = (i: Inode | null) =>
  i ? `[${i.kind === 'dir' ? 'd' : 'f'} a:${i.blocks[0] ?? -1} r:${i.links}]` : '[]';
const blockCell = (b: BlockContent | null) =>
  b === null || b.kind === 'meta'
    ? '[]'
    : b.kind === 'file'
      ? `[${b.data}]`
      : `[${b.entries.map(([n, i]) => `(${n},${i})`).join(' ')}]`;

/** The same four lines a cell at a time, as vsfs.py joins them. */
function cellByCell(fs: FsState, style: 'vsfs' | 'fsck'): string {
  const after = style === 'vsfs' ? '' : ' ';
  const gap = style === 'vsfs' ? ' ' : '';
  return [
    `inode bitmap ${gap}${fs.inodeBitmap.join('')}`,
    `inodes       ${fs.inodes.map((i) => inodeCell(i) + after).join('')}`,
    `data bitmap  ${gap}${fs.dataBitmap.join('')}`,
    `data         ${fs.blocks.map((b) => blockCell(b) + after).join('')}`,
    '',
  ].join('\n');
}

describe('vsfsPicture', () => {
  it('writes the lines a cell at a time would make, across chunks and runs of free cells of any length', () => {
    // Up to 120,000 entries: a line of "[] " cells then spans more than one of the writer's 256 KiB chunks.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120_000 }),
        // names of any length and inode numbers of any size
        fc.array(fc.tuple(fc.nat(), fc.string({ unit: fc.constantFrom(...'abcxyz._-'), maxLength: 300 })), {
          maxLength: 40,
        }),
        fc.constantFrom('vsfs' as const, 'fsck' as const),
        (size, used, style) => {
          const fs = createFileSystem(vsfsGeometry(size, size));
          used.forEach(([u, name], k) => {
            const at = u % size;
            fs.inodeBitmap[at] = 1;
            fs.dataBitmap[at] = 1;
            fs.inodes[at] = newInode(fs, k % 3 === 0 ? 'dir' : 'file', k % 2 === 0 ? [at] : []);
            fs.blocks[at] =
              k % 3 === 0
                ? {
                    kind: 'dir',
                    entries: [
                      ['.', at],
                      ['..', k],
                      [name, u],
                    ],
                  }
                : k % 5 === 0
                  ? { kind: 'meta', holds: 'fat' }
                  : { kind: 'file', data: String.fromCharCode(97 + (k % 26)) };
          });
          expect(pictureText(fs, style)).toBe(cellByCell(fs, style));
        },
      ),
      { seed: 20261207, numRuns: 20 },
    );
  }, 60_000);
});
