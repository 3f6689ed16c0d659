import type { ForkAnswers } from '../../core/index';
import { FORK_BOX_HEIGHT, forkPicture } from './forkPicture';
import { StepControls } from './StepControls';
import { StepsTable } from './StepsTable';
import { useStepper } from './useStepper';

/**
 * fork.py step by step: the process tree after each action drawn as boxes and lines (a tree of tree items for
 * screen readers), what the action did in words, and every action in a table.
 */
export function ForkView({ answer }: { answer: ForkAnswers }) {
  const stepper = useStepper(answer.steps.length + 1);
  const p = forkPicture(answer, stepper.step);
  return (
    <section className="ostep-fork" aria-label="Process tree" onKeyDown={stepper.onKeyDown}>
      <StepControls stepper={stepper} label="Action" valueText={p.title} />
      <p className="ostep-explanation" aria-live="polite">
        <strong>{p.title}</strong> {p.explanation}
      </p>
      <div className="fork-picture" style={{ width: p.width, height: p.height }}>
        <svg width={p.width} height={p.height} aria-hidden="true">
          {p.edges.map((e) => (
            <path key={e.key} d={e.d} className={e.changed ? 'fork-edge changed' : 'fork-edge'} />
          ))}
        </svg>
        <div role="tree" aria-label={`The process tree, ${p.title}`}>
          {p.boxes.map((b) => (
            <div
              key={b.name}
              role="treeitem"
              aria-level={b.level}
              aria-posinset={b.posInSet}
              aria-setsize={b.setSize}
              aria-selected={false}
              aria-label={b.label}
              className={b.mark ? `fork-box ${b.mark}` : 'fork-box'}
              style={{ left: b.x, top: b.y, width: b.width, height: FORK_BOX_HEIGHT }}
            >
              {b.name}
            </div>
          ))}
        </div>
      </div>
      {p.hidden > 0 && (
        <p className="muted">{p.hidden} more processes are not drawn; OSTEP&apos;s output lists them all.</p>
      )}
      <StepsTable
        caption="All actions"
        noun="Action"
        count={answer.steps.length}
        current={stepper.step}
        onGo={stepper.go}
        headings={['What fork.py prints', 'Processes after']}
        short
        renderCells={(n) => {
          const s = answer.steps[n - 1];
          return (
            <>
              <td className="mono nowrap">{s?.text}</td>
              <td>{s?.tree.length}</td>
            </>
          );
        }}
      />
    </section>
  );
}
