import { useId, useMemo, useState } from 'react';
import { crashPoint, type CrashPoint } from '../../core/fs/crash/crashPoint';
import { homeName } from '../../core/fs/crash/homeName';
import { imageText } from '../../core/fs/crash/imageText';
import {
  JOURNAL_MODE_LABELS,
  JOURNAL_MODE_PROMISES,
  JOURNAL_MODES,
  type JournalMode,
} from '../../core/fs/crash/journalMode';
import { planWrites, type BlockWrite, type CrashPlan, type WriteKind } from '../../core/fs/crash/planWrites';
import type { DiskGeometry } from '../../core/fs/crash/diskLayout';
import type { FsOp } from '../../core/fs/fsOp';
import { StepControls } from '../ostep/StepControls';
import { useStepper } from '../ostep/useStepper';
import '../ostep/ostep.css';
import './crashExplorer.css';

interface Props {
  /** the operations whose block writes are crashed between */
  workload: readonly FsOp[];
  geometry: DiskGeometry;
  /** the journal mode shown first */
  initialMode?: JournalMode;
}

const KIND_LABELS: Readonly<Record<WriteKind, string>> = {
  metadata: 'metadata in place',
  data: 'data in place',
  journal: 'journal',
  commit: 'commit (TxE)',
  checkpoint: 'checkpoint',
};

/**
 * The crash-point explorer: a workload's block writes as a numbered strip, a crash after any of them, and what
 * the disk then holds, what replay does at mount, what fsck finds and repairs, and what became of each operation.
 */
export function CrashExplorerPanel({ workload, geometry, initialMode = 'ordered' }: Props) {
  const [mode, setMode] = useState<JournalMode>(initialMode);
  const radios = useId();
  const planned = useMemo(() => planWrites(workload, geometry, mode), [workload, geometry, mode]);
  const stepper = useStepper(planned.ok ? planned.plan.writes.length + 1 : 1);
  const point = useMemo(() => (planned.ok ? crashPoint(planned.plan, stepper.step) : null), [planned, stepper.step]);
  return (
    <section className="crash-explorer" aria-label="Crash-point explorer" onKeyDown={stepper.onKeyDown}>
      <div role="radiogroup" aria-label="Journal mode" className="crash-modes">
        {JOURNAL_MODES.map((m) => (
          <label key={m}>
            <input type="radio" name={radios} checked={m === mode} onChange={() => setMode(m)} />
            {JOURNAL_MODE_LABELS[m]}
          </label>
        ))}
      </div>
      <p className="muted">{JOURNAL_MODE_PROMISES[mode]}</p>
      {!planned.ok ? (
        <p className="ostep-error" role="alert">
          {planned.error.message}
        </p>
      ) : (
        point && (
          <>
            <WriteStrip plan={planned.plan} after={point.after} onPick={stepper.go} />
            <StepControls
              stepper={stepper}
              label="Crash after write"
              valueText={point.after === 0 ? 'before the first write' : `after write ${point.after}`}
            />
            <p role="status" className="crash-summary">
              {point.summary}
            </p>
            <CrashReport plan={planned.plan} point={point} />
          </>
        )
      )}
    </section>
  );
}

function WriteStrip({ plan, after, onPick }: { plan: CrashPlan; after: number; onPick(n: number): void }) {
  const kinds = [...new Set(plan.writes.map((w) => w.kind))];
  return (
    <div className="crash-strip-box">
      <ol className="crash-strip" aria-label="Block writes">
        {plan.writes.map((w: BlockWrite) => (
          <li key={w.n}>
            <button
              type="button"
              className={`crash-write crash-${w.kind}${w.n > after ? ' crash-lost' : ''}${plan.writes[w.n - 2]?.op !== w.op ? ' crash-op-start' : ''}`}
              aria-label={`Write ${w.n}: ${w.what} (${KIND_LABELS[w.kind]}, block ${w.address}, operation ${w.op + 1})`}
              aria-current={w.n === after ? 'step' : undefined}
              title={`${w.n}. ${w.what}`}
              onClick={() => onPick(w.n)}
            >
              {w.n}
            </button>
          </li>
        ))}
      </ol>
      <ul className="crash-legend" aria-label="Kinds of write">
        {kinds.map((k) => (
          <li key={k}>
            <span className={`crash-swatch crash-${k}`} aria-hidden="true" /> {KIND_LABELS[k]}
          </li>
        ))}
        <li>
          <span className="crash-swatch crash-lost" aria-hidden="true" /> not on disk at the crash
        </li>
      </ul>
    </div>
  );
}

function CrashReport({ plan, point }: { plan: CrashPlan; point: CrashPoint }) {
  const names = homeName(plan.layout, point.repaired);
  const replayed = point.replay.disk;
  const written = point.disk.flatMap((image, a) => {
    const after = replayed[a] ?? image;
    if (image.kind === 'zero' && after.kind === 'zero') return [];
    const text = imageText(image);
    const then = imageText(after);
    return [{ a, text, replay: then === text ? null : then }];
  });
  const last = plan.writes[point.after - 1]?.address;
  return (
    <div className="crash-report">
      <section aria-label="Disk image">
        <h3 className="ostep-subhead">The disk at the crash</h3>
        <p className="muted">{point.crash}</p>
        <table className="crash-disk">
          <caption className="muted">
            The {written.length} of {point.disk.length} blocks that hold something (and what replay writes over them);
            the rest were never written.
          </caption>
          <thead>
            <tr>
              <th scope="col">Block</th>
              <th scope="col">What it is</th>
              <th scope="col">What it holds</th>
            </tr>
          </thead>
          <tbody>
            {written.map(({ a, text, replay }) => (
              <tr key={a} className={a === last ? 'crash-last' : undefined}>
                <th scope="row">{a}</th>
                <td>{names(a)}</td>
                <td className="mono">
                  {text}
                  {replay !== null && <div className="crash-replayed">replay writes: {replay}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-label="Replay">
        <h3 className="ostep-subhead">Mount: journal replay</h3>
        <p>{point.replay.sentence}</p>
      </section>
      <section aria-label="fsck">
        <h3 className="ostep-subhead">fsck</h3>
        {point.findings.length === 0 ? (
          <p>fsck finds nothing: every bitmap bit, pointer, directory entry and link count agrees.</p>
        ) : (
          <>
            <ul aria-label="fsck findings">
              {point.findings.map((f) => (
                <li key={f.message}>{f.message}</li>
              ))}
            </ul>
            <ol aria-label="Repairs">
              {point.repairs.map((r) => (
                <li key={r.message}>{r.message}</li>
              ))}
            </ol>
            <p>
              {point.findingsAfterRepair.length === 0
                ? 'After repair fsck finds nothing.'
                : `After repair fsck still finds: ${point.findingsAfterRepair.map((f) => f.message).join('; ')}.`}
            </p>
          </>
        )}
      </section>
      <section aria-label="Operations after the crash">
        <h3 className="ostep-subhead">The operations</h3>
        <ul className="crash-fates">
          {point.fates.map((f) => (
            <li key={f.op} className={`crash-fate-${f.status}`}>
              {f.sentence}
            </li>
          ))}
          {point.extras.map((e) => (
            <li key={e} className="crash-fate-damaged">
              {e}.
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
