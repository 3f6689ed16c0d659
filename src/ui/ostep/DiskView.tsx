import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { DiskAnswers } from '../../core/index';
import { useMeasuredWidth } from '../metrics/useMeasuredWidth';
import { diskBars, platterMarks, platterRings, PLATTER_SIZE } from './diskPicture';

/** Paul Tol's bright orange-free trio, as disk.py colours its phases (seek, rotate, transfer). */
const PARTS = [
  { key: 'seek', label: 'Seek', color: '#EE6677' },
  { key: 'rotate', label: 'Rotate', color: '#66CCEE' },
  { key: 'transfer', label: 'Transfer', color: '#228833' },
] as const;

/** Requests shown in the chart and the table; the totals count them all. */
const SHOWN = 200;

/**
 * disk.py's answer: the platter as it starts (the head on the left, each requested block numbered by when it was
 * served), each request's seek, rotation and transfer as a stacked bar, and each pick with its reason. The live
 * animation of -G is a later step.
 */
export function DiskView({ answer }: { answer: DiskAnswers }) {
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(520);
  const marks = platterMarks(answer);
  const bars = diskBars(answer).slice(0, SHOWN);
  const t = answer.totals;
  return (
    <section className="ostep-disk" aria-label="Disk">
      <p className="ostep-totals">
        {answer.policy}: <strong>{t.total}</strong> ticks in all — seek {t.seek}, rotate {t.rotate}, transfer{' '}
        {t.transfer}.
      </p>
      <div className="disk-pictures">
        <svg
          className="disk-platter"
          viewBox={`0 0 ${PLATTER_SIZE} ${PLATTER_SIZE}`}
          role="img"
          aria-label={`Platter: ${
            marks
              .filter((m) => m.order !== null)
              .map((m) => m.label)
              .join('; ') || 'no requests'
          }`}
        >
          <circle cx={PLATTER_SIZE / 2} cy={PLATTER_SIZE / 2} r={158} className="disk-surface" />
          {platterRings().map((ring) => (
            <circle
              key={ring.track}
              cx={PLATTER_SIZE / 2}
              cy={PLATTER_SIZE / 2}
              r={ring.r + 20}
              className="disk-ring"
            />
          ))}
          <rect x={0} y={PLATTER_SIZE / 2 - 5} width={30} height={10} className="disk-head" />
          {marks.map((m) => (
            <text
              key={m.block}
              x={m.x}
              y={m.y}
              className={m.order === null ? 'disk-block' : 'disk-block requested'}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {m.block}
            </text>
          ))}
        </svg>
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
