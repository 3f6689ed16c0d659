import { LIGHT_CANVAS, type CanvasPalette } from '../theme/canvasPalette';
import { textColorOn } from '../theme/processLook';
import {
  PATTERN_FROM,
  cellOrigin,
  cellPosition,
  columnLabelStep,
  rowLabel,
  visibleCells,
  type GridLayout,
} from './gridLayout';
import { pageLabel } from './pageLabel';
import type { FrameCells, PaletteEntry } from './toFrameCells';
import { groupedDigits } from '../../core/groupedDigits';

/** The theme's colours the grid needs: the canvas, its labels, free frames and the two outlines. */
export interface GridLook {
  background: string;
  text: string;
  /** free frames: a filled slot with an edge, so they differ from the background in every theme */
  freeFill: string;
  freeEdge: string;
  /** the frame the MMU walkthrough is at */
  highlight: string;
}

export function gridLook(colors: CanvasPalette = LIGHT_CANVAS): GridLook {
  return {
    background: colors.background,
    text: colors.muted,
    freeFill: colors.idle,
    freeEdge: colors.muted,
    highlight: colors.cursor,
  };
}

/** The cells to outline: `marked` picked with the keyboard, `highlight` shown by the MMU walkthrough. */
export interface GridMarks {
  marked?: number | null;
  highlight?: number | null;
}

/** The keyboard's mark: dark outside, amber inside, visible on any cell colour. */
const MARK = { outer: '#1b1b1f', inner: '#e8a400' } as const;
/** Page labels are drawn from this font size up (CSS px); smaller would not be read. */
const MIN_LABEL_FONT = 9;

/**
 * Draws the window `layout` shows: column numbers along the top, each row's first frame number down the
 * left, and the cells of the rows in view (only those: a tall grid costs what its window shows). Cells have
 * a 1 px gap; patterns once there is room, page labels ("P3:5") when they fit, rings for recent accesses,
 * and the marks. Pure: everything comes from the arguments.
 */
export function drawMemoryGrid(
  ctx: CanvasRenderingContext2D,
  model: FrameCells,
  layout: GridLayout,
  look: GridLook = gridLook(),
  marks: GridMarks = {},
): void {
  ctx.setTransform(layout.devicePixelRatio, 0, 0, layout.devicePixelRatio, 0, 0);
  ctx.fillStyle = look.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  drawAxes(ctx, layout, look);
  drawCells(ctx, model, layout, look);
  if (layout.cell >= PATTERN_FROM) drawPatterns(ctx, model, layout);
  drawPageLabels(ctx, model, layout);
  drawHeatRings(ctx, model, layout);
  const { marked = null, highlight = null } = marks;
  if (highlight !== null) drawHighlight(ctx, layout, highlight, look.highlight);
  if (marked !== null) drawMark(ctx, layout, marked);
}

function drawAxes(ctx: CanvasRenderingContext2D, layout: GridLayout, look: GridLook): void {
  const { cell, columns, left, top, font } = layout;
  ctx.fillStyle = look.text;
  ctx.font = `${font}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  const step = columnLabelStep(layout);
  for (let c = 0; c < columns; c += step)
    ctx.fillText(groupedDigits(c * layout.per), left + c * cell + cell / 2, top / 2);
  ctx.textAlign = 'right';
  const rows = Math.ceil((layout.height - top) / cell);
  // A row label needs its own line: with small cells, every few rows.
  const every = Math.max(1, Math.ceil((font + 2) / cell));
  for (let r = 0; r < rows; r++) {
    const row = layout.firstRow + r;
    if (row >= layout.rows || row % every !== 0) continue;
    ctx.fillText(groupedDigits(rowLabel(layout, row)), left - 6, top + r * cell + Math.max(cell - 1, font + 2) / 2);
  }
}

function drawCells(ctx: CanvasRenderingContext2D, model: FrameCells, layout: GridLayout, look: GridLook): void {
  const { first, end } = visibleCells(layout);
  const side = layout.cell - 1;
  let style = -1;
  for (let i = first; i < end; i++) {
    const c = model.colour[i] as number;
    if (c !== style) {
      ctx.fillStyle = c === 0 ? look.freeFill : (model.palette[c] as PaletteEntry).color;
      style = c;
    }
    const at = cellOrigin(layout, i) as { x: number; y: number };
    ctx.fillRect(at.x, at.y, side, side);
  }
  // Free cells get an edge (one path): an empty slot, not a hole in the picture.
  if (layout.cell < 6 || model.palette[0]?.count === 0) return;
  ctx.strokeStyle = look.freeEdge;
  ctx.lineWidth = 1;
  ctx.setLineDash([3, 2]);
  ctx.beginPath();
  for (let i = first; i < end; i++) {
    if (model.colour[i] !== 0) continue;
    const at = cellOrigin(layout, i) as { x: number; y: number };
    ctx.rect(at.x + 0.5, at.y + 0.5, side - 1, side - 1);
  }
  ctx.stroke();
  ctx.setLineDash([]);
}

/** One path per patterned colour: a few canvas calls per colour instead of a few per cell. */
function drawPatterns(ctx: CanvasRenderingContext2D, model: FrameCells, layout: GridLayout): void {
  const { first, end } = visibleCells(layout);
  const side = layout.cell - 1;
  model.palette.forEach((entry, index) => {
    if (index === 0 || entry.pattern === 'solid' || entry.count === 0) return;
    const ink = textColorOn(entry.color);
    ctx.globalAlpha = 0.55;
    ctx.strokeStyle = ink;
    ctx.fillStyle = ink;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let i = first; i < end; i++) {
      if (model.colour[i] !== index) continue;
      const { x, y } = cellOrigin(layout, i) as { x: number; y: number };
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

/** "P3:5" (or just the page, "5") on a backing of the cell's colour, when it fits inside the cell. */
function drawPageLabels(ctx: CanvasRenderingContext2D, model: FrameCells, layout: GridLayout): void {
  const font = Math.min(layout.font + 1, Math.floor(layout.cell * 0.3));
  if (!model.pages || font < MIN_LABEL_FONT) return;
  const { first, end } = visibleCells(layout);
  const room = layout.cell - 5;
  ctx.font = `600 ${font}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let i = first; i < end; i++) {
    const pid = model.pages.owner[i] as number;
    const vpn = model.pages.vpn[i] as number;
    const text = pageLabel(pid, vpn, (t) => ctx.measureText(t).width <= room);
    if (!text) continue;
    const colour = (model.palette[model.colour[i] as number] as PaletteEntry).color;
    const { x, y } = cellOrigin(layout, i) as { x: number; y: number };
    const w = Math.min(room, ctx.measureText(text).width + 4);
    const mid = layout.cell / 2 - 0.5;
    ctx.fillStyle = colour;
    ctx.fillRect(x + mid - w / 2, y + mid - font / 2 - 1, w, font + 2);
    ctx.fillStyle = textColorOn(colour);
    ctx.fillText(text, x + mid, y + mid + 0.5);
  }
}

/** A recent access is a ring (dark, then light inside), so the cell keeps its colour and pattern. */
function drawHeatRings(ctx: CanvasRenderingContext2D, model: FrameCells, layout: GridLayout): void {
  const { first, end } = visibleCells(layout);
  for (const { frame: i, strength } of model.heat) {
    if (i < first || i >= end) continue;
    const { x, y } = cellOrigin(layout, i) as { x: number; y: number };
    ctx.globalAlpha = strength;
    ctx.strokeStyle = '#000000';
    if (layout.cell < 8) {
      ctx.lineWidth = 1;
      ctx.strokeRect(x + 0.5, y + 0.5, layout.cell - 2, layout.cell - 2);
      continue;
    }
    ctx.lineWidth = 2;
    ctx.strokeRect(x + 1, y + 1, layout.cell - 3, layout.cell - 3);
    ctx.lineWidth = 1;
    ctx.strokeStyle = '#ffffff';
    ctx.strokeRect(x + 2.5, y + 2.5, layout.cell - 6, layout.cell - 6);
  }
  ctx.globalAlpha = 1;
}

/** A two-tone square around the cell picked with the keyboard, at least 7 px so it shows around small cells. */
function drawMark(ctx: CanvasRenderingContext2D, layout: GridLayout, cell: number): void {
  const at = cellOrigin(layout, cell);
  if (!at) return;
  const size = Math.max(layout.cell, 7);
  const x = at.x + layout.cell / 2 - size / 2;
  const y = at.y + layout.cell / 2 - size / 2;
  ctx.lineWidth = 3;
  ctx.strokeStyle = MARK.outer;
  ctx.strokeRect(x - 1, y - 1, size + 1, size + 1);
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = MARK.inner;
  ctx.strokeRect(x - 1, y - 1, size + 1, size + 1);
}

/** The walkthrough's frame: a thick ring in the theme's cursor colour and a marker on its row and column. */
function drawHighlight(ctx: CanvasRenderingContext2D, layout: GridLayout, cell: number, colour: string): void {
  const at = cellOrigin(layout, cell);
  if (!at) return;
  const { column } = cellPosition(layout, cell);
  const size = Math.max(layout.cell, 10);
  const x = at.x + layout.cell / 2 - size / 2;
  const y = at.y + layout.cell / 2 - size / 2;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 3;
  ctx.strokeRect(x - 2, y - 2, size + 3, size + 3);
  ctx.fillStyle = colour;
  ctx.fillRect(layout.left + column * layout.cell, layout.top - 3, layout.cell - 1, 3);
  ctx.fillRect(layout.left - 4, at.y, 3, layout.cell - 1);
}
