import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { MAX_FILE_CHARS } from '../../core/scenario/scenarioText';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { useUndoShortcut } from './useUndoShortcut';
import './share.css';

const selectCanUndo = (s: AppState) => s.undoStack.length > 0;
const selectReady = (s: AppState) => s.scenario !== null && s.status === 'ready';

/** What the note says when the clipboard cannot be written: the link is then selected for the user. */
const COPY_BY_HAND = 'Select the link and copy it (Ctrl+C or Cmd+C).';

type Shared = { kind: 'link'; url: string; tick: number; note: string } | { kind: 'tooBig'; reason: string } | null;

/**
 * Share (a link to the scenario at this tick), Import and Export (scenario files) and Undo. Everything
 * from a scenario is shown as React text, never as HTML.
 */
export function ShareBar() {
  const store = useAppStore();
  const canUndo = useApp(selectCanUndo);
  const ready = useApp(selectReady);
  const [shared, setShared] = useState<Shared>(null);
  const linkId = useId();
  const linkRef = useRef<HTMLInputElement>(null);
  useUndoShortcut();

  const copy = async (url: string): Promise<string> => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      return 'Copied to the clipboard.';
    } catch {
      return COPY_BY_HAND;
    }
  };
  const byHand = shared?.kind === 'link' && shared.note === COPY_BY_HAND;
  useEffect(() => {
    if (byHand) linkRef.current?.select();
  }, [byHand]);
  const share = async () => {
    const s = store.getState();
    const link = s.shareLink();
    if (!link.ok) {
      setShared({ kind: 'tooBig', reason: link.reason });
      return;
    }
    const tick = s.frame?.tick ?? 0;
    setShared({ kind: 'link', url: link.url, tick, note: '' });
    const note = await copy(link.url);
    setShared({ kind: 'link', url: link.url, tick, note });
  };
  const copyAgain = async (url: string, tick: number) => setShared({ kind: 'link', url, tick, note: await copy(url) });
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) reads it again.
    input.value = '';
    if (!file) return;
    const s = store.getState();
    // UTF-8 takes at most 4 bytes a character: a larger file cannot be within the limit.
    if (file.size > 4 * MAX_FILE_CHARS) {
      s.reportError(
        `file ${file.name}`,
        file.name,
        'at most 64 MiB',
        `${file.name} is too large to be a scenario (${file.size} bytes).`,
      );
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      s.reportError(`file ${file.name}`, file.name, 'a readable file', `${file.name} could not be read.`);
      return;
    }
    if ((await s.importFile(text, file.name)).ok) setShared(null);
  };

  return (
    <div className="share-bar">
      <div className="share-buttons" role="group" aria-label="Share and files">
        <button type="button" disabled={!ready} onClick={() => void share()}>
          Share
        </button>
        <label className={ready ? 'share-import' : 'share-import disabled'}>
          Import
          <input
            type="file"
            accept=".json,application/json"
            aria-label="Import scenario file"
            className="visually-hidden"
            disabled={!ready}
            onChange={(e) => void importFile(e)}
          />
        </label>
        <button
          type="button"
          disabled={!ready}
          title="Download scenario file"
          onClick={() => store.getState().exportScenario()}
        >
          Export
        </button>
        <button
          type="button"
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
          title="Undo the last change to the scenario (Ctrl+Z)"
          onClick={() => void store.getState().undo()}
        >
          Undo
        </button>
      </div>
      {shared?.kind === 'link' && (
        <div className="share-link">
          <label htmlFor={linkId}>Share link</label>
          <input
            id={linkId}
            ref={linkRef}
            readOnly
            value={shared.url}
            onFocus={(e) => e.currentTarget.select()}
            aria-describedby={`${linkId}-note`}
          />
          <button type="button" onClick={() => void copyAgain(shared.url, shared.tick)}>
            Copy
          </button>
          <span id={`${linkId}-note`} className="muted" role="status">
            Opens this scenario at tick {shared.tick}. {shared.note}
          </span>
        </div>
      )}
      {shared?.kind === 'tooBig' && (
        <div className="share-link" role="status">
          <span>{shared.reason}</span>
          <button type="button" onClick={() => store.getState().exportScenario()}>
            Download scenario file
          </button>
        </div>
      )}
    </div>
  );
}
