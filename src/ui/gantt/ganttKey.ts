import { SEGMENT_KIND, STATE_KIND, type StateKind } from '../../protocol';
import { processLabel } from '../naming/useNaming';
import type { CanvasPalette } from '../theme/canvasPalette';
import { processLook, textColorOn } from '../theme/processLook';
import { STATE_LOOK, STATE_ORDER, type BarPattern } from './stateLook';
import type { GanttModel, GanttProcess } from './toGanttRows';
import { groupedDigits } from '../../core/groupedDigits';

/** One entry of the legend an exported chart carries: a swatch and its words. */
export type KeyItem =
  | { kind: 'process'; pid: number; text: string }
  | { kind: 'state'; state: StateKind; text: string }
  | { kind: 'switch' | 'idle' | 'cold'; text: string }
  | { kind: 'more'; text: string };

/** Beyond this many processes a legend stops helping; the rest are counted. */
export const MAX_KEY_PROCESSES = 40;

/** The states the model's process lanes show, in the legend's order (RUNNING when a process lane has a run). */
export function statesShown(model: GanttModel): StateKind[] {
  const seen = new Set<number>();
  for (const lane of model.lanes) {
    if (lane.kind !== 'process') continue;
    for (const bar of lane.bars) seen.add(bar.kind === SEGMENT_KIND.run ? STATE_KIND.running : bar.kind);
  }
  return STATE_ORDER.filter((s) => seen.has(s));
}

/** What the exported chart's legend lists: the processes, the states shown, and switches and idle time if any. */
export function keyItems(model: GanttModel, processes: readonly GanttProcess[]): KeyItem[] {
  const items: KeyItem[] = processes
    .slice(0, MAX_KEY_PROCESSES)
    .map((p) => ({ kind: 'process', pid: p.pid, text: processLabel(p, 'full') }));
  if (processes.length > MAX_KEY_PROCESSES)
    items.push({ kind: 'more', text: `and ${groupedDigits(processes.length - MAX_KEY_PROCESSES)} more processes` });
  for (const state of statesShown(model)) items.push({ kind: 'state', state, text: STATE_LOOK[state].label });
  const kinds = new Set(model.lanes.flatMap((l) => (l.kind === 'process' ? [] : l.bars.map((b) => b.kind))));
  if (kinds.has(SEGMENT_KIND.switch)) items.push({ kind: 'switch', text: 'context switch' });
  if (kinds.has(SEGMENT_KIND.idle)) items.push({ kind: 'idle', text: 'idle' });
  if (model.warmth) items.push({ kind: 'cold', text: 'cold cache (hatched over the process)' });
  return items;
}

/** Where a title and a legend go around an exported chart: above it and below it, in CSS pixels. */
export interface ExportFrame {
  title: string;
  /** height of the title band above the chart */
  top: number;
  /** total height: title, chart and legend */
  height: number;
  items: { item: KeyItem; x: number; y: number }[];
  swatch: number;
  fontSize: number;
}

const GAP = 16;

/** Lays the legend out in rows across `width`, below a chart `chartHeight` high. */
export function exportFrame(
  title: string,
  items: readonly KeyItem[],
  width: number,
  chartHeight: number,
  scale: number,
): ExportFrame {
  const fontSize = Math.round(12 * scale);
  const row = Math.round(20 * scale);
  const swatch = Math.round(12 * scale);
  const top = Math.round(30 * scale);
  // The legend's text is a little wider than the chart's per point of size: 0.56 em a character, roughly.
  const cw = fontSize * 0.56;
  let x = 8;
  let y = top + chartHeight + Math.round(8 * scale);
  const placed: ExportFrame['items'] = [];
  for (const item of items) {
    const w = swatch + 6 + item.text.length * cw;
    if (x > 8 && x + w > width - 8) {
      x = 8;
      y += row;
    }
    placed.push({ item, x, y });
    x += w + GAP;
  }
  return { title, top, height: y + row, items: placed, swatch, fontSize };
}

/**
 * A legend swatch's fill, pattern, pattern ink and the colour of its right half if it has two: the same as
 * the bars it stands for.
 */
export function swatchLook(
  item: Exclude<KeyItem, { kind: 'more' }>,
  colors: CanvasPalette,
): [string, BarPattern, string, string | null] {
  if (item.kind === 'process') {
    const look = processLook(item.pid);
    return [look.color, look.pattern, textColorOn(look.color), null];
  }
  if (item.kind === 'state') {
    const look = STATE_LOOK[item.state];
    return [look.fill(colors), look.pattern, look.ink(colors), look.split ?? null];
  }
  if (item.kind === 'cold') return [colors.background, 'cross', colors.text, null];
  return item.kind === 'switch'
    ? [colors.switch, 'ticks', colors.switchMark, null]
    : [colors.idle, 'stripes', colors.idleHatch, null];
}
