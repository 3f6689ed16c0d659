import { useEffect } from 'react';

export const HIGHLIGHT_CLASS = 'lesson-highlight';

/** Quotes a value for an attribute selector. */
const quoted = (s: string): string => `"${s.replace(/["\\]/g, '\\$&')}"`;

/**
 * The element a lesson step points at, in this order: a CSS selector (when the target starts with
 * `[`, `#` or `.`), an element with that data-lesson id or aria-label, then the section (or panel) of
 * the first heading whose text starts with the target. Null when none is on screen.
 */
export function findRegion(root: ParentNode, target: string): HTMLElement | null {
  const t = target.trim();
  if (t === '') return null;
  if (/^[[#.]/.test(t)) {
    try {
      return root.querySelector<HTMLElement>(t);
    } catch {
      return null;
    }
  }
  const byName = root.querySelector<HTMLElement>(`[data-lesson=${quoted(t)}], [aria-label=${quoted(t)}]`);
  if (byName) return byName;
  for (const h of root.querySelectorAll<HTMLElement>('h1, h2, h3, h4')) {
    if ((h.textContent ?? '').trim().startsWith(t))
      return h.closest<HTMLElement>('section, [role="region"], .panel') ?? h;
  }
  return null;
}

/** How long to keep looking for a region that renders late (a memory snapshot arriving), in ms. */
const RETRY_MS = 100;
const RETRIES = 20;

/**
 * Outlines the target region while `enabled`; looks again whenever `again` changes (the step or the
 * view), and takes the outline off when the step moves on.
 */
export function useLessonHighlight(target: string | undefined, enabled: boolean, again: string | number): void {
  useEffect(() => {
    if (!enabled || !target) return undefined;
    let el: HTMLElement | null = null;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      el = findRegion(document, target);
      if (el) {
        el.classList.add(HIGHLIGHT_CLASS);
        // Which step outlined it: a changed step or view re-runs this effect and finds the region anew.
        el.dataset.lessonStep = String(again);
        el.scrollIntoView?.({ block: 'nearest' });
      } else if (tries++ < RETRIES) timer = setTimeout(apply, RETRY_MS);
    };
    apply();
    return () => {
      clearTimeout(timer);
      el?.classList.remove(HIGHLIGHT_CLASS);
      if (el) delete el.dataset.lessonStep;
    };
  }, [target, enabled, again]);
}
