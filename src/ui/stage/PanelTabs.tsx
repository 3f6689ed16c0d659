import type { ReactNode } from 'react';
import type { AppState, ViewName } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { STAGE_PANELS } from './views';
import './stage.css';

/** A secondary panel's content; `hidden` ones have no tab (a heap panel without a heap). */
export type PanelContent = Readonly<Record<string, { render: () => ReactNode; hidden?: boolean }>>;

interface Props {
  view: ViewName;
  /** the view's panels (STAGE_PANELS names them), by id */
  panels: PanelContent;
  /** the drawer's fold button, beside the tabs; `folded` hides the open panel (its tab still shows which) */
  fold?: { folded: boolean; toggle(): void };
  /** the drawer's enlarge button: `tall` gives the open panel most of the stage, the picture a strip above it */
  enlarge?: { tall: boolean; toggle(): void };
}

const selectPanels = (s: AppState) => s.panels;

/**
 * A view's panels, one at a time behind tabs; the open one is the store's (and so the URL's). Choosing a tab
 * unfolds a folded drawer.
 */
export function PanelTabs({ view, panels, fold, enlarge }: Props) {
  const store = useAppStore();
  const chosen = useApp(selectPanels)[view];
  const tabs = (STAGE_PANELS[view] ?? []).filter((p) => panels[p.id] && !panels[p.id]!.hidden);
  const open = tabs.find((p) => p.id === chosen) ?? tabs[0];
  if (!open) return null;
  const tabId = (id: string) => `stage-tab-${view}-${id}`;
  const bodyId = `stage-panel-${view}`;
  return (
    <>
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
              title={p.short === undefined ? undefined : p.label}
              onClick={() => {
                store.getState().setPanel(view, p.id);
                if (fold?.folded) fold.toggle();
              }}
            >
              {p.short === undefined ? p.label : <Words long={p.label} short={p.short} />}
            </button>
          ))}
        </div>
        {enlarge && !fold?.folded && (
          <button
            type="button"
            className="stage-fold"
            aria-pressed={enlarge.tall}
            aria-controls={bodyId}
            onClick={enlarge.toggle}
            aria-label="Enlarge panels"
          >
            <Words long="Enlarge panels" short="Enlarge" />
          </button>
        )}
        {fold && (
          <button
            type="button"
            className="stage-fold"
            aria-expanded={!fold.folded}
            aria-controls={bodyId}
            onClick={fold.toggle}
            aria-label={fold.folded ? 'Show panels' : 'Hide panels'}
          >
            <Words long={fold.folded ? 'Show panels' : 'Hide panels'} short={fold.folded ? 'Show' : 'Hide'} />
          </button>
        )}
      </div>
      {!fold?.folded && (
        // Focusable: the panel scrolls inside its box, and keyboard users must be able to scroll it too.
        <div className="stage-drawer-body" role="tabpanel" id={bodyId} aria-labelledby={tabId(open.id)} tabIndex={0}>
          {panels[open.id]!.render()}
        </div>
      )}
    </>
  );
}

/**
 * A tab's or drawer button's visible words: the short form only where the stylesheet makes room for the tabs (stage.css
 * says where). The long form is then hidden from sight only, and the short one from assistive technology, so the
 * control's name is the long form either way: no aria-label, which a lesson step's target would match instead of the
 * panel's own heading.
 */
function Words({ long, short }: { long: string; short: string }) {
  return (
    <>
      <span className="stage-words-long">{long}</span>
      <span className="stage-words-short" aria-hidden="true">
        {short}
      </span>
    </>
  );
}
