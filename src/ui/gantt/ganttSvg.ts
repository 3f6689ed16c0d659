import { escapeXml, num } from '../export/xml';
import { LIGHT_CANVAS, type CanvasPalette } from '../theme/canvasPalette';
import { processLook, textColorOn } from '../theme/processLook';
import { SEGMENT_KIND } from '../../protocol';
import { quantumMarks } from './quantumMarks';
import { axisStep, barLabel, barPad, barText, fit, MIN_PATTERN_WIDTH, plateHeight } from './drawGantt';
import { PATTERN_STEP as STEP } from './drawPattern';
import { swatchLook, type ExportFrame, type KeyItem } from './ganttKey';
import { axisHeight, charWidth, firstEndingAfter, fontSize, laneTop, timeToX, type GanttLayout } from './ganttLayout';
import { isStateKind, STATE_LOOK, type BarPattern } from './stateLook';
import type { GanttBar, GanttLane, GanttModel } from './toGanttRows';
import { groupedDigits } from '../../core/groupedDigits';

type Overlay = Exclude<BarPattern, 'solid'>;
type Use = (pattern: Overlay, ink: string) => string;

/** The <pattern> for a fill pattern in one ink; ids name both so each is defined once. */
function patternDef(id: string, pattern: Overlay, ink: string): string {
  const open = `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${STEP}" height="${pattern === 'ticks' ? 1000 : STEP}">`;
  const stroke = `stroke="${escapeXml(ink)}" stroke-width="1" stroke-opacity="0.55" fill="none"`;
  const diag = `M0,${STEP} L${STEP},0 M-1,1 L1,-1 M${STEP - 1},${STEP + 1} L${STEP + 1},${STEP - 1}`;
  const anti = `M0,0 L${STEP},${STEP} M-1,${STEP - 1} L1,${STEP + 1} M${STEP - 1},-1 L${STEP + 1},1`;
  let body: string;
  if (pattern === 'dots')
    body = `<circle cx="${STEP / 2}" cy="${STEP / 2}" r="1.2" fill="${escapeXml(ink)}" fill-opacity="0.55"/>`;
  else if (pattern === 'ticks') body = `<path d="M${STEP / 2},0 L${STEP / 2},1000" ${stroke}/>`;
  else if (pattern === 'lines') body = `<path d="M0,1.5 L${STEP},1.5 M0,4.5 L${STEP},4.5" ${stroke}/>`;
  else body = `<path d="${pattern === 'cross' ? `${diag} ${anti}` : diag}" ${stroke}/>`;
  return `${open}${body}</pattern>`;
}

/**
 * The Gantt chart as a standalone SVG document, from the same view model and layout the canvas draws
 * (so an export shows exactly the current zoom): lanes, axis, one `<rect class="bar">` per bar in view
 * with its pattern as an overlay, labels where they fit, and the cursor. With a `frame`, a visible title
 * above and the legend below. Every text is escaped. Unlike the canvas it keeps every bar in view, even
 * sub-pixel ones: a vector image can be zoomed.
 */
export function ganttSvg(
  model: GanttModel,
  layout: GanttLayout,
  colors: CanvasPalette = LIGHT_CANVAS,
  title = 'Gantt chart',
  frame?: ExportFrame,
): string {
  const { width, height, labelWidth, laneHeight } = layout;
  const defs = new Map<string, string>();
  const use: Use = (pattern, ink) => {
    const id = `p-${pattern}-${ink.replace(/[^0-9a-z]/gi, '')}`;
    if (!defs.has(id)) defs.set(id, patternDef(id, pattern, ink));
    return id;
  };
  const axis = axisHeight(layout);
  const out: string[] = [];
  out.push(`<rect width="${num(width)}" height="${num(height)}" fill="${escapeXml(colors.background)}"/>`);
  model.lanes.forEach((lane, i) => {
    const top = laneTop(layout, i);
    if (i % 2 === 1)
      out.push(
        `<rect y="${num(top)}" width="${num(width)}" height="${num(laneHeight)}" fill="${escapeXml(colors.laneAlt)}"/>`,
      );
    out.push(
      `<text x="4" y="${num(top + laneHeight / 2)}" fill="${escapeXml(colors.text)}" dominant-baseline="middle">${escapeXml(fit(lane.label, labelWidth - 8, layout))}</text>`,
    );
  });
  out.push(axisSvg(layout, colors));
  out.push('<g clip-path="url(#plot)">');
  const pad = barPad(layout);
  const h = laneHeight - 2 * pad;
  model.lanes.forEach((lane, i) => {
    const y = laneTop(layout, i) + pad;
    for (let b = firstEndingAfter(lane.bars, layout.viewStart); b < lane.bars.length; b++) {
      const bar = lane.bars[b] as GanttBar;
      if (bar.start >= layout.viewEnd) break;
      const x = timeToX(layout, bar.start);
      out.push(barSvg(bar, lane.kind, x, y, Math.max(timeToX(layout, bar.end) - x, 1), h, layout, colors, use));
      const marks = quantumMarks(bar, model.quantum ?? null, layout);
      if (marks.length > 0) {
        const d = marks.map((m) => `M${num(Math.round(m) + 0.5)},${num(y)} v${num(h)}`).join(' ');
        const ink = escapeXml(textColorOn(processLook(bar.pid).color));
        out.push(`<path class="quanta" d="${d}" stroke="${ink}" stroke-width="1"/>`);
      }
    }
  });
  if (model.cursor !== null && model.cursor >= layout.viewStart && model.cursor <= layout.viewEnd) {
    const x = num(Math.round(timeToX(layout, model.cursor)) + 0.5);
    out.push(
      `<line class="cursor" x1="${x}" y1="${axis}" x2="${x}" y2="${num(height)}" stroke="${escapeXml(colors.cursor)}" stroke-width="2"/>`,
    );
  }
  out.push('</g>');
  const clip = `<clipPath id="plot"><rect x="${num(labelWidth)}" y="${axis}" width="${num(width - labelWidth)}" height="${num(height - axis)}"/></clipPath>`;
  const chart = frame ? `<g transform="translate(0 ${num(frame.top)})">\n${out.join('\n')}\n</g>` : out.join('\n');
  const framing = frame ? frameSvg(frame, width, colors, use) : '';
  const total = frame ? frame.height : height;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(total)}" viewBox="0 0 ${num(width)} ${num(total)}" font-family="system-ui, sans-serif" font-size="${fontSize(layout)}">\n` +
    `<title>${escapeXml(title)}</title>\n<defs>${clip}${[...defs.values()].join('')}</defs>\n${framing}${chart}\n</svg>\n`
  );
}

/** The title band and the legend rows of an exported chart. */
function frameSvg(frame: ExportFrame, width: number, colors: CanvasPalette, use: Use): string {
  const out = [
    `<rect width="${num(width)}" height="${num(frame.height)}" fill="${escapeXml(colors.background)}"/>`,
    `<text class="export-title" x="8" y="${num(frame.top / 2)}" dominant-baseline="middle" font-size="${Math.round(frame.fontSize * 1.25)}" font-weight="600" fill="${escapeXml(colors.text)}">${escapeXml(frame.title)}</text>`,
  ];
  const s = frame.swatch;
  out.push(`<g class="legend" font-size="${frame.fontSize}" fill="${escapeXml(colors.text)}">`);
  for (const { item, x, y } of frame.items) {
    const sy = y + (frame.fontSize - s) / 2;
    const tx = item.kind === 'more' ? x : x + s + 6;
    if (item.kind !== 'more') out.push(swatchSvg(item, x, sy, s, colors, use));
    out.push(
      `<text x="${num(tx)}" y="${num(y + frame.fontSize / 2)}" dominant-baseline="middle">${escapeXml(item.text)}</text>`,
    );
  }
  out.push('</g>');
  return `${out.join('\n')}\n`;
}

function swatchSvg(
  item: Exclude<KeyItem, { kind: 'more' }>,
  x: number,
  y: number,
  s: number,
  colors: CanvasPalette,
  use: Use,
): string {
  const [fill, pattern, ink, split] = swatchLook(item, colors);
  const rect = (f: string, extra = '') =>
    `<rect x="${num(x)}" y="${num(y)}" width="${s}" height="${s}" fill="${f}"${extra}/>`;
  const overlay = pattern === 'solid' ? '' : rect(`url(#${use(pattern, ink)})`);
  const half = split
    ? `<rect x="${num(x + s / 2)}" y="${num(y)}" width="${s / 2}" height="${s}" fill="${escapeXml(split)}"/>`
    : '';
  return `${rect(escapeXml(fill), ` stroke="${escapeXml(colors.muted)}"`)}${half}${overlay}`;
}

function barSvg(
  bar: GanttBar,
  laneKind: GanttLane['kind'],
  x: number,
  y: number,
  w: number,
  h: number,
  layout: GanttLayout,
  colors: CanvasPalette,
  use: Use,
): string {
  const rect = (fill: string, ry: number, rh: number, cls = '', extra = '') =>
    `<rect${cls} x="${num(x)}" y="${num(ry)}" width="${num(w)}" height="${num(rh)}" fill="${fill}"${extra}/>`;
  const label = (fill: string, ink: string) => {
    const plate = barLabel(barText(bar, laneKind), x, w, layout);
    if (!plate) return '';
    const ph = plateHeight(layout);
    return (
      `<rect x="${num(plate.mid - plate.width / 2)}" y="${num(y + h / 2 - ph / 2)}" width="${num(plate.width)}" height="${ph}" fill="${escapeXml(fill)}"/>` +
      `<text x="${num(plate.mid)}" y="${num(y + h / 2)}" fill="${escapeXml(ink)}" text-anchor="middle" dominant-baseline="middle">${escapeXml(plate.text)}</text>`
    );
  };
  if (isStateKind(bar.kind)) {
    const look = STATE_LOOK[bar.kind];
    const sh = h * look.height;
    const sy = y + (h - sh) / 2;
    const [fill, ink] = [look.fill(colors), look.ink(colors)];
    const outline = look.outline ? ` stroke="${escapeXml(ink)}"` : '';
    let s = rect(escapeXml(fill), sy, sh, ` class="bar state" data-pid="${bar.pid}" data-state="${bar.kind}"`, outline);
    if (w >= MIN_PATTERN_WIDTH && look.pattern !== 'solid') s += rect(`url(#${use(look.pattern, ink)})`, sy, sh);
    return sh >= plateHeight(layout) ? s + label(fill, ink) : s;
  }
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
  const cold = bar.warm === false;
  let s = rect(look.color, y, h, ` class="bar${cold ? ' cold' : ''}" data-pid="${bar.pid}"`);
  if (w >= MIN_PATTERN_WIDTH && look.pattern !== 'solid') s += rect(`url(#${use(look.pattern, ink)})`, y, h);
  // As on the canvas: a cold run is hatched over its process's look.
  if (cold && w >= MIN_PATTERN_WIDTH) s += rect(`url(#${use('cross', ink)})`, y, h);
  return s + label(look.color, ink);
}

/** Tick marks, grid lines and labels, at the same nice steps as the canvas. */
function axisSvg(layout: GanttLayout, colors: CanvasPalette): string {
  const step = axisStep(layout);
  const axis = axisHeight(layout);
  const cw = charWidth(layout);
  const lines: string[] = [];
  const labels: string[] = [];
  for (let t = Math.ceil(layout.viewStart / step) * step; t <= layout.viewEnd; t += step) {
    const x = Math.round(timeToX(layout, t)) + 0.5;
    if (x < layout.labelWidth) continue;
    lines.push(`M${num(x)},${axis - 4} L${num(x)},${num(layout.height)}`);
    const label = groupedDigits(t);
    const atEdge = x + (label.length * cw) / 2 > layout.width;
    labels.push(
      `<text x="${num(atEdge ? layout.width - 2 : x)}" y="${axis / 2 - 1}" text-anchor="${atEdge ? 'end' : 'middle'}" dominant-baseline="middle">${label}</text>`,
    );
  }
  lines.push(`M${num(layout.labelWidth)},${axis - 0.5} L${num(layout.width)},${axis - 0.5}`);
  return `<path d="${lines.join(' ')}" stroke="${escapeXml(colors.grid)}" stroke-width="1" fill="none"/>\n<g fill="${escapeXml(colors.muted)}">${labels.join('')}</g>`;
}
