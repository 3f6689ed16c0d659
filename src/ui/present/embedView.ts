/** The views a page can embed on its own (slides, learning platforms). */
export const EMBED_VIEWS = ['gantt', 'memory', 'queues', 'table', 'compare'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/**
 * `?embed=1&view=gantt|memory|queues|table|compare` → that view; `embed=1` (or `true`) without a known
 * view → the Gantt chart; no embed parameter (or embed=0) → null, the full app. Accepts a search string
 * with or without its "?". Pure.
 */
export function embedView(search: string): EmbedView | null {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const embed = params.get('embed')?.trim().toLowerCase();
  if (embed !== '1' && embed !== 'true' && embed !== '') return null;
  const view = params.get('view')?.trim().toLowerCase();
  return (EMBED_VIEWS as readonly string[]).includes(view ?? '') ? (view as EmbedView) : 'gantt';
}
