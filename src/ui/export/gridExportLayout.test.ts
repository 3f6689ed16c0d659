import { describe, expect, it } from 'vitest';
import { scrollHeight } from '../memory/gridLayout';
import { MAX_CANVAS_SIDE } from './renderPng';
import { gridExportLayout } from './gridExportLayout';

describe('gridExportLayout', () => {
  it('lays out the whole grid with its labels at the on-screen cell size', () => {
    const layout = gridExportLayout(64, 800, 24);
    expect(layout.firstRow).toBe(0);
    expect(layout.cell).toBe(24);
    expect(layout.height).toBe(scrollHeight(layout));
    expect(layout.width).toBe(layout.left + layout.columns * 24 + 4);
    expect(layout.top).toBeGreaterThan(0);
  });

  it('takes smaller cells when the grid would be taller than a canvas may be', () => {
    const layout = gridExportLayout(1_048_576, 400, 64);
    expect(layout.per).toBe(64);
    expect(layout.cell).toBeLessThan(64);
    expect(layout.height * layout.devicePixelRatio).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });
});
