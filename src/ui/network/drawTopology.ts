import type { MessageKind } from '../../core/index';
import { FLIGHT_KINDS } from '../../protocol';
import type { CanvasPalette } from '../theme/canvasPalette';
import type { TopologyModel, TopologyNode } from './topologyModel';

/** A message's colour by what it says: a process's data, a request and its reply, or the protocol's. */
export const MESSAGE_COLOURS: Readonly<Record<MessageKind, string>> = {
  data: '#1f77b4',
  request: '#9467bd',
  reply: '#17becf',
  join: '#8c564b',
  heartbeat: '#7f7f7f',
  gossip: '#d62728',
  afs: '#2ca02c',
};

const DOT_RADIUS = 3;
const DOWN_FILL = '#c8c8cc';

/**
 * The topology on one canvas: links under nodes, messages on the links, then the nodes (a crashed one greyed and
 * crossed, a paused one marked with two bars, the shown one ringed). The view draws the same three layers on three
 * stacked canvases instead (TopologyCanvas), so that while messages glide only the dots are drawn again.
 */
export function drawTopology(
  ctx: CanvasRenderingContext2D,
  model: TopologyModel,
  palette: CanvasPalette,
  devicePixelRatio = 1,
): void {
  drawLinks(ctx, model, palette, devicePixelRatio);
  drawDots(ctx, model, devicePixelRatio);
  drawNodes(ctx, model, palette, devicePixelRatio);
}

/** The bottom layer: the background, and each link weighted and coloured by its load (dashed where cut). */
export function drawLinks(
  ctx: CanvasRenderingContext2D,
  model: TopologyModel,
  palette: CanvasPalette,
  devicePixelRatio = 1,
): void {
  ctx.setTransform(devicePixelRatio, 0, 0, devicePixelRatio, 0, 0);
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, model.width, model.height);
  for (const e of model.edges) {
    ctx.beginPath();
    ctx.setLineDash(e.cut ? [4, 4] : []);
    ctx.strokeStyle = e.cut ? palette.grid : e.colour;
    ctx.lineWidth = e.cut ? 1 : e.width;
    ctx.moveTo(e.a.x, e.a.y);
    ctx.lineTo(e.b.x, e.b.y);
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

/** A layer the ones below show through: emptied before it is drawn again. */
export function clearLayer(ctx: CanvasRenderingContext2D, model: TopologyModel, devicePixelRatio = 1): void {
  ctx.setTransform(devicePixelRatio, 0, 0, devicePixelRatio, 0, 0);
  ctx.clearRect(0, 0, model.width, model.height);
}

/** The messages: one path per kind, so a few hundred dots cost a handful of fills. */
export function drawDots(ctx: CanvasRenderingContext2D, model: TopologyModel, devicePixelRatio = 1): void {
  ctx.setTransform(devicePixelRatio, 0, 0, devicePixelRatio, 0, 0);
  const { xy, kinds, count } = model.dots;
  FLIGHT_KINDS.forEach((kind, code) => {
    let any = false;
    ctx.beginPath();
    for (let i = 0; i < count; i++) {
      if (kinds[i] !== code) continue;
      const x = xy[2 * i] as number;
      const y = xy[2 * i + 1] as number;
      ctx.moveTo(x + DOT_RADIUS, y);
      ctx.arc(x, y, DOT_RADIUS, 0, 2 * Math.PI);
      any = true;
    }
    if (!any) return;
    ctx.fillStyle = MESSAGE_COLOURS[kind];
    ctx.fill();
  });
}

/** The top layer: the nodes with their names, over the messages that leave and reach them. */
export function drawNodes(
  ctx: CanvasRenderingContext2D,
  model: TopologyModel,
  palette: CanvasPalette,
  devicePixelRatio = 1,
): void {
  ctx.setTransform(devicePixelRatio, 0, 0, devicePixelRatio, 0, 0);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.font = `${model.radius >= 12 ? 12 : 10}px system-ui, sans-serif`;
  for (const n of model.nodes) drawNode(ctx, n, model.radius, palette);
}

function drawNode(ctx: CanvasRenderingContext2D, n: TopologyNode, r: number, palette: CanvasPalette): void {
  ctx.beginPath();
  ctx.arc(n.x, n.y, r, 0, 2 * Math.PI);
  ctx.fillStyle = n.status === 'down' ? DOWN_FILL : (n.side ?? palette.background);
  ctx.fill();
  ctx.lineWidth = n.shown ? 4 : 1.5;
  ctx.strokeStyle = n.shown ? palette.cursor : palette.text;
  ctx.stroke();
  if (n.status === 'down') {
    const k = r * 0.6;
    ctx.beginPath();
    ctx.moveTo(n.x - k, n.y - k);
    ctx.lineTo(n.x + k, n.y + k);
    ctx.moveTo(n.x + k, n.y - k);
    ctx.lineTo(n.x - k, n.y + k);
    ctx.lineWidth = 2;
    ctx.strokeStyle = palette.muted;
    ctx.stroke();
  } else if (n.status === 'paused') {
    const w = Math.max(1.5, r * 0.18);
    const h = r * 0.9;
    ctx.fillStyle = palette.text;
    ctx.fillRect(n.x - 2 * w, n.y - h / 2, w, h);
    ctx.fillRect(n.x + w, n.y - h / 2, w, h);
  }
  ctx.fillStyle = n.status === 'down' ? palette.muted : palette.text;
  ctx.fillText(n.held > 0 ? `${n.id} (${n.held} held)` : n.id, n.x, n.y + r + 3);
}
