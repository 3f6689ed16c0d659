import { useMemo } from 'react';
import type { MultilevelTranslateAnswers } from '../../core/index';
import { locate, multilevelPicture, pageKinds, walkStarts, type PageCell } from './multilevelPicture';
import { StepControls } from './StepControls';
import { useStepper } from './useStepper';

const COLUMNS = 16;
const CELL = 26;

const KIND_WORDS: Record<PageCell['kind'], string> = {
  directory: 'the page directory',
  table: 'a page of the page table',
  data: 'a mapped page',
  free: 'not mapped',
};

const ROLE_WORDS = { directory: 'directory', table: 'page table', data: 'data', fault: 'fault' } as const;

const hex = (n: number, width: number) => `0x${n.toString(16).padStart(width, '0')}`;

function pageLabel(c: PageCell): string {
  return `page ${c.page}: ${KIND_WORDS[c.kind]}${c.role ? `; read in this walk (${ROLE_WORDS[c.role]})` : ''}`;
}

/**
 * paging-multilevel-translate.py's answer: the memory dump as a grid of pages (the directory the PDBR names, the
 * table pages, the mapped pages), each address's walk step by step with the directory page, the table page and
 * the data page lit in turn, the page read at that step byte by byte, and the steps in words beside it.
 */
export function MultilevelTranslateView({ answer }: { answer: MultilevelTranslateAnswers }) {
  const kinds = useMemo(() => pageKinds(answer), [answer]);
  const { starts, total } = useMemo(() => walkStarts(answer), [answer]);
  const stepper = useStepper(total);
  const at = locate(starts, stepper.step);
  const t = answer.translations[at.translation];
  const model = multilevelPicture(answer, kinds, at.translation, at.step);
  const current = model.steps.find((s) => s.current)?.text ?? '';
  const rows = Math.ceil(model.pages.length / COLUMNS);
  return (
    <section className="ostep-multilevel" aria-label="Two-level page table" onKeyDown={stepper.onKeyDown}>
      <p className="ostep-totals">
        PDBR: page <strong>{answer.pdbr}</strong> holds the page directory; {answer.memory.length} pages of{' '}
        {answer.memory[0]?.length ?? 0} bytes.
      </p>
      {!t ? (
        <p>No address to translate.</p>
      ) : (
        <>
          <StepControls
            stepper={stepper}
            label="Walk step"
            valueText={`Address ${at.translation + 1}, ${hex(t.va, 4)}: ${current}`}
          />
          <p aria-live="polite">
            Address {at.translation + 1} of {answer.translations.length}: <code>{hex(t.va, 4)}</code> — {current}
          </p>
          <div className="multilevel-stage">
            <svg
              className="multilevel-pages"
              viewBox={`0 0 ${COLUMNS * CELL} ${rows * CELL}`}
              role="img"
              aria-label={`Memory: ${model.pages
                .filter((c) => c.role !== null || c.kind === 'directory')
                .map(pageLabel)
                .join('; ')}`}
            >
              {model.pages.map((c) => (
                <g key={c.page}>
                  <rect
                    x={(c.page % COLUMNS) * CELL + 1}
                    y={Math.floor(c.page / COLUMNS) * CELL + 1}
                    width={CELL - 2}
                    height={CELL - 2}
                    className={`multilevel-page ${c.kind}${c.role ? ` role-${c.role}` : ''}${c.current ? ' current' : ''}`}
                  >
                    <title>{pageLabel(c)}</title>
                  </rect>
                  <text
                    x={(c.page % COLUMNS) * CELL + CELL / 2}
                    y={Math.floor(c.page / COLUMNS) * CELL + CELL / 2 + 4}
                    textAnchor="middle"
                    className="multilevel-page-number"
                  >
                    {c.page}
                  </text>
                </g>
              ))}
            </svg>
            <ol className="multilevel-steps" aria-label="The walk">
              {model.steps.map((s, i) => (
                <li key={i} aria-current={s.current ? 'step' : undefined} className={s.done ? 'done' : undefined}>
                  {s.text}
                </li>
              ))}
            </ol>
          </div>
          {model.focus && (
            <table className="ostep-table multilevel-bytes">
              <caption>
                Page {model.focus.page} ({ROLE_WORDS[model.focus.role]}), byte by byte
              </caption>
              <tbody>
                <tr>
                  <th scope="row">Byte</th>
                  {model.focus.bytes.map((b) => (
                    <td key={b.index} className={b.lit ? 'lit' : undefined}>
                      {b.index}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Value</th>
                  {model.focus.bytes.map((b) => (
                    <td key={b.index} className={b.lit ? 'lit mono' : 'mono'} aria-current={b.lit ? 'true' : undefined}>
                      {b.hex}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
