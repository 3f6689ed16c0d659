import type { FsckAnswers } from '../../core/index';
import { FsPicture } from './FsPicture';

/**
 * fsck.py's answer: the corrupted file system with what changed outlined and what our fsck flags marked, our
 * fsck's findings in words, the corruption as fsck.py names it, and the file system before it.
 */
export function FsckView({ answer }: { answer: FsckAnswers }) {
  const { corruption, findings } = answer;
  const flagged = {
    inodes: new Set(findings.flatMap((f) => f.inodes)),
    blocks: new Set(findings.flatMap((f) => f.blocks)),
  };
  if (answer.outOf)
    return (
      <p className="ostep-error" role="note">
        The workload ran out of {answer.outOf} before the corruption, and fsck.py stops there.
      </p>
    );
  return (
    <section className="ostep-vsfs" aria-label="Corrupted file system">
      <p className="ostep-explanation">
        <strong>The corruption:</strong>{' '}
        {corruption ? (
          <span className="mono">{corruption.text}</span>
        ) : (
          'none (-D): the file system is as the workload left it.'
        )}
      </p>
      <h3 className="ostep-subhead">After the corruption</h3>
      <p className="muted">Outlined: what the corruption changed. Dashed red: what our fsck flags.</p>
      <FsPicture state={answer.final} before={answer.initial} flagged={flagged} />
      <h3 className="ostep-subhead">What our fsck finds</h3>
      {findings.length === 0 ? (
        <p>
          Nothing: every bitmap bit, pointer, directory entry and link count agrees.
          {corruption?.kind === 'entryName' &&
            ' A name changed to one that is not taken breaks no rule, so no fsck can see it.'}
        </p>
      ) : (
        <ul aria-label="fsck findings">
          {findings.map((f) => (
            <li key={f.message}>{f.message}</li>
          ))}
        </ul>
      )}
      <details>
        <summary>The file system before the corruption</summary>
        <FsPicture state={answer.initial} before={null} />
      </details>
    </section>
  );
}
