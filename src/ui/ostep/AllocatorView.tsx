import type { HeapPicture, MallocAnswers, MallocStep } from '../../core/index';
import { FreeList } from './FreeList';
import { HeapBar } from './HeapBar';
import { freeListText, mallocOpText, mallocResultText } from './mallocText';
import { StepControls } from './StepControls';
import { StepsTable } from './StepsTable';
import { useStepper } from './useStepper';

interface Props {
  answer: MallocAnswers;
  /** the heap before the first step, then after each step */
  heap: readonly HeapPicture[];
}

/** The chunk a step is about: the one an allocation took, or the one a free gave back (as it was before). */
function focusOf(step: MallocStep | undefined, before: HeapPicture | undefined): number | null {
  if (!step) return null;
  if (step.op === 'alloc') return step.blockAddr;
  return step.skipped ? null : (before?.chunks.find((c) => c.ptrIndex === step.ptrIndex)?.addr ?? null);
}

const stepTitle = (steps: readonly MallocStep[], k: number) =>
  k === 0 ? 'Before the first step' : `Step ${k} of ${steps.length}: ${mallocOpText(steps[k - 1] as MallocStep)}`;

/**
 * malloc.py step by step: the heap after the step as a bar, the free list before it with the search's path
 * (the elements examined, in order, and the one taken), the free list after it, and every step in a table.
 */
export function AllocatorView({ answer, heap }: Props) {
  const stepper = useStepper(heap.length);
  const k = stepper.step;
  const picture = heap[k];
  const before = k > 0 ? heap[k - 1] : undefined;
  const title = stepTitle(answer.steps, k);
  return (
    <section className="ostep-allocator" aria-label="Allocator" onKeyDown={stepper.onKeyDown}>
      <StepControls stepper={stepper} label="Step" valueText={title} />
      {picture && (
        <>
          <p className="ostep-explanation" aria-live="polite">
            <strong>{title}.</strong> {picture.explanation}
          </p>
          <HeapBar
            picture={picture}
            caption={k === 0 ? 'The heap' : 'The heap after this step'}
            focus={focusOf(answer.steps[k - 1], before)}
          />
          <div className="ostep-freelists">
            {before && (
              <FreeList
                list={before.freeList}
                label="Free list before this step (the search's path)"
                searched={picture.searched}
                chosen={picture.chosen}
              />
            )}
            <FreeList list={picture.freeList} label={k === 0 ? 'Free list' : 'Free list after this step'} />
          </div>
        </>
      )}
      <MallocStepsTable steps={answer.steps} current={k} onGo={stepper.go} />
    </section>
  );
}

function MallocStepsTable({
  steps,
  current,
  onGo,
}: {
  steps: readonly MallocStep[];
  current: number;
  onGo(step: number): void;
}) {
  return (
    <StepsTable
      caption="All steps"
      noun="Step"
      count={steps.length}
      current={current}
      onGo={onGo}
      headings={['Operation', 'Ptr', 'Result', 'Searched', 'Free list after']}
      renderCells={(n) => {
        const s = steps[n - 1] as MallocStep;
        return (
          <>
            <td className="mono nowrap">{mallocOpText(s)}</td>
            <td className="nowrap">ptr[{s.ptrIndex}]</td>
            <td className="nowrap">{mallocResultText(s)}</td>
            <td>{s.op === 'alloc' ? s.searched : '—'}</td>
            <td>{s.op === 'free' && s.skipped ? '(unchanged)' : freeListText(s.freeList)}</td>
          </>
        );
      }}
    />
  );
}
