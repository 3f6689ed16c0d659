import { escapeXml, num } from '../export/xml';
import { LIGHT_CANVAS, type CanvasPalette } from '../theme/canvasPalette';
import { processLook, textColorOn, type Pattern } from '../theme/processLook';
import { SEGMENT_KIND } from '../../protocol';
import { AXIS_LABEL_GAP, barLabel, CHAR_WIDTH, MIN_PATTERN_WIDTH, fit, niceStep } from './drawGantt';
import { AXIS_HEIGHT, firstEndingAfter, laneTop, pxPerTick, timeToX, type GanttLayout } from './ganttLayout';
import type { GanttBar, GanttModel } from './toGanttRows';

/** Pattern tiles in user space (CSS px), the same 6 px step the canvas draws. */
const STEP = 6;

/** The <pattern> for a fill pattern in one ink; ids name both so each is defined once. */
function patternDef(id: string, pattern: Exclude<Pattern, 'solid'> | 'ticks', ink: string): string {
  const open = `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${STEP}" height="${pattern === 'ticks' ? 1000 : STEP}">`;
  const stroke = `stroke="${escapeXml(ink)}" stroke-width="1" stroke-opacity="0.55" fill="none"`;
  const diag = `M0,${STEP} L${STEP},0 M-1,1 L1,-1 M${STEP - 1},${STEP + 1} L${STEP + 1},${STEP - 1}`;
  const anti = `M0,0 L${STEP},${STEP} M-1,${STEP - 1} L1,${STEP + 1} M${STEP - 1},-1 L${STEP + 1},1`;
  let body: string;
  if (pattern === 'dots')
    body = `<circle cx="${STEP / 2}" cy="${STEP / 2}" r="1.2" fill="${escapeXml(ink)}" fill-opacity="0.55"/>`;
  else if (pattern === 'ticks') body = `<path d="M${STEP / 2},0 L${STEP / 2},1000" ${stroke}/>`;
  else body = `<path d="${pattern === 'cross' ? `${diag} ${anti}` : diag}" ${stroke}/>`;
  return `${open}${body}</pattern>`;
}

/**
 * The Gantt chart as a standalone SVG document, from the same view model and layout the canvas draws
 * (so an export shows exactly the current zoom): lanes, axis, one `<rect class="bar">` per bar in view
 * with its pattern as an overlay, pid labels where they fit, and the cursor. Every text is escaped.
 * Unlike the canvas it keeps every bar in view, even sub-pixel ones: a vector image can be zoomed.
 */
export function ganttSvg(
  model: GanttModel,
  layout: GanttLayout,
  colors: CanvasPalette = LIGHT_CANVAS,
  title = 'Gantt chart',
): string {
  const { width, height, labelWidth, laneHeight } = layout;
  const defs = new Map<string, string>();
  const use = (pattern: Exclude<Pattern, 'solid'> | 'ticks', ink: string): string => {
    const id = `p-${pattern}-${ink.replace(/[^0-9a-z]/gi, '')}`;
    if (!defs.has(id)) defs.set(id, patternDef(id, pattern, ink));
    return id;
  };
  const out: string[] = [];
  out.push(`<rect width="${num(width)}" height="${num(height)}" fill="${escapeXml(colors.background)}"/>`);
  model.lanes.forEach((lane, i) => {
    const top = laneTop(layout, i);
    if (i % 2 === 1)
      out.push(
        `<rect y="${num(top)}" width="${num(width)}" height="${num(laneHeight)}" fill="${escapeXml(colors.laneAlt)}"/>`,
      );
    out.push(
      `<text x="4" y="${num(top + laneHeight / 2)}" fill="${escapeXml(colors.text)}" dominant-baseline="middle">${escapeXml(fit(lane.label, labelWidth - 8))}</text>`,
    );
  });
  out.push(axis(layout, colors));
  out.push('<g clip-path="url(#plot)">');
  const pad = Math.max(1, Math.round(laneHeight * 0.12));
  const h = laneHeight - 2 * pad;
  model.lanes.forEach((lane, i) => {
    const y = laneTop(layout, i) + pad;
    for (let b = firstEndingAfter(lane.bars, layout.viewStart); b < lane.bars.length; b++) {
      const bar = lane.bars[b] as GanttBar;
      if (bar.start >= layout.viewEnd) break;
      const x = timeToX(layout, bar.start);
      out.push(barSvg(bar, x, y, Math.max(timeToX(layout, bar.end) - x, 1), h, layout, colors, use));
    }
  });
  if (model.cursor !== null && model.cursor >= layout.viewStart && model.cursor <= layout.viewEnd) {
    const x = num(Math.round(timeToX(layout, model.cursor)) + 0.5);
    out.push(
      `<line class="cursor" x1="${x}" y1="${AXIS_HEIGHT}" x2="${x}" y2="${num(height)}" stroke="${escapeXml(colors.cursor)}" stroke-width="2"/>`,
    );
  }
  out.push('</g>');
  const clip = `<clipPath id="plot"><rect x="${num(labelWidth)}" y="${AXIS_HEIGHT}" width="${num(width - labelWidth)}" height="${num(height - AXIS_HEIGHT)}"/></clipPath>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="system-ui, sans-serif" font-size="11">\n` +
    `<title>${escapeXml(title)}</title>\n<defs>${clip}${[...defs.values()].join('')}</defs>\n${out.join('\n')}\n</svg>\n`
  );
}

function barSvg(
  bar: GanttBar,
  x: number,
  y: number,
  w: number,
  h: number,
  layout: GanttLayout,
  colors: CanvasPalette,
  use: (pattern: Exclude<Pattern, 'solid'> | 'ticks', ink: string) => string,
): string {
  const rect = (fill: string, ry: number, rh: number, cls = '') =>
    `<rect${cls} x="${num(x)}" y="${num(ry)}" width="${num(w)}" height="${num(rh)}" fill="${fill}"/>`;
  if (bar.kind === SEGMENT_KIND.idle) {
    const overlay = w >= MIN_PATTERN_WIDTH ? rect(`url(#${use('stripes', colors.idleHatch)})`, y, h) : '';
    return `${rect(escapeXml(colors.idle), y, h, ' class="bar idle"')}${overlay}`;
  }
  if (bar.kind === SEGMENT_KIND.switch) {
    const sy = y + h / 4;
    const overlay = w >= MIN_PATTERN_WIDTH ? rect(`url(#${use('ticks', colors.switchMark)})`, sy, h / 2) : '';
    return `${rect(escapeXml(colors.switch), sy, h / 2, ' class="bar switch"')}${overlay}`;
  }
  const look = processLook(bar.pid);
  const ink = textColorOn(look.color);
  let s = rect(look.color, y, h, ` class="bar" data-pid="${bar.pid}"`);
  if (w >= MIN_PATTERN_WIDTH && look.pattern !== 'solid') s += rect(`url(#${use(look.pattern, ink)})`, y, h);
  const plate = barLabel(bar.pid, x, w, layout);
  if (plate) {
    s += `<rect x="${num(plate.mid - plate.width / 2)}" y="${num(y + h / 2 - 7)}" width="${num(plate.width)}" height="14" fill="${look.color}"/>`;
    s += `<text x="${num(plate.mid)}" y="${num(y + h / 2)}" fill="${ink}" text-anchor="middle" dominant-baseline="middle">${escapeXml(plate.text)}</text>`;
  }
  return s;
}

/** Tick marks, grid lines and labels, at the same nice steps as the canvas. */
function axis(layout: GanttLayout, colors: CanvasPalette): string {
  const step = niceStep(AXIS_LABEL_GAP / pxPerTick(layout));
  const lines: string[] = [];
  const labels: string[] = [];
  for (let t = Math.ceil(layout.viewStart / step) * step; t <= layout.viewEnd; t += step) {
    const x = Math.round(timeToX(layout, t)) + 0.5;
    if (x < layout.labelWidth) continue;
    lines.push(`M${num(x)},${AXIS_HEIGHT - 4} L${num(x)},${num(layout.height)}`);
    const label = String(t);
    const atEdge = x + (label.length * CHAR_WIDTH) / 2 > layout.width;
    labels.push(
      `<text x="${num(atEdge ? layout.width - 2 : x)}" y="${AXIS_HEIGHT / 2 - 1}" text-anchor="${atEdge ? 'end' : 'middle'}" dominant-baseline="middle">${label}</text>`,
    );
  }
  lines.push(`M${num(layout.labelWidth)},${AXIS_HEIGHT - 0.5} L${num(layout.width)},${AXIS_HEIGHT - 0.5}`);
  return `<path d="${lines.join(' ')}" stroke="${escapeXml(colors.grid)}" stroke-width="1" fill="none"/>\n<g fill="${escapeXml(colors.muted)}">${labels.join('')}</g>`;
}
