import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { DiskAnswers } from '../../core/index';
import { useMeasuredWidth } from '../metrics/useMeasuredWidth';
import { DiskCompare } from './DiskCompare';
import { DiskMotion } from './DiskMotion';
import { diskBars } from './diskPicture';

/** Paul Tol's bright orange-free trio, as disk.py colours its phases (seek, rotate, transfer). */
const PARTS = [
  { key: 'seek', label: 'Seek', color: '#EE6677' },
  { key: 'rotate', label: 'Rotate', color: '#66CCEE' },
  { key: 'transfer', label: 'Transfer', color: '#228833' },
] as const;

/** Requests shown in the chart and the table; the totals count them all. */
const SHOWN = 200;

/**
 * disk.py's answer: the run played out on the platter (as -G draws it, the head on the left), each request's
 * seek, rotation and transfer as a stacked bar, every policy on the same requests side by side, and each pick
 * with its reason.
 */
export function DiskView({ answer }: { answer: DiskAnswers }) {
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(520);
  const bars = diskBars(answer).slice(0, SHOWN);
  const t = answer.totals;
  return (
    <section className="ostep-disk" aria-label="Disk">
      <p className="ostep-totals">
        {answer.policy}: <strong>{t.total}</strong> ticks in all — seek {t.seek}, rotate {t.rotate}, transfer{' '}
        {t.transfer}.
      </p>
      <div className="disk-pictures">
        <DiskMotion answer={answer} />
        <figure className="disk-chart" role="group" aria-label="Seek, rotation and transfer per request">
          <figcaption>Seek, rotation and transfer per request (served order: block)</figcaption>
          <div ref={ref}>
            <BarChart
              width={Math.max(width, 240)}
              height={240}
              data={bars}
              margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tick={{ fontSize: 11 }} />
              <YAxis allowDecimals={false} label={{ value: 'ticks', angle: -90, position: 'insideLeft' }} />
              <Tooltip />
              <Legend />
              {PARTS.map((p) => (
                <Bar
                  key={p.key}
                  dataKey={p.key}
                  name={p.label}
                  stackId="time"
                  fill={p.color}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </div>
        </figure>
      </div>
      <DiskCompare answer={answer} />
      <table className="ostep-table">
        <caption>
          Requests in the order served
          {answer.served.length > SHOWN ? ` (the first ${SHOWN} of ${answer.served.length})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Block</th>
            <th scope="col">Seek</th>
            <th scope="col">Rotate</th>
            <th scope="col">Transfer</th>
            <th scope="col">Total</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {answer.served.slice(0, SHOWN).map((s, i) => (
            <tr key={i}>
              <th scope="row">{s.block}</th>
              <td>{s.seek}</td>
              <td>{s.rotate}</td>
              <td>{s.transfer}</td>
              <td>{s.total}</td>
              <td>{s.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
