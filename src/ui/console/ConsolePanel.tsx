import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { createConsoleRunner } from './consoleRunner';
import { useHistoryRecall } from './useHistoryRecall';
import './console.css';

export const PROMPT = 'bcos$ ';
const selectLines = (s: AppState) => s.consoleLines;
const selectBusy = (s: AppState) => s.consoleBusy;

/**
 * A terminal over the store: every command calls the same store actions as the buttons. Output is React
 * text only (never HTML), so nothing typed or narrated can inject markup.
 */
export function ConsolePanel() {
  const store = useAppStore();
  const lines = useApp(selectLines);
  const busy = useApp(selectBusy);
  const [value, setValue] = useState('');
  const [candidates, setCandidates] = useState<string[]>([]);
  const runner = useMemo(() => createConsoleRunner(store), [store]);
  const recall = useHistoryRecall(() => store.getState().consoleHistory);
  const logRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();

  // Follow the newest output, as a terminal does.
  useEffect(() => {
    const log = logRef.current;
    if (log && lines.length > 0) log.scrollTop = log.scrollHeight;
  }, [lines]);

  const edit = (text: string) => {
    setValue(text);
    setCandidates([]);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const line = value;
    edit('');
    recall.reset();
    void runner.run(line);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'l' && e.ctrlKey) {
      e.preventDefault();
      store.getState().clearConsole();
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const text = recall.move(e.key === 'ArrowUp' ? -1 : 1, value);
      if (text !== null) edit(text);
    } else if (e.key === 'Tab' && !e.shiftKey && value.trim() !== '') {
      // On an empty line Tab moves focus on as usual, so the console is never a keyboard trap.
      e.preventDefault();
      const c = runner.complete(value);
      setValue(c.line);
      setCandidates(c.candidates);
    }
  };

  return (
    <section className="panel console" aria-labelledby="console-title">
      <h2 id="console-title">Console</h2>
      <div className="console-screen">
        <div
          ref={logRef}
          className="console-log"
          role="log"
          aria-live="polite"
          aria-label="Console output"
          tabIndex={0}
        >
          {lines.length === 0 && (
            <div className="console-line console-hint">Type help and press Enter to see the commands.</div>
          )}
          {lines.map((l) => (
            <div key={l.id} className={`console-line is-${l.kind}`}>
              {l.kind === 'input' && <span aria-hidden="true">{PROMPT}</span>}
              {l.text}
            </div>
          ))}
        </div>
        <form className="console-input-row" onSubmit={submit} onClick={() => inputRef.current?.focus()}>
          <span className="console-prompt" aria-hidden="true">
            {PROMPT}
          </span>
          <input
            ref={inputRef}
            className="console-input"
            aria-label="Console command"
            aria-describedby={hintId}
            value={value}
            onChange={(e) => {
              edit(e.target.value);
              recall.reset();
            }}
            onKeyDown={onKeyDown}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
          />
          {busy && <span className="console-busy">running…</span>}
        </form>
        <p id={hintId} className="console-candidates" aria-live="polite">
          {candidates.length > 0 ? (
            candidates.join('  ')
          ) : (
            <span className="visually-hidden">
              Enter runs; Tab completes; up and down arrows recall earlier commands; Ctrl+L clears.
            </span>
          )}
        </p>
      </div>
    </section>
  );
}
