import { useId, type FormEvent } from 'react';
import { useShallow } from '../app/useShallow';
import type { OstepSolvedResult } from '../../store/ostepSlice';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { asksForAnswers } from './asksForAnswers';
import { OSTEP_EXAMPLES } from './examples';
import { OstepAnswer } from './OstepAnswer';
import { OstepLinkButton } from './OstepLinkButton';
import { useAnswerInView } from './useAnswerInView';
import './ostep.css';

/** A command that names a file with -f (or its long forms): the command file box opens for it. */
const READS_FILE = /(^|\s)(-f|--input_file|--addressfile)(\s|=|$)/;

const selectOstep = (s: AppState) => ({
  command: s.ostepCommand,
  file: s.ostepFile,
  result: s.ostepResult,
  error: s.ostepError,
  running: s.ostepRunning,
});

/**
 * The OSTEP view: type an OSTEP homework command and get OSTEP's answers, worked out on our core in the
 * worker: the script's own panel (the allocator step by step for malloc.py, the trace for process-run.py, …),
 * the text OSTEP prints, and for a workload script the scenario to play.
 */
export function OstepView() {
  const store = useAppStore();
  const id = useId();
  const { command, file, result, error, running } = useApp(useShallow(selectOstep));
  const run = (e: FormEvent) => {
    e.preventDefault();
    void store.getState().runOstep();
  };
  return (
    <div className="ostep-view">
      <form className="panel ostep-command" aria-labelledby={`${id}-title`} onSubmit={run} noValidate>
        <h2 id={`${id}-title`}>OSTEP homework</h2>
        <div className="ostep-command-row">
          <label htmlFor={`${id}-cmd`}>OSTEP command</label>
          <input
            id={`${id}-cmd`}
            type="text"
            value={command}
            onChange={(e) => store.getState().setOstepCommand(e.target.value)}
            placeholder={OSTEP_EXAMPLES[0]?.command}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
          />
          <button type="submit" className="primary" disabled={running}>
            Run
          </button>
        </div>
        <p id={`${id}-hint`} className="muted">
          A command of one of OSTEP&apos;s homework scripts with its own flags; add -c for the answers. The output below
          is what the script itself prints.
        </p>
        <div role="group" aria-label="Examples" className="ostep-examples">
          <span className="muted">Examples:</span>
          {OSTEP_EXAMPLES.map((e) => (
            <button
              key={e.script}
              type="button"
              title={e.command}
              onClick={() => void store.getState().runOstep(e.command, e.file ?? '')}
            >
              {e.script}.py
            </button>
          ))}
        </div>
        <details className="ostep-file" open={file !== '' || READS_FILE.test(command)}>
          <summary>Command file (ffs.py -f, paging-policy.py -f)</summary>
          <label htmlFor={`${id}-file`}>Command file</label>
          <textarea
            id={`${id}-file`}
            value={file}
            onChange={(e) => store.getState().setOstepFile(e.target.value)}
            rows={8}
            spellCheck={false}
            placeholder={'dir /a\nfile /a/b 3\ndelete /a/b'}
            aria-describedby={`${id}-file-hint`}
          />
          <p id={`${id}-file-hint`} className="muted">
            The text of the file the command&apos;s -f names (the browser reads no files): ffs.py&apos;s commands (file
            PATH BLOCKS, dir PATH, delete PATH, dump), or paging-policy.py&apos;s addresses.
          </p>
        </details>
        {error && (
          <p id={`${id}-error`} role="alert" className="ostep-error">
            {error}
          </p>
        )}
      </form>
      {result && <OstepResult result={result} stale={error !== null} />}
    </div>
  );
}

function OstepResult({ result, stale }: { result: OstepSolvedResult; stale: boolean }) {
  const store = useAppStore();
  const id = useId();
  const line = [`${result.script}.py`, ...result.argv].join(' ');
  const hasAnswer = result.answer !== null && result.answer !== undefined;
  // The answers panel starts over (step 1) for each new command.
  const panel = <OstepAnswer key={line} result={result} />;
  const ref = useAnswerInView<HTMLElement>(line);
  return (
    <>
      <section ref={ref} className="panel ostep-result" aria-labelledby={`${id}-title`}>
        <div className="ostep-result-head">
          <h2 id={`${id}-title`}>
            Answers to <code>{line}</code>
          </h2>
          <span className="ostep-result-actions">
            <OstepLinkButton />
            {result.scenario && (
              <button type="button" className="primary" onClick={() => void store.getState().playOstepScenario()}>
                Play as scenario
              </button>
            )}
          </span>
        </div>
        {stale && <p className="muted">These are the answers to the previous command.</p>}
        {!hasAnswer ? (
          <p className="muted">This command prints only text: see OSTEP&apos;s output.</p>
        ) : asksForAnswers(result) ? (
          panel
        ) : (
          <details>
            <summary>Show the answers (the command has no -c: work them out first)</summary>
            {panel}
          </details>
        )}
      </section>
      <details className="panel ostep-output" open={!hasAnswer}>
        <summary>OSTEP&apos;s output</summary>
        <pre tabIndex={0}>{result.text}</pre>
      </details>
    </>
  );
}
