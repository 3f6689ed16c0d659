import type { Exercise } from '../../core/index';

/** The problem statement: paragraphs and tables of givens. */
export function ExerciseProblem({ exercise }: { exercise: Exercise }) {
  return (
    <div>
      <h3 id="exercise-problem-title">
        {exercise.title} <span className="muted mono">({exercise.id})</span>
      </h3>
      {exercise.intro.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {exercise.tables.map((t) => (
        <div key={t.caption} className="table-scroll">
          <table className="teach-table">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                {t.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {t.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} className="mono">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
