import type { PolicyResult } from './ReplacementComparison';

/**
 * One policy's run as the textbook frame table: a column per reference, a row per frame, then whether the
 * reference hit and which page was evicted. The page a miss brings in is bold and starred, so a miss is
 * visible without colour.
 */
export function ReplacementSteps({ result, frames }: { result: PolicyResult; frames: number }) {
  const steps = result.steps;
  return (
    <div className="memory-table-scroll" tabIndex={0}>
      <table className="memory-table replacement-steps">
        <caption>
          {result.policy} with {frames} frames, step by step: {result.misses} misses (* = page brought in by a miss)
        </caption>
        <thead>
          <tr>
            <th scope="row">Reference</th>
            {steps.map((s, i) => (
              <th key={i} scope="col">
                {s.ref}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: frames }, (_, f) => (
            <tr key={f}>
              <th scope="row">Frame {f}</th>
              {steps.map((s, i) => {
                const page = s.frames[f];
                const loaded = !s.hit && page === s.ref && steps[i - 1]?.frames[f] !== s.ref;
                return (
                  <td key={i}>
                    {page === null || page === undefined ? '—' : loaded ? <strong>{page}*</strong> : page}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row">Hit or miss</th>
            {steps.map((s, i) => (
              <td key={i} className={s.hit ? 'step-hit' : 'step-miss'}>
                {s.hit ? 'hit' : 'miss'}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Evicted</th>
            {steps.map((s, i) => (
              <td key={i}>{s.victim === null ? '—' : s.victim}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
