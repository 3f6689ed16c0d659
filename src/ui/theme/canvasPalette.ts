/** Colours the canvas drawings (Gantt chart, memory grid) and their SVG exports take from the theme. */
export interface CanvasPalette {
  background: string;
  laneAlt: string;
  grid: string;
  text: string;
  muted: string;
  idle: string;
  idleHatch: string;
  switch: string;
  switchMark: string;
  cursor: string;
}

/** The light theme's values: the default when there is no DOM (tests, exports from Node). */
export const LIGHT_CANVAS: CanvasPalette = {
  background: '#ffffff',
  laneAlt: '#f6f6f9',
  grid: '#e2e2ea',
  text: '#1b1b1f',
  muted: '#5a5a66',
  idle: '#f1f1f1',
  idleHatch: '#c4c4cc',
  switch: '#2b2b33',
  switchMark: '#f5f5f5',
  cursor: '#a3162b',
};

/** The CSS variable (set in app.css per theme) behind each colour. */
const VARIABLES: Record<keyof CanvasPalette, string> = {
  background: '--canvas-bg',
  laneAlt: '--canvas-lane-alt',
  grid: '--canvas-grid',
  text: '--canvas-text',
  muted: '--canvas-muted',
  idle: '--canvas-idle',
  idleHatch: '--canvas-idle-hatch',
  switch: '--canvas-switch',
  switchMark: '--canvas-switch-mark',
  cursor: '--canvas-cursor',
};

/** Reads the palette from the root element's computed style; a variable that is missing keeps the light value. */
export function readCanvasPalette(
  root: Element | null = typeof document === 'undefined' ? null : document.documentElement,
): CanvasPalette {
  if (!root || typeof getComputedStyle !== 'function') return LIGHT_CANVAS;
  const style = getComputedStyle(root);
  const out = { ...LIGHT_CANVAS };
  for (const key of Object.keys(VARIABLES) as (keyof CanvasPalette)[]) {
    const v = style.getPropertyValue(VARIABLES[key]).trim();
    if (v) out[key] = v;
  }
  return out;
}
