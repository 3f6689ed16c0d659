import { useState } from 'react';
import type { FsPicture } from '../../core/index';
import { JOURNAL_MODE_LABELS, JOURNAL_MODE_PROMISES } from '../../core/fs/crash/journalMode';
import type { FormAnswer } from '../memory/types';
import { FactList } from './FactList';

interface Props {
  journal: NonNullable<FsPicture['figures']['journal']>;
  onCrash(): Promise<FormAnswer>;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What this node's disk holds against its memory (fs.journal): the mode and its promise, the changes waiting for a
 * commit, the commits being written, and the crashes so far; "Crash now" fails the power at the current tick, an
 * operation recorded in the scenario like any other, and the answer is the simulation's own sentence.
 */
export function NodeJournalPanel({ journal: j, onCrash }: Props) {
  const [answer, setAnswer] = useState<FormAnswer | null>(null);
  const rows: [string, string][] = [
    ['Journal', `${JOURNAL_MODE_LABELS[j.mode]}: ${JOURNAL_MODE_PROMISES[j.mode]}`],
    [
      'Commits',
      `${j.commitTicks} ticks after the first change since the last, and at sync: ${count(j.commits, 'commit')} so far, ${count(j.blockWrites, 'block write')} (${j.journalBlocks} into the journal)`,
    ],
    ['Not on disk', `${count(j.pending, 'change')} waiting for a commit; ${count(j.writing, 'commit')} being written`],
    [
      'Crashes',
      `${j.crashes}: ${count(j.operationsLost, 'change')} lost, ${count(j.transactionsReplayed, 'transaction')} replayed, ${count(j.fsckFixesAfterCrash, 'fsck fix', 'fsck fixes')} after them`,
    ],
  ];
  return (
    <section className="node-journal" aria-labelledby="node-journal-title">
      <h2 id="node-journal-title">This node&rsquo;s disk and its journal</h2>
      <FactList rows={rows} />
      <button type="button" onClick={() => void onCrash().then(setAnswer)}>
        Crash now
      </button>{' '}
      <span className="muted">the power fails at the current tick: what had not reached the disk is lost</span>
      <p role="status" className={answer?.ok === false ? 'error-text' : undefined}>
        {answer?.message ?? ''}
      </p>
    </section>
  );
}
