import type { MultiAnswers } from '../../core/index';
import { multiPicture } from './multiPicture';

/** Decisions listed with their reasons; the figures count them all. */
const SHOWN_DECISIONS = 200;

/**
 * multi.py's answer: each CPU as a row over time, each run in its job's colour, solid where the job's working set
 * was warm in that CPU's cache and hatched where it ran cold; the queues as they changed; and every scheduling and
 * cache decision in words.
 */
export function MultiView({ answer }: { answer: MultiAnswers }) {
  if (answer.refused) return <p className="ostep-totals">multi.py stops: {answer.refused}</p>;
  const p = multiPicture(answer);
  return (
    <section className="ostep-multi" aria-label="CPUs and caches">
      <p className="ostep-totals">
        {answer.jobs.length} jobs on {answer.cpus} CPUs, {answer.perCpuQueues ? 'a queue per CPU' : 'one shared queue'}:
        all finished at <strong>{answer.time}</strong>.
      </p>
      <div className="multi-timeline">
        {p.rows.map((row) => (
          <div key={row.cpu} className="multi-row">
            <span className="multi-cpu" title={row.label}>
              CPU {row.cpu}
            </span>
            <ol className="multi-track" aria-label={row.label}>
              {row.bars.map((b) => (
                <li
                  key={b.start}
                  className={b.warm ? 'multi-run warm' : 'multi-run cold'}
                  style={{ left: `${b.left}%`, width: `${b.width}%`, backgroundColor: `hsl(${b.hue} 65% 60%)` }}
                  aria-label={b.label}
                  title={`${b.label}: ${b.why}`}
                >
                  {b.job}
                </li>
              ))}
            </ol>
            {row.hidden > 0 && <span className="multi-more">+{row.hidden} runs</span>}
          </div>
        ))}
      </div>
      <p className="multi-legend">
        <span className="multi-run warm">warm</span> the job&apos;s working set is in this CPU&apos;s cache (runs at the
        warm rate); <span className="multi-run cold">cold</span> it is not.
      </p>
      <table className="ostep-table">
        <caption>Finish times</caption>
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Run time</th>
            <th scope="col">Working set</th>
            <th scope="col">Affinity</th>
            <th scope="col">Finished</th>
          </tr>
        </thead>
        <tbody>
          {answer.jobs.map((j, i) => (
            <tr key={j.name}>
              <th scope="row">{j.name}</th>
              <td>{j.runTime}</td>
              <td>{j.workingSet}</td>
              <td>{j.affinity.length === 0 ? 'any' : j.affinity.join(', ')}</td>
              <td>{answer.finish[i]?.t}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="multi-queues" aria-label="Queues">
        {p.queues.map((q) => (
          <li key={q.t}>
            at {q.t}: {q.text}
          </li>
        ))}
        {p.hiddenQueues > 0 && <li>… {p.hiddenQueues} more changes</li>}
      </ol>
      <ol className="multi-decisions" aria-label="Decisions">
        {answer.decisions.slice(0, SHOWN_DECISIONS).map((d, i) => (
          <li key={i}>{d.why}</li>
        ))}
        {answer.decisions.length > SHOWN_DECISIONS && <li>… {answer.decisions.length - SHOWN_DECISIONS} more</li>}
      </ol>
    </section>
  );
}
