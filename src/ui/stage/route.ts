import type { ViewName } from '../../store/types';
import { STAGE_PANELS, VIEW_NAMES, isViewName } from './views';

/** Where the address bar points: a view (and maybe its panel), a name that is no view, or no route at all. */
export type Route =
  { kind: 'view'; view: ViewName; panel?: string } | { kind: 'unknown'; name: string } | { kind: 'none' };

const PREFIX = '#/';

/**
 * `#/memory/mmu` → the Memory view with its MMU walkthrough panel. A panel the view does not have is
 * dropped (the view still opens); anything not starting with `#/` (share links `#s=`, OSTEP links) is no
 * route. Pure.
 */
export function parseRoute(hash: string): Route {
  if (!hash.startsWith(PREFIX)) return { kind: 'none' };
  const [name = '', panel] = hash.slice(PREFIX.length).split('/').map(safeDecode);
  if (name === '') return { kind: 'none' };
  if (!isViewName(name)) return { kind: 'unknown', name };
  const known = panel !== undefined && STAGE_PANELS[name]?.some((p) => p.id === panel);
  return known ? { kind: 'view', view: name, panel } : { kind: 'view', view: name };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export const routeHash = (view: ViewName, panel?: string): string =>
  panel === undefined ? `${PREFIX}${view}` : `${PREFIX}${view}/${encodeURIComponent(panel)}`;

/** The sentence for a link naming a view that does not exist. */
export function unknownViewMessage(name: string): string {
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return `There is no view called “${shown}”. The views are: ${VIEW_NAMES.join(', ')}.`;
}
