import type { DiskAnswers } from '../../core/index';

const PARTS = ['seek', 'rotate', 'transfer'] as const;

/**
 * Every scheduling policy on the same requests, side by side: each one's seek, rotation and transfer as a bar
 * (one scale for all, so the bars compare) and in numbers; the policy asked for is marked.
 */
export function DiskCompare({ answer }: { answer: DiskAnswers }) {
  if (answer.compare.length === 0) return null;
  const longest = Math.max(1, ...answer.compare.map((c) => (c.ok ? c.total : 0)));
  const best = Math.min(...answer.compare.map((c) => (c.ok ? c.total : Infinity)));
  return (
    <table className="ostep-table disk-compare">
      <caption>Every policy on these requests (the same window)</caption>
      <thead>
        <tr>
          <th scope="col">Policy</th>
          <th scope="col">Seek</th>
          <th scope="col">Rotate</th>
          <th scope="col">Transfer</th>
          <th scope="col">Total</th>
          <th scope="col">
            <span className="visually-hidden">Bar</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {answer.compare.map((c) => (
          <tr key={c.policy} className={c.policy === answer.policy ? 'current' : undefined}>
            <th scope="row">
              {c.policy}
              {c.policy === answer.policy ? ' (this run)' : ''}
              {c.ok && c.total === best ? ' — fastest' : ''}
            </th>
            {c.ok ? (
              <>
                {PARTS.map((p) => (
                  <td key={p}>{c[p]}</td>
                ))}
                <td>{c.total}</td>
                <td className="disk-compare-bar" aria-hidden="true">
                  {PARTS.map((p) => (
                    <span key={p} className={`disk-part-${p}`} style={{ width: `${(100 * c[p]) / longest}%` }} />
                  ))}
                </td>
              </>
            ) : (
              <td colSpan={5}>{c.error}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
