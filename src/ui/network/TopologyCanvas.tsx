import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { ClusterFrame } from '../../protocol';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { useBoxSize } from '../stage/useBoxSize';
import { useCanvasPalette } from '../theme/useCanvasPalette';
import { drawTopology } from './drawTopology';
import { nodePositions, nodeRadius } from './topologyLayout';
import { edgeAt, messageAt, nodeAt, toTopologyModel, type TopologyModel } from './topologyModel';
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

/**
 * The topology, drawn by drawTopology over toTopologyModel. While playing at a set speed the messages glide: each
 * animation frame draws them at the tick the run will reach next, in proportion to the time since the last frame.
 */
export function TopologyCanvas({ cluster, tick, choose, menu }: Props) {
  const [boxRef, size] = useBoxSize<HTMLDivElement>({ width: 640, height: 420 }, true);
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
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
    // Setting a canvas's size, even to what it is, reallocates and clears it: only when the box changed.
    const [w, h] = [Math.round(size.width * ratio), Math.round(size.height * ratio)];
    if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
    const paint = (at: number) => {
      model.current = toTopologyModel(cluster, at, size.width, size.height, positions, radius);
      drawTopology(ctx, model.current, palette, ratio);
    };
    paint(tick);
    if (!playing || speed === 'max' || typeof requestAnimationFrame !== 'function') return;
    const since = performance.now();
    let handle = requestAnimationFrame(function glide(now: number) {
      paint(tick + Math.min(1, ((now - since) * speed) / 1000));
      handle = requestAnimationFrame(glide);
    });
    return () => cancelAnimationFrame(handle);
  }, [cluster, tick, size, positions, radius, palette, playing, speed]);

  return (
    <div ref={boxRef} className="topology-box">
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
