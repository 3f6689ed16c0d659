import { answerText } from '../../core/teach/grade';
import type { Question, QuestionResult } from '../../core/teach/types';

interface Props {
  question: Question;
  value: string;
  /** the grading of this answer, or null before checking (or after it was changed) */
  result: QuestionResult | null;
  revealed: boolean;
  onChange(value: string): void;
}

/** The widest placeholder in characters, plus room for the box's padding, so a hint is never cut off. */
function boxSize(hint: string): number {
  return Math.max(8, [...hint].length + 2);
}

/**
 * One prediction: its input, and a line kept for its verdict (empty until checked, so grading moves
 * nothing). A wrong verdict does not give the answer: it and the worked steps appear when the student asks.
 */
export function QuestionRow({ question: q, value, result, revealed, onChange }: Props) {
  const inputId = `answer-${q.id}`;
  const feedbackId = `feedback-${q.id}`;
  const showSteps = revealed && (!result || !result.right);
  const invalid = result ? !result.right : undefined;
  return (
    <li className="teach-question">
      {q.choices ? (
        // A multiple choice: a radio group, so arrow keys move between the choices and the label names the group.
        <fieldset role="radiogroup" className="teach-choices" aria-describedby={feedbackId} aria-invalid={invalid}>
          <legend>{q.label}</legend>
          {q.choices.map((c) => (
            <label key={c.value}>
              <input
                type="radio"
                name={inputId}
                value={c.value}
                checked={value === c.value}
                onChange={() => onChange(c.value)}
              />{' '}
              {c.label}
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <label htmlFor={inputId}>{q.label}</label>
          <input
            id={inputId}
            value={value}
            placeholder={q.hint}
            size={boxSize(q.hint)}
            autoComplete="off"
            aria-invalid={invalid}
            aria-describedby={feedbackId}
            onChange={(e) => onChange(e.target.value)}
          />
        </>
      )}
      <p id={feedbackId} className={`teach-feedback ${result ? (result.right ? 'right' : 'wrong') : ''}`}>
        {result && <span aria-hidden="true">{result.right ? '✓ ' : '✗ '}</span>}
        {result?.verdict}
        {revealed && (!result || !result.right) && (
          <span className="teach-answer"> Answer: {answerText(q, q.expected)}.</span>
        )}
      </p>
      {showSteps && (
        <details className="teach-steps">
          <summary>How to get {q.label.charAt(0).toLowerCase() + q.label.slice(1)}</summary>
          <ol>
            {q.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
