import { useRef } from 'react';

/**
 * ↑/↓ through earlier commands, as a shell does: ↑ from the line being typed keeps it as a draft, and ↓
 * past the newest entry gives the draft back.
 */
export function useHistoryRecall(history: () => readonly string[]) {
  // Index into history while recalling; null while editing a new line.
  const index = useRef<number | null>(null);
  const draft = useRef('');
  return {
    /** the text to show after moving by `delta` (-1 older, +1 newer), or null when there is nowhere to go */
    move(delta: -1 | 1, current: string): string | null {
      const h = history();
      if (index.current === null) {
        if (delta === 1 || h.length === 0) return null;
        draft.current = current;
        index.current = h.length - 1;
        return h[index.current] as string;
      }
      const next = index.current + delta;
      if (next < 0) return null;
      if (next >= h.length) {
        index.current = null;
        return draft.current;
      }
      index.current = next;
      return h[next] as string;
    },
    reset() {
      index.current = null;
    },
  };
}
