import type { ClusterLayout } from '../../protocol';

export interface Point {
  x: number;
  y: number;
}

/** Room kept round the drawing for the nodes' labels, in CSS pixels. */
export const MARGIN = 36;

/**
 * Where each of `n` nodes sits in a `width`×`height` box, in CSS pixels: a ring (and any topology without a
 * picture of its own) as a circle from the top, clockwise; a grid row by row; a star with its hub in the middle
 * and the rest round it; a line from left to right.
 */
export function nodePositions(layout: ClusterLayout, n: number, width: number, height: number): Point[] {
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.max(0, Math.min(width, height) / 2 - MARGIN);
  const onCircle = (i: number, count: number): Point => {
    const angle = (2 * Math.PI * i) / Math.max(1, count) - Math.PI / 2;
    return { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
  };
  switch (layout.kind) {
    case 'grid': {
      const columns = Math.min(n, Math.max(1, layout.columns));
      const rows = Math.ceil(n / columns);
      const dx = (width - 2 * MARGIN) / Math.max(1, columns - 1);
      const dy = (height - 2 * MARGIN) / Math.max(1, rows - 1);
      return Array.from({ length: n }, (_, i) => ({
        x: columns === 1 ? cx : MARGIN + (i % columns) * dx,
        y: rows === 1 ? cy : MARGIN + Math.floor(i / columns) * dy,
      }));
    }
    case 'star': {
      const hub = layout.hub < n ? layout.hub : 0;
      let k = 0;
      return Array.from({ length: n }, (_, i) => (i === hub ? { x: cx, y: cy } : onCircle(k++, n - 1)));
    }
    case 'line': {
      const dx = (width - 2 * MARGIN) / Math.max(1, n - 1);
      return Array.from({ length: n }, (_, i) => ({ x: n === 1 ? cx : MARGIN + i * dx, y: cy }));
    }
    case 'ring':
    case 'circle':
      return Array.from({ length: n }, (_, i) => onCircle(i, n));
  }
}

/** A node's radius: as large as its neighbours on the drawing leave room for, between 5 and 20 pixels. */
export function nodeRadius(points: readonly Point[]): number {
  let nearest = Infinity;
  // Every pair: at most 64 nodes, 2,016 pairs, once per size or layout.
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i] as Point;
      const b = points[j] as Point;
      nearest = Math.min(nearest, Math.hypot(a.x - b.x, a.y - b.y));
    }
  return Math.max(5, Math.min(20, nearest === Infinity ? 20 : nearest * 0.32));
}
