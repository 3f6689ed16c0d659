import { useState } from 'react';
import { LFS_BLOCK_NAMES } from '../../core/fs/lfs/lfsTypes';
import type { LfsAnswers } from '../../core/ostep/answers';
import { lfsCells } from './lfsPicture';

const rcText = (rc: number | null) => (rc === null ? 'skipped' : rc < 0 ? 'failed' : `returned ${rc}`);

/**
 * lfs.py's answer: the log as a row of blocks coloured by kind; the chosen block's contents, its liveness and why,
 * and its pointers marked on the row (the checkpoint region to the inode-map pieces, a piece to its inodes, an
 * inode to its blocks); liveness hidden until asked, as lfs.py asks it; each command with the blocks it appended.
 */
export function LfsView({ answer }: { answer: LfsAnswers }) {
  const [showLive, setShowLive] = useState(false);
  const [chosen, setChosen] = useState<number | null>(0);
  const [step, setStep] = useState<number | null>(null);
  const cells = lfsCells(answer, { showLive, chosen, step });
  const block = chosen === null ? undefined : answer.final[chosen];
  const live = answer.final.filter((b) => b.live).length;
  return (
    <section className="ostep-lfs" aria-label="Log">
      <p className="ostep-totals">
        {answer.final.length} blocks in the log
        {showLive && (
          <>
            : <strong>{live}</strong> live, <strong>{answer.final.length - live}</strong> dead (garbage a cleaner may
            reclaim)
          </>
        )}
        .
      </p>
      <label>
        <input type="checkbox" checked={showLive} onChange={(e) => setShowLive(e.target.checked)} /> Show which blocks
        are live
      </label>
      <ul className="lfs-legend" aria-label="Block kinds">
        {Object.entries(LFS_BLOCK_NAMES).map(([kind, name]) => (
          <li key={kind}>
            <span className={`lfs-swatch lfs-${kind}`} aria-hidden="true" /> {name}
          </li>
        ))}
      </ul>
      <div className="ostep-scroll" tabIndex={0} role="group" aria-label="Log blocks (scrolls)">
        <ol className="lfs-log" aria-label="Log blocks">
          {cells.map((c) => (
            <li key={c.addr}>
              <button
                type="button"
                className={[
                  'lfs-block',
                  `lfs-${c.kind}`,
                  c.live === false ? 'dead' : c.live ? 'live' : '',
                  c.mark ?? '',
                  c.inStep ? 'in-step' : '',
                ].join(' ')}
                aria-pressed={c.mark === 'chosen'}
                aria-label={c.label}
                onClick={() => setChosen(c.mark === 'chosen' ? null : c.addr)}
              >
                {c.addr}
              </button>
            </li>
          ))}
        </ol>
      </div>
      {block && (
        <div className="lfs-chosen" aria-live="polite" role="status" aria-label="Chosen block">
          <p>
            Block <strong>{block.addr}</strong>, {LFS_BLOCK_NAMES[block.kind]}: <code>{block.text}</code>
          </p>
          <p>
            {block.points.length > 0 ? `Points to ${block.points.join(', ')}. ` : ''}
            {showLive
              ? `${block.why[0]?.toUpperCase()}${block.why.slice(1)}.`
              : 'Live or dead? Work it out from the checkpoint region, then show the answer.'}
          </p>
        </div>
      )}
      <details>
        <summary>Each command and the blocks it appended</summary>
        <ol className="lfs-steps">
          {answer.steps.map((s, i) => (
            <li key={i} className={i === step ? 'current' : undefined}>
              <button
                type="button"
                className="link-button mono"
                aria-pressed={i === step}
                onClick={() => setStep(i === step ? null : i)}
              >
                {s.command || '(empty)'}
              </button>{' '}
              {rcText(s.rc)}. {s.explanation}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
