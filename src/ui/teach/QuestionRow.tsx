import type { Question, QuestionResult } from '../../core/index';

interface Props {
  question: Question;
  value: string;
  result: QuestionResult | null;
  revealed: boolean;
  onChange(value: string): void;
}

/** One prediction: its input, and after checking a verdict in words (✓/✗ are extra, never alone). */
export function QuestionRow({ question: q, value, result, revealed, onChange }: Props) {
  const inputId = `answer-${q.id}`;
  const feedbackId = `feedback-${q.id}`;
  const steps = result && !result.right ? result.explanation : revealed ? q.steps : [];
  return (
    <li className="teach-question">
      <label htmlFor={inputId}>{q.label}</label>
      <input
        id={inputId}
        value={value}
        placeholder={q.hint}
        autoComplete="off"
        aria-invalid={result ? !result.right : undefined}
        aria-describedby={result || revealed ? feedbackId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {(result || revealed) && (
        <p id={feedbackId} className={`teach-feedback ${result ? (result.right ? 'right' : 'wrong') : ''}`}>
          {result && <span aria-hidden="true">{result.right ? '✓ ' : '✗ '}</span>}
          {result ? result.verdict : `Answer: ${q.expected}.`}
        </p>
      )}
      {steps.length > 0 && (
        <details className="teach-steps" open={revealed || undefined}>
          <summary>How to get {q.label.charAt(0).toLowerCase() + q.label.slice(1)}</summary>
          <ol>
            {steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
