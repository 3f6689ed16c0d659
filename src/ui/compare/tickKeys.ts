/** What a key does to the keyboard's tick: move it (null = let it go), or zoom around it. */
export type TickKeyAction = { kind: 'move'; tick: number | null } | { kind: 'zoom'; factor: number; anchor: number };

/**
 * The picture's keys: ←/→ one tick (with shift, ten), Home/End the first and last tick, +/− zoom around the
 * tick, Escape lets it go. The first → starts at the left edge of the view. Null for any other key.
 */
export function tickKey(
  key: string,
  shift: boolean,
  at: { tick: number | null; viewStart: number; lastTick: number },
): TickKeyAction | null {
  const from = at.tick ?? Math.floor(at.viewStart);
  const step = shift ? 10 : 1;
  const clamp = (t: number) => Math.min(at.lastTick, Math.max(0, t));
  switch (key) {
    case 'ArrowRight':
      return { kind: 'move', tick: at.tick === null ? clamp(from) : clamp(from + step) };
    case 'ArrowLeft':
      return { kind: 'move', tick: clamp(from - step) };
    case 'Home':
      return { kind: 'move', tick: 0 };
    case 'End':
      return { kind: 'move', tick: at.lastTick };
    case 'Escape':
      return { kind: 'move', tick: null };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 0.5, anchor: from + 0.5 };
    case '-':
      return { kind: 'zoom', factor: 2, anchor: from + 0.5 };
    default:
      return null;
  }
}
