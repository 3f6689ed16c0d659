/**
 * Paul Tol's "muted" qualitative scheme (colour-blind safe), then repeated with a pattern so that more
 * processes than colours stay distinguishable: colour is never the only cue.
 */
export const PROCESS_COLORS = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
] as const;
export const PATTERNS = ['solid', 'stripes', 'dots', 'cross'] as const;
export type Pattern = (typeof PATTERNS)[number];

/** Colour and pattern of a process, by pid: stable across views and runs. */
export function processLook(pid: number): { color: string; pattern: Pattern } {
  const i = Math.abs(pid) % (PROCESS_COLORS.length * PATTERNS.length);
  return {
    color: PROCESS_COLORS[i % PROCESS_COLORS.length] as string,
    pattern: PATTERNS[Math.floor(i / PROCESS_COLORS.length)] as Pattern,
  };
}

/** sRGB channel (0..255) to linear light, per WCAG. */
function lin(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Each fill's ink once worked out: the Gantt chart asks for every bar it draws, thousands at a far jump. */
const inks = new Map<string, string>();

/** Dark text on light fills and light text on dark ones (WCAG relative luminance). */
export function textColorOn(hex: string): string {
  const known = inks.get(hex);
  if (known !== undefined) return known;
  const n = parseInt(hex.slice(1), 16);
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  const ink = l > 0.35 ? '#111' : '#fff';
  inks.set(hex, ink);
  return ink;
}
