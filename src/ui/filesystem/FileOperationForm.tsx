import { useId, useState, type FormEvent } from 'react';
import { CORRUPTION_NAMES, parseFsOp, type FsOp } from '../../core/fs/fsOp';
import type { FormAnswer } from '../memory/types';

interface Props {
  onOperate(op: FsOp): Promise<FormAnswer>;
}

const EXAMPLES = [
  'mkdir /models',
  'write /models/llm.bin 64KiB',
  'ln /models/llm.bin /latest',
  'mv /latest /current',
  'corrupt refcount',
];

const UNIT: Readonly<Record<string, number>> = { b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** "64KiB" as bytes, for the line's size; the parser then names a size it cannot take. */
function withBytes(line: string): string {
  return line.replace(/\b(\d+)(KiB|MiB|GiB|B)\b/gi, (_, n: string, u: string) =>
    String(Number(n) * (UNIT[u.toLowerCase()] ?? 1)),
  );
}

/**
 * One file operation at the current tick, typed as in a shell, or fsck at a button. It is recorded in the scenario like every other
 * operation; the simulation's narration says what it did, or the POSIX error that refused it.
 */
export function FileOperationForm({ onOperate }: Props) {
  const id = useId();
  const [line, setLine] = useState('');
  const [answer, setAnswer] = useState<FormAnswer | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseFsOp(withBytes(line));
    if (!parsed.ok) {
      setAnswer({ ok: false, message: parsed.error.message });
      return;
    }
    if ((await operate(parsed.op)).ok) setLine('');
  };
  const operate = async (op: FsOp) => {
    const done = await onOperate(op);
    setAnswer(done);
    return done;
  };
  return (
    <form className="file-operation" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>File operation</h2>
      <label htmlFor={`${id}-line`}>Operation (at the current tick)</label>
      <div className="file-operation-row">
        <input
          id={`${id}-line`}
          value={line}
          onChange={(e) => setLine(e.target.value)}
          placeholder="write /models/llm.bin 64KiB"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={answer?.ok === false}
          aria-describedby={`${id}-answer`}
        />
        <button type="submit" className="primary">
          Do it
        </button>
        <button type="button" onClick={() => void operate({ kind: 'fsck' })}>
          Run fsck
        </button>
      </div>
      <p className="muted">
        mkdir, touch, write PATH SIZE, truncate PATH BYTES, rm, rmdir, ln TARGET PATH, mv FROM TO; corrupt KIND breaks
        the file system as OSTEP&rsquo;s fsck.py does ({CORRUPTION_NAMES.join(', ')}) and Run fsck finds and repairs it.
        For example:{' '}
        {EXAMPLES.map((x, i) => (
          <span key={x}>
            {i > 0 && ', '}
            <button type="button" className="link" onClick={() => setLine(x)}>
              {x}
            </button>
          </span>
        ))}
        .
      </p>
      <p id={`${id}-answer`} role="status" className={answer?.ok === false ? 'error-text' : undefined}>
        {answer?.message ?? ''}
      </p>
    </form>
  );
}
