import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { ClusterFrame } from '../../protocol';
import type { AppState } from '../../store/types';
import { ticksAFrame } from '../../store/playbackSlice';
import { useApp } from '../app/StoreContext';
import { useBoxSize } from '../stage/useBoxSize';
import { useCanvasPalette } from '../theme/useCanvasPalette';
import type { CanvasPalette } from '../theme/canvasPalette';
import { clearLayer, drawDots, drawLinks, drawNodes } from './drawTopology';
import { nodePositions, nodeRadius } from './topologyLayout';
import {
  edgeAt,
  messageAt,
  nodeAt,
  placeDots,
  sameLinksLayer,
  sameNodesLayer,
  toTopologyModel,
  type TopologyModel,
} from './topologyModel';
import type { FaultTarget } from './NodeFaultList';
import { topologySummary } from './topologyText';

interface Props {
  cluster: ClusterFrame;
  tick: number;
  /** a node clicked: the other views show it */
  choose(node: number): void;
  /**
   * a right-click on a node, a message's dot or a link, or a click on a dot: its fault menu, at the pointer (CSS
   * pixels in the canvas's offset parent)
   */
  menu(target: FaultTarget, at: { x: number; y: number }): void;
}

const selectPlaying = (s: AppState) => s.playing;
const selectSpeed = (s: AppState) => s.speed;

/** Where the pointer is on the canvas, in CSS pixels. */
function pointer(e: MouseEvent<HTMLCanvasElement>) {
  const r = e.currentTarget.getBoundingClientRect();
  return { x: e.clientX - r.left, y: e.clientY - r.top };
}

/** The pointer's place in the canvas's positioned parent (the picture, below the heading), where a menu opens. */
function inParent(e: MouseEvent<HTMLCanvasElement>, p: { x: number; y: number }) {
  return { x: p.x + e.currentTarget.offsetLeft, y: p.y + e.currentTarget.offsetTop };
}

/** What the links and nodes layers show now, and in which palette: each is drawn again only when that changes. */
interface Drawn {
  links: TopologyModel | null;
  nodes: TopologyModel | null;
  palette: CanvasPalette | null;
}

/** A canvas sized for `width` × `height` CSS pixels at `ratio`; true when it had to be (which also cleared it). */
function fit(canvas: HTMLCanvasElement, width: number, height: number, ratio: number): boolean {
  const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
  // Setting a canvas's size, even to what it is, reallocates and clears it: only when the box changed.
  if (canvas.width === w && canvas.height === h) return false;
  [canvas.width, canvas.height] = [w, h];
  return true;
}

/**
 * The topology, drawn over toTopologyModel in three stacked canvases: the links (with the background), the
 * messages, and the nodes on top (the one that is clicked and named). A frame of the run draws the links and
 * nodes again only where they changed; while playing at a set speed the messages glide, and each animation frame
 * places and draws only them, at the tick the run will reach next, in proportion to the time since the frame came.
 */
export function TopologyCanvas({ cluster, tick, choose, menu }: Props) {
  const [boxRef, size] = useBoxSize<HTMLDivElement>({ width: 640, height: 420 }, true);
  const linksRef = useRef<HTMLCanvasElement>(null);
  const dotsRef = useRef<HTMLCanvasElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const palette = useCanvasPalette();
  const playing = useApp(selectPlaying);
  const speed = useApp(selectSpeed);
  const positions = useMemo(
    () => nodePositions(cluster.layout, cluster.nodes.length, size.width, size.height),
    [cluster.layout, cluster.nodes.length, size.width, size.height],
  );
  const radius = useMemo(() => nodeRadius(positions), [positions]);
  const model = useRef<TopologyModel | null>(null);
  const drawn = useRef<Drawn>({ links: null, nodes: null, palette: null });
  useEffect(() => {
    const [linksCanvas, dotsCanvas, nodesCanvas] = [linksRef.current, dotsRef.current, canvasRef.current];
    const links = linksCanvas?.getContext('2d');
    const dots = dotsCanvas?.getContext('2d');
    const nodes = nodesCanvas?.getContext('2d');
    if (!linksCanvas || !dotsCanvas || !nodesCanvas || !links || !dots || !nodes) return;
    const ratio = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
    const resized = [linksCanvas, dotsCanvas, nodesCanvas]
      .map((c) => fit(c, size.width, size.height, ratio))
      .some(Boolean);
    const m = toTopologyModel(cluster, tick, size.width, size.height, positions, radius);
    const was = drawn.current;
    const repaint = resized || was.palette !== palette;
    if (repaint || !was.links || !sameLinksLayer(was.links, m)) {
      drawLinks(links, m, palette, ratio);
      was.links = m;
    }
    if (repaint || !was.nodes || !sameNodesLayer(was.nodes, m)) {
      clearLayer(nodes, m, ratio);
      drawNodes(nodes, m, palette, ratio);
      was.nodes = m;
    }
    was.palette = palette;
    model.current = m;
    const paintDots = () => {
      clearLayer(dots, m, ratio);
      drawDots(dots, m, ratio);
    };
    if (!playing || speed === 'max' || typeof requestAnimationFrame !== 'function') {
      paintDots();
      return;
    }
    // Gliding, the next animation frame draws the dots (before the display shows anything): drawn here too, they
    // would be drawn twice in one frame whenever a frame of the run comes for each of the display's.
    const since = performance.now();
    let placed = Number.NaN;
    let handle = requestAnimationFrame(function glide(now: number) {
      const at = tick + Math.min(ticksAFrame(speed), ((now - since) * speed) / 1000);
      // Once as far as the next frame brings, the dots wait there for it: nothing to draw again.
      if (at !== placed) {
        placeDots(cluster.flights, at, positions, m.dots);
        paintDots();
        placed = at;
      }
      handle = requestAnimationFrame(glide);
    });
    return () => cancelAnimationFrame(handle);
  }, [cluster, tick, size, positions, radius, palette, playing, speed]);

  return (
    <div ref={boxRef} className="topology-box">
      <canvas
        ref={linksRef}
        className="topology-canvas"
        style={{ width: size.width, height: size.height }}
        aria-hidden
      />
      <canvas
        ref={dotsRef}
        className="topology-canvas"
        style={{ width: size.width, height: size.height }}
        aria-hidden
      />
      <canvas
        ref={canvasRef}
        className="topology-canvas"
        style={{ width: size.width, height: size.height }}
        role="img"
        aria-label={`Network topology: ${topologySummary(cluster)}`}
        onClick={(e) => {
          const m = model.current;
          if (!m) return;
          const p = pointer(e);
          const node = nodeAt(m, p.x, p.y);
          const message = node === null ? messageAt(m, p.x, p.y) : null;
          if (node !== null) choose(node);
          else if (message !== null) menu({ message }, inParent(e, p));
        }}
        onContextMenu={(e) => {
          const m = model.current;
          if (!m) return;
          const p = pointer(e);
          const node = nodeAt(m, p.x, p.y);
          const message = node === null ? messageAt(m, p.x, p.y) : null;
          const link = node === null && message === null ? edgeAt(m, p.x, p.y) : null;
          const target: FaultTarget | null =
            node !== null ? { node } : message !== null ? { message } : link !== null ? { link } : null;
          if (!target) return;
          e.preventDefault();
          menu(target, inParent(e, p));
        }}
      />
    </div>
  );
}
