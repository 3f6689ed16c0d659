import type { PagingPolicyAnswers } from '../../core/index';
import { fixed2 } from './numbers';
import { firstRows } from './windowAround';

/** paging-policy.py -c: each access (hit or miss, the page evicted, memory after it in OSTEP's order) and the totals. */
export function PagingPolicyPanel({ answer }: { answer: PagingPolicyAnswers }) {
  const steps = firstRows(answer.steps);
  return (
    <div className="ostep-panels column">
      <p className="ostep-totals">
        Hits <strong>{answer.hits}</strong>, misses <strong>{answer.misses}</strong>, hit rate{' '}
        <strong>{fixed2(answer.hitRate)}%</strong>
      </p>
      <div className="ostep-scroll" tabIndex={0} role="group" aria-label="Accesses (scrolls)">
        <table className="ostep-table">
          <caption>
            Accesses{steps.note}; memory is listed in OSTEP's order (first in or least recently used first)
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Page</th>
              <th scope="col">Hit or miss</th>
              <th scope="col">Evicted</th>
              <th scope="col">Memory after</th>
              <th scope="col">Hits</th>
              <th scope="col">Misses</th>
            </tr>
          </thead>
          <tbody>
            {steps.rows.map((s, i) => (
              <tr key={i}>
                <td>{i + 1}</td>
                <td>{s.page}</td>
                <td className={s.hit ? 'hit' : 'miss'}>{s.hit ? 'Hit' : 'Miss'}</td>
                <td>{s.evicted ?? '—'}</td>
                <td>
                  <span className="page-boxes">
                    {s.memory.map((p, j) => (
                      <span key={j} className={p === s.page ? 'page-box accessed' : 'page-box'}>
                        {p}
                      </span>
                    ))}
                  </span>
                </td>
                <td>{s.hits}</td>
                <td>{s.misses}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
