import type { ReactNode } from 'react';
import type { AppState, ViewName } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { NarrationPanel } from '../narration/NarrationPanel';
import { STAGE_PANELS } from './views';
import './stage.css';

/** A secondary panel's content; `hidden` ones have no tab (a heap panel without a heap). */
export type PanelContent = Readonly<Record<string, { render: () => ReactNode; hidden?: boolean }>>;

interface Props {
  view: ViewName;
  /** the accessible name of the main picture's region */
  label: string;
  picture: ReactNode;
  /** the view's panels (STAGE_PANELS names them), by id */
  panels: PanelContent;
  /** docked above the narration: what asks the audience about the picture (the "who runs next?" prompt) */
  beside?: ReactNode;
}

const selectPanels = (s: AppState) => s.panels;
const selectDrawerClosed = (s: AppState) => s.drawerClosed;

/**
 * The frame every view with a picture uses: the picture takes most of the room, the narration is docked
 * beside it, and the secondary panels share a drawer below it, one at a time behind tabs, so nothing
 * scrolls the picture or the narration away. The open panel is the store's (and so the URL's).
 */
export function Stage({ view, label, picture, panels, beside }: Props) {
  const store = useAppStore();
  const chosen = useApp(selectPanels)[view];
  const closed = useApp(selectDrawerClosed);
  const tabs = (STAGE_PANELS[view] ?? []).filter((p) => panels[p.id] && !panels[p.id]!.hidden);
  const open = tabs.find((p) => p.id === chosen) ?? tabs[0];
  const tabId = (id: string) => `stage-tab-${view}-${id}`;
  const bodyId = `stage-panel-${view}`;
  return (
    <div className="stage" data-drawer={closed ? 'closed' : 'open'}>
      <section className="stage-picture" aria-label={label}>
        {picture}
      </section>
      <aside className="stage-narration" aria-label="Narration">
        {beside}
        <NarrationPanel />
      </aside>
      {open && (
        <section className="stage-drawer" aria-label={`${label} panels`}>
          <div className="stage-tabs">
            <div role="tablist" aria-label="Panels">
              {tabs.map((p) => (
                <button
                  key={p.id}
                  type="button"
                  role="tab"
                  id={tabId(p.id)}
                  aria-selected={p.id === open.id}
                  aria-controls={bodyId}
                  className={p.id === open.id ? 'stage-tab active' : 'stage-tab'}
                  onClick={() => {
                    store.getState().setPanel(view, p.id);
                    store.getState().setDrawerClosed(false);
                  }}
                >
                  {p.label}
                </button>
              ))}
            </div>
            <button
              type="button"
              className="stage-fold"
              aria-expanded={!closed}
              aria-controls={bodyId}
              onClick={() => store.getState().setDrawerClosed(!closed)}
            >
              {closed ? 'Show panels' : 'Hide panels'}
            </button>
          </div>
          {!closed && (
            // Focusable: the panel scrolls inside its box, and keyboard users must be able to scroll it too.
            <div
              className="stage-drawer-body"
              role="tabpanel"
              id={bodyId}
              aria-labelledby={tabId(open.id)}
              tabIndex={0}
            >
              {panels[open.id]!.render()}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
