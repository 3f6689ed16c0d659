import type { BarPattern } from './stateLook';

/** Pattern lines drawn over a filled rectangle, clipped to it, 6 CSS px apart (the SVG export uses the same). */
export const PATTERN_STEP = 6;

export function drawPattern(
  ctx: CanvasRenderingContext2D,
  pattern: Exclude<BarPattern, 'solid'>,
  ink: string,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  const step = PATTERN_STEP;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  ctx.lineWidth = 1;
  ctx.globalAlpha = 0.55;
  ctx.beginPath();
  if (pattern === 'dots') {
    for (let cx = x + step / 2; cx < x + w; cx += step) {
      for (let cy = y + step / 2; cy < y + h; cy += step) {
        ctx.moveTo(cx + 1.2, cy);
        ctx.arc(cx, cy, 1.2, 0, Math.PI * 2);
      }
    }
    ctx.fill();
  } else if (pattern === 'lines') {
    for (let ly = y + step / 2; ly < y + h; ly += step / 2) {
      ctx.moveTo(x, Math.round(ly) + 0.5);
      ctx.lineTo(x + w, Math.round(ly) + 0.5);
    }
    ctx.stroke();
  } else {
    for (let s = -h; s < w; s += step) {
      if (pattern === 'ticks') {
        ctx.moveTo(x + s + h, y + 1);
        ctx.lineTo(x + s + h, y + h - 1);
        continue;
      }
      ctx.moveTo(x + s, y + h);
      ctx.lineTo(x + s + h, y);
      if (pattern === 'cross') {
        ctx.moveTo(x + s, y);
        ctx.lineTo(x + s + h, y + h);
      }
    }
    ctx.stroke();
  }
  ctx.restore();
}
