import type { ReactNode } from 'react';
import type { AppState, ViewName } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { NarrationPanel } from '../narration/NarrationPanel';
import { PanelTabs, type PanelContent } from './PanelTabs';
import { STAGE_PANELS } from './views';
import './stage.css';

export type { PanelContent } from './PanelTabs';

interface Props {
  view: ViewName;
  /** the accessible name of the main picture's region */
  label: string;
  picture: ReactNode;
  /** the view's panels (STAGE_PANELS names them), by id */
  panels: PanelContent;
  /** docked above the narration: what asks the audience about the picture (the "who runs next?" prompt) */
  beside?: ReactNode;
  /** false on a view whose picture does not follow the tick (Compare): no narration column */
  narration?: boolean;
}

const selectDrawerClosed = (s: AppState) => s.drawerClosed;
const selectDrawerTall = (s: AppState) => s.drawerTall;

/**
 * The frame every view with a picture uses: the picture takes most of the room, the narration is docked
 * beside it, and the secondary panels share a drawer below it, one at a time behind tabs, so nothing
 * scrolls the picture or the narration away.
 */
export function Stage({ view, label, picture, panels, beside, narration = true }: Props) {
  const store = useAppStore();
  const closed = useApp(selectDrawerClosed);
  const tall = useApp(selectDrawerTall);
  const hasPanels = (STAGE_PANELS[view] ?? []).some((p) => panels[p.id] && !panels[p.id]!.hidden);
  return (
    <div
      className="stage"
      data-drawer={closed ? 'closed' : tall ? 'tall' : 'open'}
      data-narration={narration ? 'on' : 'off'}
    >
      <section className="stage-picture" aria-label={label}>
        {picture}
      </section>
      {narration && (
        <aside className="stage-narration" aria-label="Narration">
          {beside}
          <NarrationPanel />
        </aside>
      )}
      {hasPanels && (
        <section className="stage-drawer" aria-label={`${label} panels`}>
          <PanelTabs
            view={view}
            panels={panels}
            fold={{ folded: closed, toggle: () => store.getState().setDrawerClosed(!closed) }}
            enlarge={{ tall, toggle: () => store.getState().setDrawerTall(!tall) }}
          />
        </section>
      )}
    </div>
  );
}
