import { describe, expect, it } from 'vitest';
import { snapshotFixture } from '../memory/testing/snapshotFixture';
import { blockCells } from '../memory/blockCells';
import { toFrameCells } from '../memory/toFrameCells';
import { MAX_SVG_FRAMES, memoryGridSvg } from './memoryGridSvg';

describe('memoryGridSvg', () => {
  const snapshot = snapshotFixture({
    frames: 64,
    blocks: [
      { pid: 1, start: 0, count: 4, type: 'SYSTEM', state: 'PINNED' },
      { pid: 3, start: 32, count: 8, type: 'AI_MODEL', state: 'PINNED' },
    ],
  });

  it('groups the digits of row and column numbers, its gutter as wide as the longest', () => {
    const big = snapshotFixture({ frames: 4096, blocks: [] });
    const svg = memoryGridSvg(toFrameCells(big, 'owner'), { columns: 64, cell: 8 }) as string;
    expect(svg).toMatch(/text-anchor="end"[^>]*>3,968<\/text>/);
    expect(svg).not.toMatch(/>\d{4,}<\/text>/);
    // 5 characters at 11 px: ceil(5 × 11 × 0.62) + 10
    expect(svg).toContain('<rect class="frame" x="45" y="21"');
  });

  it('writes one rect per frame and a legend with counts', () => {
    const svg = memoryGridSvg(toFrameCells(snapshot, 'owner'), {
      columns: 16,
      cell: 16,
      labelOf: (e) => (e.pid === 3 ? 'P3 <llm> & co' : e.key),
    }) as string;
    expect(svg.match(/<rect class="frame"/g)).toHaveLength(64);
    // frame 33 is row 2, column 1, after a 24 px gutter of row numbers and a 21 px band of column numbers
    expect(svg).toContain('<rect class="frame" x="40" y="53" width="15" height="15"');
    expect(svg).toMatch(/<text [^>]*text-anchor="end"[^>]*>48<\/text>/);
    expect(svg).toContain('P3 &lt;llm&gt; &amp; co: 8 frames');
    expect(svg).toContain('free: 52 frames');
    expect(svg).toMatch(/^<\?xml/);
  });

  it('draws the patterns of patterned colours once cells are big enough', () => {
    const cells = toFrameCells(snapshot, 'type');
    expect(memoryGridSvg(cells, { columns: 16, cell: 16 })).toMatch(/<path d="M/);
    expect(memoryGridSvg(cells, { columns: 64, cell: 4 })).not.toMatch(/<path d="M/);
  });

  it('gives up (null) over the frame cap, so the caller offers PNG only', () => {
    const big = snapshotFixture({ frames: MAX_SVG_FRAMES + 1 });
    expect(memoryGridSvg(toFrameCells(big, 'owner'), { columns: 256, cell: 1 })).toBeNull();
    const atCap = snapshotFixture({ frames: MAX_SVG_FRAMES });
    expect(
      memoryGridSvg(toFrameCells(atCap, 'owner'), { columns: 256, cell: 1 })?.match(/<rect class="frame"/g),
    ).toHaveLength(MAX_SVG_FRAMES);
  });

  it('draws a big memory as blocks, and says how many frames a cell stands for', () => {
    const big = snapshotFixture({ frames: 65_536, blocks: [{ pid: 1, start: 0, count: 1024 }] });
    const svg = memoryGridSvg(blockCells(toFrameCells(big, 'owner'), 4), { columns: 64, cell: 4 }) as string;
    expect(svg.match(/<rect class="frame"/g)).toHaveLength(16_384);
    expect(svg).toContain('Each cell is a block of 4 frames');
    expect(svg).toContain('free: 64512 frames');
  });
});
