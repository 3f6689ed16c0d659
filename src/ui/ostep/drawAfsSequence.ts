import { LIGHT_CANVAS, type CanvasPalette } from '../theme/canvasPalette';
import { slotsOf, type AfsArrow, type AfsSequenceModel } from './afsSequence';

/** Where things go, in CSS pixels; the canvas has `dpr` device pixels to each. */
export interface AfsSequenceLayout {
  width: number;
  height: number;
  dpr: number;
  /** the middle of each lifeline */
  laneX: number[];
  /** where the first step begins, under the lanes' names and holdings */
  top: number;
  /** the height of a mark or a message */
  slot: number;
  /** where each row of the model begins */
  rowY: number[];
}

const NAME_H = 18;
const HOLD_H = 14;
export const AFS_SLOT = 22;

/** The lanes side by side across `width`, their holdings under their names, then the rows a slot per mark or message. */
export function afsSequenceLayout(model: AfsSequenceModel, width: number, dpr = 1): AfsSequenceLayout {
  const laneW = width / Math.max(1, model.lanes.length);
  const lines = Math.max(1, ...model.lanes.map((l) => l.holds.length));
  const top = NAME_H + lines * HOLD_H + (model.hidden > 0 ? HOLD_H + 8 : 8);
  const rowY: number[] = [];
  let y = top;
  for (const row of model.rows) {
    rowY.push(y);
    y += slotsOf(row) * AFS_SLOT;
  }
  return {
    width,
    height: y + 8,
    dpr,
    laneX: model.lanes.map((_, i) => laneW * (i + 0.5)),
    top,
    slot: AFS_SLOT,
    rowY,
  };
}

/** The diagram's colours: Okabe and Ito's blue for fetches, bluish green for stores, vermillion for callback breaks. */
export interface AfsLook {
  background: string;
  text: string;
  muted: string;
  lifeline: string;
  current: string;
  arrows: Record<AfsArrow['kind'], string>;
}

export function afsLook(p: CanvasPalette = LIGHT_CANVAS): AfsLook {
  return {
    background: p.background,
    text: p.text,
    muted: p.muted,
    lifeline: p.idleHatch,
    current: p.laneAlt,
    arrows: { fetch: '#0072B2', file: '#0072B2', store: '#009E73', break: '#D55E00' },
  };
}

function arrow(
  ctx: CanvasRenderingContext2D,
  a: AfsArrow,
  x1: number,
  x2: number,
  y: number,
  slot: number,
  look: AfsLook,
) {
  const y1 = y + slot * 0.2;
  const y2 = y + slot * 0.8;
  const colour = look.arrows[a.kind];
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = 1.5;
  ctx.setLineDash(a.again ? [4, 3] : []);
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
  ctx.setLineDash([]);
  // the head, pointing along the line
  const angle = Math.atan2(y2 - y1, x2 - x1);
  ctx.beginPath();
  ctx.moveTo(x2, y2);
  ctx.lineTo(x2 - 8 * Math.cos(angle - 0.4), y2 - 8 * Math.sin(angle - 0.4));
  ctx.lineTo(x2 - 8 * Math.cos(angle + 0.4), y2 - 8 * Math.sin(angle + 0.4));
  ctx.closePath();
  ctx.fill();
  // the label just above the line's middle, clear of it
  ctx.textAlign = 'center';
  ctx.fillText(a.label, (x1 + x2) / 2, (y1 + y2) / 2 - 7);
}

/**
 * Draws the message sequence diagram: the lanes' names and holdings, the lifelines, and for each step its mark on
 * its client's line and its messages as arrows sloping down from sender to receiver (a message takes time), the
 * current step on a shaded band. Pure: everything comes from the arguments.
 */
export function drawAfsSequence(
  ctx: CanvasRenderingContext2D,
  model: AfsSequenceModel,
  layout: AfsSequenceLayout,
  look: AfsLook = afsLook(),
): void {
  const { width, height, dpr, laneX, slot } = layout;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = look.background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  model.lanes.forEach((lane, i) => {
    const x = laneX[i] as number;
    ctx.fillStyle = look.text;
    ctx.font = 'bold 13px sans-serif';
    ctx.fillText(lane.name, x, NAME_H / 2);
    ctx.fillStyle = look.muted;
    ctx.font = '11px monospace';
    lane.holds.forEach((h, k) => ctx.fillText(h, x, NAME_H + k * HOLD_H + HOLD_H / 2));
  });
  if (model.hidden > 0) {
    ctx.textAlign = 'left';
    ctx.fillText(`… ${model.hidden} earlier step${model.hidden === 1 ? '' : 's'}`, 4, layout.top - HOLD_H / 2 - 4);
  }
  ctx.strokeStyle = look.lifeline;
  ctx.lineWidth = 1;
  for (const x of laneX) {
    ctx.beginPath();
    ctx.moveTo(x, layout.top - 4);
    ctx.lineTo(x, height - 4);
    ctx.stroke();
  }
  model.rows.forEach((row, r) => {
    const y = layout.rowY[r] as number;
    if (row.current) {
      ctx.fillStyle = look.current;
      ctx.fillRect(0, y, width, slotsOf(row) * slot);
    }
    const x = laneX[row.lane] as number;
    ctx.fillStyle = look.text;
    ctx.beginPath();
    ctx.arc(x, y + slot / 2, 4, 0, 2 * Math.PI);
    ctx.fill();
    ctx.textAlign = 'left';
    ctx.font = row.current ? 'bold 11px sans-serif' : '11px sans-serif';
    ctx.fillText(`${row.step + 1}. ${row.label}`, x + 8, y + slot / 2);
    ctx.font = '11px sans-serif';
    row.arrows.forEach((a, k) =>
      arrow(ctx, a, laneX[a.from] as number, laneX[a.to] as number, y + (k + 1) * slot, slot, look),
    );
  });
}
