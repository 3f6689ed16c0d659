import type { MessageKind, NetFaultKind } from '../../core/index';
import { netText } from '../../core/network/cluster/events';
import { REJECT_REASONS } from '../../core/network/security/securityLog';
import type { SequenceData, SequenceEnd, SequenceMessage } from '../../protocol';
import { niceStep } from '../gantt/drawGantt';
import { groupedDigits } from '../../core/groupedDigits';

/** The protocol's own traffic, which the diagram may leave out to show the processes' messages alone. */
export const PROTOCOL_KINDS: readonly MessageKind[] = ['join', 'heartbeat'];

/** How an arrow ends: an arrowhead (delivered), a cross (lost), a barred circle (rejected), an open circle. */
export type ArrowEnd = SequenceEnd['kind'] | 'onTheWay';

export interface SequenceArrow {
  key: string;
  id: number;
  kind: MessageKind;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  end: ArrowEnd;
}

export interface SequenceMark {
  key: string;
  x: number;
  /** the lifelines it sits on; empty: a line across them all */
  ys: number[];
  kind: NetFaultKind;
  text: string;
}

/** Everything the SVG draws, in CSS pixels: lifelines, arrows, fault marks, the time axis and the cursor. */
export interface SequenceModel {
  width: number;
  height: number;
  /** the plot's box: arrows are clipped to it */
  left: number;
  right: number;
  top: number;
  bottom: number;
  lanes: { name: string; y: number }[];
  arrows: SequenceArrow[];
  marks: SequenceMark[];
  axis: { x: number; tick: number }[];
  cursorX: number;
}

const LABEL_W = 44;
const AXIS_H = 22;
const PAD = 10;
/** Lifelines are this far apart at most and at least (64 nodes stay readable in a tall box). */
const LANE_MAX = 40;
const LANE_MIN = 12;

/**
 * The diagram at `width` CSS pixels: a lifeline per node, time running right from the window's first tick to its
 * last, each copy of each message an arrow from its sender at its send tick to where it ended (a message still on
 * its way: dashed to its receiver's line at the cursor). `shown` picks the messages drawn.
 */
export function sequenceModel(data: SequenceData, shown: readonly SequenceMessage[], width: number): SequenceModel {
  const lane = Math.max(LANE_MIN, Math.min(LANE_MAX, 320 / Math.max(1, data.nodes.length)));
  const top = AXIS_H;
  const left = LABEL_W;
  const right = Math.max(left + 40, width - PAD);
  const bottom = top + lane * (data.nodes.length - 1) + PAD;
  const y = (node: number): number => top + PAD / 2 + node * lane;
  const span = Math.max(1, data.to - data.from);
  const x = (tick: number): number => left + ((tick - data.from) / span) * (right - left);
  const arrows: SequenceArrow[] = [];
  for (const m of shown) {
    const [x1, y1] = [x(m.sentAt), y(m.from)];
    if (m.ends.length === 0)
      arrows.push({ key: `${m.id}`, id: m.id, kind: m.kind, x1, y1, x2: x(data.tick), y2: y(m.to), end: 'onTheWay' });
    m.ends.forEach((e, k) =>
      arrows.push({ key: `${m.id}.${k}`, id: m.id, kind: m.kind, x1, y1, x2: x(e.tick), y2: y(e.node), end: e.kind }),
    );
  }
  const step = niceStep(span / Math.max(1, Math.floor((right - left) / 70)));
  const axis: SequenceModel['axis'] = [];
  for (let t = Math.ceil(data.from / step) * step; t <= data.to; t += step) axis.push({ x: x(t), tick: t });
  return {
    width,
    height: bottom + PAD,
    left,
    right,
    top,
    bottom,
    lanes: data.nodes.map((name, i) => ({ name, y: y(i) })),
    arrows,
    marks: data.faults.map((f, i) => ({
      key: `${f.tick}.${i}`,
      x: x(f.tick),
      ys: f.nodes.map(y),
      kind: f.kind,
      text: f.text,
    })),
    axis,
    cursorX: x(data.tick),
  };
}

/** The messages the diagram draws: all, or without the protocol's joins and heartbeats. */
export function shownMessages(data: SequenceData, protocol: boolean): SequenceMessage[] {
  return protocol ? data.messages : data.messages.filter((m) => !PROTOCOL_KINDS.includes(m.kind));
}

function endText(e: SequenceEnd, nodes: readonly string[]): string {
  const at = nodes[e.node] ?? '?';
  switch (e.kind) {
    case 'delivered':
      return `delivered at ${groupedDigits(e.tick)}`;
    case 'lost':
      // netText's own words for the loss, without its "message #N lost at X: " lead
      return `lost at ${at} at ${groupedDigits(e.tick)}: ${netText({ tick: e.tick, kind: 'lost', id: 0, at, reason: e.reason }).replace(/^[^:]*: /, '')}`;
    case 'rejected':
      return `rejected by ${at} at ${groupedDigits(e.tick)}: ${REJECT_REASONS[e.reason].label} (${REJECT_REASONS[e.reason].meaning})`;
    case 'suppressed':
      return `a second copy dropped at ${at} at ${groupedDigits(e.tick)}: delivered once only`;
  }
}

/** A message in words: its kind, ends, send tick and what became of each copy ("gossip #42 from n0 to n3, …"). */
export function messageText(m: SequenceMessage, nodes: readonly string[]): string {
  const fate = m.ends.length === 0 ? 'on its way' : m.ends.map((e) => endText(e, nodes)).join('; ');
  return `${m.kind} #${m.id} from ${nodes[m.from] ?? '?'} to ${nodes[m.to] ?? '?'}, sent at ${groupedDigits(m.sentAt)}: ${fate}`;
}

/** The diagram in a sentence or two: the window, how the messages shown fared, and the faults in it. */
export function sequenceSummary(data: SequenceData, shown: readonly SequenceMessage[]): string {
  const ends = shown.flatMap((m) => m.ends);
  const count = (kind: SequenceEnd['kind']) => ends.filter((e) => e.kind === kind).length;
  const onTheWay = shown.filter((m) => m.ends.length === 0).length;
  const head = `Message sequence of ${data.nodes.length} nodes, ticks ${groupedDigits(data.from)} to ${groupedDigits(data.to)}, at tick ${groupedDigits(data.tick)}${data.narrowed ? ' (narrowed to the latest messages)' : ''}`;
  const fates = `${groupedDigits(shown.length)} message${shown.length === 1 ? '' : 's'} shown: ${groupedDigits(count('delivered'))} delivered, ${groupedDigits(count('lost'))} lost, ${groupedDigits(count('rejected'))} rejected, ${groupedDigits(count('suppressed'))} second copies dropped, ${groupedDigits(onTheWay)} on the way`;
  const faults =
    data.faults.length === 0 ? 'no fault' : data.faults.map((f) => `at ${groupedDigits(f.tick)} ${f.text}`).join('; ');
  return `${head}. ${fates}. Faults: ${faults}.`;
}
