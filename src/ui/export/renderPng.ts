/** The largest canvas side we ask for, in device pixels: browsers refuse (or blank) much larger ones. */
export const MAX_CANVAS_SIDE = 16_384;

/**
 * Draws into a fresh off-screen canvas of `width` × `height` CSS pixels at `scale` device pixels per CSS
 * pixel and encodes it as PNG. `draw` gets the 2D context and sets its own transform (the draw functions
 * do). Null where there is no canvas (jsdom) or the browser could not encode it.
 */
export function renderPng(
  width: number,
  height: number,
  scale: number,
  draw: (ctx: CanvasRenderingContext2D) => void,
): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  draw(ctx);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), 'image/png'));
}

/** The export scale: 2× unless that would pass MAX_CANVAS_SIDE. */
export function exportScale(width: number, height: number, wanted = 2): number {
  return Math.max(0.25, Math.min(wanted, MAX_CANVAS_SIDE / Math.max(width, 1), MAX_CANVAS_SIDE / Math.max(height, 1)));
}
