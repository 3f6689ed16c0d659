import { vsfsExplain } from '../../core/ostep/vsfs/vsfsExplain';
import { vsfsOpLine } from '../../core/ostep/vsfs/vsfsText';
import type { VsfsAnswers, VsfsState } from '../../core/ostep/answers';
import type { VsfsOp } from '../../core/ostep/vsfs/vsfsPlan';
import { FsPicture, ones } from './FsPicture';
import { StepControls } from './StepControls';
import { StepsTable } from './StepsTable';
import { useStepper } from './useStepper';

/**
 * vsfs.py step by step: the file system's bitmaps, inodes and data blocks after each operation, what changed
 * marked and explained, and every operation in a table.
 */
export function VsfsView({ answer }: { answer: VsfsAnswers }) {
  const stepper = useStepper(answer.states.length + 1);
  const k = stepper.step;
  const state = k === 0 ? answer.initial : (answer.states[k - 1] as VsfsState);
  const before = k === 0 ? null : k === 1 ? answer.initial : (answer.states[k - 2] as VsfsState);
  const op = answer.ops[k - 1];
  // An operation's line ends in its own semicolon, as OSTEP prints it.
  const title = op
    ? `Operation ${k} of ${answer.ops.length}: ${vsfsOpLine(op)}`
    : 'The file system before the first operation.';
  const explanation =
    op && before
      ? vsfsExplain(op, before, state)
      : 'Inode 0 is the root directory; its data block 0 holds "." and "..", both naming the root itself.';
  return (
    <section className="ostep-vsfs" aria-label="File system" onKeyDown={stepper.onKeyDown}>
      <StepControls stepper={stepper} label="Operation" valueText={title} />
      <p className="ostep-explanation" aria-live="polite">
        <strong>{title}</strong> {explanation}
      </p>
      <FsPicture state={state} before={before} />
      {answer.outOf && (
        <p className="ostep-error" role="note">
          The run stopped early: the file system ran out of {answer.outOf}, as vsfs.py stops.
        </p>
      )}
      <VsfsOpsTable answer={answer} current={k} onGo={stepper.go} />
    </section>
  );
}

function VsfsOpsTable({ answer, current, onGo }: { answer: VsfsAnswers; current: number; onGo(step: number): void }) {
  return (
    <StepsTable
      caption="All operations"
      noun="Operation"
      count={answer.ops.length}
      current={current}
      onGo={onGo}
      headings={['Call', 'Inodes in use', 'Blocks in use']}
      short
      renderCells={(n) => {
        const s = answer.states[n - 1] as VsfsState;
        return (
          <>
            <td className="mono nowrap">{vsfsOpLine(answer.ops[n - 1] as VsfsOp)}</td>
            <td>{ones(s.inodeBitmap)}</td>
            <td>{ones(s.dataBitmap)}</td>
          </>
        );
      }}
    />
  );
}
