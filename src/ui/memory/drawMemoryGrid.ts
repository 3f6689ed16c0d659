import { textColorOn } from '../theme/processLook';
import { GAP_FROM, PATTERN_FROM, visibleFrames, type GridLayout } from './gridLayout';
import type { FrameCells, PaletteEntry } from './toFrameCells';

/** The light theme's canvas background; the component passes the current theme's. */
const BACKGROUND = '#ffffff';
/** Recent accesses darken a cell by up to this fraction (pixels) or ring it with this opacity (cells). */
const HEAT_DARKEN = 0.75;
const MARK = { outer: '#1b1b1f', inner: '#e8a400' } as const;
/** ImageData is RGBA in memory order; a Uint32 view reads it in the platform's byte order. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Draws the frames of the window `layout` shows, in rows of `layout.columns`. Cells under GAP_FROM px are
 * written into one pixel buffer and put with a single putImageData (262,144 frames in a few ms: no
 * per-cell canvas calls); bigger cells are rectangles with a 1 px gap, with their pattern once there is
 * room for it. `marked` is the frame chosen with the keyboard, outlined; `background` is the theme's canvas
 * colour behind and between cells. Pure: everything comes from the arguments.
 */
export function drawMemoryGrid(
  ctx: CanvasRenderingContext2D,
  model: FrameCells,
  layout: GridLayout,
  marked: number | null = null,
  background = BACKGROUND,
): void {
  if (layout.cell < GAP_FROM) drawPixels(ctx, model, layout, background);
  else drawCells(ctx, model, layout, background);
  ctx.setTransform(layout.devicePixelRatio, 0, 0, layout.devicePixelRatio, 0, 0);
  if (model.frames > 0 && layout.cell >= GAP_FROM) drawHeatRings(ctx, model, layout);
  if (marked !== null) drawMark(ctx, layout, marked);
}

function drawPixels(
  ctx: CanvasRenderingContext2D,
  model: FrameCells,
  layout: GridLayout,
  backgroundColour: string,
): void {
  const { cell, columns, firstRow, devicePixelRatio: dpr } = layout;
  const w = Math.round(layout.width * dpr);
  const h = Math.round(layout.height * dpr);
  const img = ctx.createImageData(w, h);
  const px = new Uint32Array(img.data.buffer, img.data.byteOffset, w * h);
  const colours = Uint32Array.from(model.palette, (e: PaletteEntry) => pack(rgbOf(e.color)));
  const background = pack(rgbOf(backgroundColour));
  // Device-pixel edges of each column, rounded once so cells tile without seams at fractional ratios.
  const colX = Int32Array.from({ length: columns + 1 }, (_, c) => Math.min(w, Math.round(c * cell * dpr)));
  const rows = Math.ceil(layout.height / cell);
  for (let r = 0; r < rows; r++) {
    const y0 = Math.round(r * cell * dpr);
    const y1 = Math.min(h, Math.round((r + 1) * cell * dpr));
    if (y0 >= y1) continue;
    const line = y0 * w;
    px.fill(background, line, line + w);
    const base = (firstRow + r) * columns;
    const end = Math.min(columns, model.frames - base);
    for (let c = 0; c < end; c++) {
      const colour = colours[model.colour[base + c] as number] as number;
      for (let x = colX[c] as number, x1 = colX[c + 1] as number; x < x1; x++) px[line + x] = colour;
    }
    // Every device row of a grid row is the same: copy the first.
    for (let y = y0 + 1; y < y1; y++) px.copyWithin(y * w, line, line + w);
  }
  const { first, end } = visibleFrames(layout, model.frames);
  for (const { frame, strength } of model.heat) {
    if (frame < first || frame >= end) continue;
    const rgb = rgbOf((model.palette[model.colour[frame] as number] as PaletteEntry).color);
    const k = 1 - HEAT_DARKEN * strength;
    const colour = pack([rgb[0] * k, rgb[1] * k, rgb[2] * k]);
    const c = frame % columns;
    const r = Math.floor(frame / columns) - firstRow;
    for (let y = Math.round(r * cell * dpr), y1 = Math.min(h, Math.round((r + 1) * cell * dpr)); y < y1; y++) {
      px.fill(colour, y * w + (colX[c] as number), y * w + (colX[c + 1] as number));
    }
  }
  ctx.putImageData(img, 0, 0);
}

function drawCells(ctx: CanvasRenderingContext2D, model: FrameCells, layout: GridLayout, background: string): void {
  const { cell, columns, firstRow } = layout;
  ctx.setTransform(layout.devicePixelRatio, 0, 0, layout.devicePixelRatio, 0, 0);
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  const { first, end } = visibleFrames(layout, model.frames);
  const side = cell - 1;
  let style = -1;
  for (let f = first; f < end; f++) {
    const c = model.colour[f] as number;
    if (c !== style) {
      ctx.fillStyle = (model.palette[c] as PaletteEntry).color;
      style = c;
    }
    ctx.fillRect((f % columns) * cell, (Math.floor(f / columns) - firstRow) * cell, side, side);
  }
  if (cell < PATTERN_FROM) return;
  // One path per patterned colour: a few canvas calls per colour instead of a few per cell.
  model.palette.forEach((entry, index) => {
    if (entry.pattern === 'solid' || entry.count === 0) return;
    const ink = textColorOn(entry.color);
    ctx.globalAlpha = 0.55;
    ctx.strokeStyle = ink;
    ctx.fillStyle = ink;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let f = first; f < end; f++) {
      if (model.colour[f] !== index) continue;
      const x = (f % columns) * cell;
      const y = (Math.floor(f / columns) - firstRow) * cell;
      if (entry.pattern === 'dots') {
        for (let dx = 3; dx < side - 1; dx += 6)
          for (let dy = 3; dy < side - 1; dy += 6) ctx.rect(x + dx - 1, y + dy - 1, 2, 2);
        continue;
      }
      ctx.moveTo(x, y + side);
      ctx.lineTo(x + side, y);
      if (entry.pattern === 'cross') {
        ctx.moveTo(x, y);
        ctx.lineTo(x + side, y + side);
      }
    }
    if (entry.pattern === 'dots') ctx.fill();
    else ctx.stroke();
    ctx.globalAlpha = 1;
  });
}

/** Big cells keep their colour and pattern readable: a recent access is a ring (dark, then light inside). */
function drawHeatRings(ctx: CanvasRenderingContext2D, model: FrameCells, layout: GridLayout): void {
  const { first, end } = visibleFrames(layout, model.frames);
  for (const { frame, strength } of model.heat) {
    if (frame < first || frame >= end) continue;
    const x = (frame % layout.columns) * layout.cell;
    const y = (Math.floor(frame / layout.columns) - layout.firstRow) * layout.cell;
    ctx.globalAlpha = strength;
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#000000';
    ctx.strokeRect(x + 1, y + 1, layout.cell - 3, layout.cell - 3);
    ctx.lineWidth = 1;
    ctx.strokeStyle = '#ffffff';
    ctx.strokeRect(x + 2.5, y + 2.5, layout.cell - 6, layout.cell - 6);
  }
  ctx.globalAlpha = 1;
}

/** A two-tone square around the marked frame, at least 7 px so it shows around 1 px cells. */
function drawMark(ctx: CanvasRenderingContext2D, layout: GridLayout, frame: number): void {
  const row = Math.floor(frame / layout.columns) - layout.firstRow;
  if (row < 0 || row * layout.cell >= layout.height) return;
  const size = Math.max(layout.cell, 7);
  const x = (frame % layout.columns) * layout.cell + layout.cell / 2 - size / 2;
  const y = row * layout.cell + layout.cell / 2 - size / 2;
  ctx.lineWidth = 3;
  ctx.strokeStyle = MARK.outer;
  ctx.strokeRect(x - 1, y - 1, size + 1, size + 1);
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = MARK.inner;
  ctx.strokeRect(x - 1, y - 1, size + 1, size + 1);
}

/** '#rrggbb' or '#rgb' (what the themes use) to channels; anything else reads as white. */
function rgbOf(colour: string): [number, number, number] {
  const hex = /^#[0-9a-f]{3}$/i.test(colour) ? `#${colour.slice(1).replace(/./g, (c) => c + c)}` : colour;
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return [255, 255, 255];
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** An opaque colour as one Uint32 of an ImageData buffer. */
function pack([r, g, b]: readonly number[]): number {
  const [R, G, B] = [Math.round(r as number), Math.round(g as number), Math.round(b as number)];
  return (LITTLE_ENDIAN ? (255 << 24) | (B << 16) | (G << 8) | R : (R << 24) | (G << 16) | (B << 8) | 255) >>> 0;
}
