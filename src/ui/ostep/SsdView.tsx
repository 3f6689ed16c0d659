import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SsdAnswers } from '../../core/index';
import { useMeasuredWidth } from '../metrics/useMeasuredWidth';
import { flashBlocks, pageLabel, wearColor } from './ssdPicture';

/** Commands listed with their reasons; the totals count them all. */
const SHOWN = 200;

/**
 * ssd.py's answer: the flash at the end as blocks × pages (unwritten, erased, valid, invalid), each block's wear as a
 * heat colour, write amplification over the run as a line, and each command with what the FTL and GC did and why.
 */
export function SsdView({ answer }: { answer: SsdAnswers }) {
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(520);
  const blocks = flashBlocks(answer);
  const t = answer.totals;
  const wa = t.hostWrites > 0 ? (t.writes / t.hostWrites).toFixed(2) : '-';
  return (
    <section className="ostep-ssd" aria-label="SSD">
      <p className="ostep-totals">
        {answer.ftl} FTL: {t.erases} erases, {t.writes} page programs, {t.reads} page reads, time{' '}
        <strong>{t.time}</strong>; write amplification {wa}.
      </p>
      <div className="ssd-flash" role="list" aria-label="Flash blocks">
        {blocks.map((b) => (
          <div
            key={b.block}
            role="listitem"
            className={b.retired ? 'ssd-block retired' : 'ssd-block'}
            aria-label={`block ${b.block}: erased ${b.erases} times${b.retired ? ', retired' : ''}`}
          >
            <span className="ssd-wear" style={{ background: wearColor(b.heat) }} title={`${b.erases} erases`}>
              {b.block}
            </span>
            {b.pages.map((p) => (
              // a page is a small picture named in words (a plain span may not carry a label)
              <span
                key={p.page}
                role="img"
                className={`ssd-page ${p.kind}`}
                aria-label={pageLabel(p)}
                title={pageLabel(p)}
              >
                {p.data}
              </span>
            ))}
          </div>
        ))}
      </div>
      <figure className="ssd-chart" role="group" aria-label="Write amplification over the run">
        <figcaption>Write amplification (page programs per host write) after each command</figcaption>
        <div ref={ref}>
          <LineChart
            width={Math.max(width, 240)}
            height={200}
            data={answer.writeAmplification}
            margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="op" tick={{ fontSize: 11 }} />
            <YAxis domain={[1, 'auto']} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Line dataKey="value" name="write amplification" dot={false} isAnimationActive={false} />
          </LineChart>
        </div>
      </figure>
      <table className="ostep-table">
        <caption>
          Commands
          {answer.stepsTotal > Math.min(SHOWN, answer.steps.length)
            ? ` (the first ${Math.min(SHOWN, answer.steps.length)} of ${answer.stepsTotal})`
            : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Command</th>
            <th scope="col">Result</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {answer.steps.slice(0, SHOWN).map((s) => (
            <tr key={s.index}>
              <th scope="row">{s.index}</th>
              <td>{s.command}</td>
              <td>{s.result}</td>
              <td>{s.why.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
