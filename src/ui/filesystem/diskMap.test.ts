import { describe, expect, it } from 'vitest';
import { BLOCK_KIND, type AllocDisk } from '../../core/fs/allocation/types';
import { compareAllocations } from '../../core/fs/allocation/compare';
import { LIGHT_CANVAS } from '../theme/canvasPalette';
import { DISK_CLASS, FILE_CLASS, cellRank, toDiskMap } from './diskMapModel';
import { blockAt, diskMapLayout } from './diskMapLayout';
import { diskMapLook, drawDiskMap, pixelOf } from './drawDiskMap';
import { pictureBlocks } from './pictureBlocks';

/** A context that hands out ImageData and keeps what is put: the pixels are what the test reads. */
function pixelContext() {
  const put: { data: Uint8ClampedArray; width: number; height: number }[] = [];
  const ctx = {
    createImageData: (width: number, height: number) => ({
      data: new Uint8ClampedArray(width * height * 4),
      width,
      height,
    }),
    putImageData: (image: (typeof put)[number]) => put.push(image),
  } as unknown as CanvasRenderingContext2D;
  return { ctx, put };
}

const disk = (kinds: number[], owners: number[]) => ({ kind: Uint8Array.from(kinds), owner: Int32Array.from(owners) });

describe('the disk map model', () => {
  it('colours free space, each metadata kind, files by inode and the selected file', () => {
    const { data, indirect, fat, extentTree, free } = BLOCK_KIND;
    const model = toDiskMap(disk([fat, data, data, indirect, data, free, extentTree], [-1, 1, 1, 1, 2, -1, 3]), 1);
    expect([...model.classes]).toEqual([
      DISK_CLASS.fat,
      DISK_CLASS.selected,
      DISK_CLASS.selected,
      DISK_CLASS.selected,
      FILE_CLASS + 2,
      DISK_CLASS.free,
      DISK_CLASS.extentTree,
    ]);
    expect(model.counts[DISK_CLASS.selected]).toBe(3);
  });
});

describe('the disk map model of a layout', () => {
  it("colours inodes, inode-map pieces, the checkpoint and dead log blocks, a live inode as its file's", () => {
    const { checkpoint, imap, inode, dead, data } = BLOCK_KIND;
    const model = toDiskMap(disk([checkpoint, dead, data, inode, imap, inode], [-1, -1, 3, 3, -1, 4]), 3);
    expect([...model.classes]).toEqual([
      DISK_CLASS.checkpoint,
      DISK_CLASS.dead,
      DISK_CLASS.selected,
      DISK_CLASS.selected,
      DISK_CLASS.imap,
      DISK_CLASS.inode,
    ]);
    // A cell of many blocks shows metadata over data, and data over dead blocks, which show over free ones.
    expect([DISK_CLASS.free, DISK_CLASS.dead, FILE_CLASS, DISK_CLASS.imap, DISK_CLASS.selected].map(cellRank)).toEqual([
      0, 1, 2, 3, 4,
    ]);
  });
});

describe('the disk map layout', () => {
  it('takes the largest cell that fits every block, and blocks per pixel past one pixel each', () => {
    expect(diskMapLayout(64, { width: 200, height: 100 })).toMatchObject({
      cell: 16,
      columns: 12,
      rows: 6,
      per: 1,
      gap: 1,
    });
    expect(diskMapLayout(262_144, { width: 1024, height: 600 })).toMatchObject({
      cell: 1,
      per: 1,
      columns: 1024,
      rows: 256,
    });
    expect(diskMapLayout(262_144, { width: 200, height: 100 })).toMatchObject({ cell: 1, per: 14 });
  });

  it('keeps rows of a given length (a group, a segment) while cells of 6 pixels fit, else fills rows as usual', () => {
    expect(diskMapLayout(132, { width: 340, height: 180 }, 1, 33)).toMatchObject({ columns: 33, rows: 4, cell: 10 });
    expect(diskMapLayout(132, { width: 60, height: 180 }, 1, 33)).toMatchObject(
      diskMapLayout(132, { width: 60, height: 180 }),
    );
  });

  it('finds the block under a point, and none off the blocks', () => {
    const layout = diskMapLayout(64, { width: 200, height: 100 }, 2);
    expect(blockAt(layout, 0, 0)).toBe(0);
    expect(blockAt(layout, layout.cell / 2 + 1, 0)).toBe(1);
    expect(blockAt(layout, 0, layout.cell / 2 + 1)).toBe(layout.columns);
    expect(blockAt(layout, 199, 99)).toBeNull();
  });
});

describe('drawDiskMap', () => {
  it('writes each block its class colour, gaps and the rest the background', () => {
    const model = toDiskMap(disk([0, 1, 2], [-1, 4, -1]));
    const layout = diskMapLayout(3, { width: 10, height: 4 });
    const { ctx, put } = pixelContext();
    const look = diskMapLook(LIGHT_CANVAS);
    drawDiskMap(ctx, model, layout, look);
    const image = put[0]!;
    const pixels = new Uint32Array(image.data.buffer);
    const at = (x: number, y: number) => pixels[y * image.width + x];
    expect(layout).toMatchObject({ cell: 3, gap: 0 });
    expect(at(0, 0)).toBe(pixelOf(look.classes[DISK_CLASS.free]!));
    expect(at(4, 2)).toBe(pixelOf(look.classes[FILE_CLASS + 4]!));
    expect(at(6, 0)).toBe(pixelOf(LIGHT_CANVAS.muted));
    expect(at(9, 3)).toBe(pixelOf(LIGHT_CANVAS.background));
    expect(Array.from(image.data.subarray(0, 4))).toEqual([0xf1, 0xf1, 0xf1, 255]);
  });

  it('shows the selected file in a cell of many blocks', () => {
    const compared = compareAllocations({ blocks: 4096, blockSize: 512 }, [
      { kind: 'write', path: '/a', bytes: 100 * 512 },
      { kind: 'write', path: '/b', bytes: 512 },
    ]);
    if (!compared.ok) throw new Error(compared.error.message);
    const d = (compared.summaries[0] as { disk: AllocDisk }).disk;
    const layout = diskMapLayout(d.geometry.blocks, { width: 8, height: 8 });
    expect(layout.per).toBe(64);
    const { ctx, put } = pixelContext();
    drawDiskMap(ctx, toDiskMap(d, 2), layout);
    const pixels = new Uint32Array(put[0]!.data.buffer);
    // /b is block 100, in the second cell with /a's blocks 64–99: the selected file wins the cell.
    expect(pixels[1]).toBe(pixelOf(LIGHT_CANVAS.text));
    expect(pixels[0]).toBe(pixelOf(diskMapLook().classes[FILE_CLASS + 1]!));
  });
});

describe('the node file system on the disk map', () => {
  it('colours directory blocks, file blocks and the selected file', () => {
    const picture = {
      config: { blocks: 6 },
      inodes: [
        { inum: 0, inode: { kind: 'dir' as const, blocks: [0] } },
        { inum: 3, inode: { kind: 'file' as const, blocks: [2, 1] } },
        { inum: 4, inode: { kind: 'file' as const, blocks: [4] } },
      ],
    };
    const model = toDiskMap(pictureBlocks(picture), 4);
    expect([...model.classes]).toEqual([
      DISK_CLASS.directory,
      FILE_CLASS + 3,
      FILE_CLASS + 3,
      DISK_CLASS.free,
      DISK_CLASS.selected,
      DISK_CLASS.free,
    ]);
  });
});

describe('pixelOf', () => {
  it('reads "#rrggbb" and the short "#rgb" a minified stylesheet gives as the same pixel', () => {
    expect(pixelOf('#ffffff')).toBe(0xffffffff);
    expect(pixelOf('#fff')).toBe(0xffffffff);
    expect(pixelOf(' #1f2026')).toBe(pixelOf('#1f2026'));
    // Red sits in the lowest byte (little-endian RGBA).
    expect(pixelOf('#f00')).toBe(0xff0000ff);
  });
});
