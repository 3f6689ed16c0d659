import { useId, useMemo } from 'react';
import { TICKS_PER_MS } from '../../core/network/migration/link';
import type { MigrationTimelineData } from '../../protocol';
import { useBoxSize } from '../stage/useBoxSize';
import { migrationModel } from './migrationModel';
import './networkPanels.css';
import { groupedDigits } from '../../core/groupedDigits';

const FALLBACK = { width: 720, height: 0 };
const METHODS = { stopAndCopy: 'Stop-and-copy', preCopy: 'Pre-copy', postCopy: 'Post-copy' } as const;

/** `2,100 ticks (210 ms)` */
const time = (ticks: number): string => `${groupedDigits(ticks)} ticks (${ticks / TICKS_PER_MS} ms)`;

/**
 * A migration as a timeline: pre-copy's rounds as bars (pages sent up, pages dirtied meanwhile down), the stop
 * highlighted with its downtime, post-copy's faults; its figures, the published downtimes beside its own, and
 * every round, the stop and the outcome in words.
 */
export function MigrationTimeline({ data }: { data: MigrationTimelineData }) {
  const uid = useId().replace(/[^\w-]/g, '');
  const [boxRef, box] = useBoxSize<HTMLDivElement>(FALLBACK);
  const m = useMemo(() => migrationModel(data, box.width), [data, box.width]);
  const t = data.totals;
  const downMs = t.downtimeTicks / TICKS_PER_MS;
  return (
    <figure className="net-panel" role="group" aria-labelledby={`${uid}-cap`}>
      <figcaption id={`${uid}-cap`}>{METHODS[data.method]} migration timeline</figcaption>
      <dl className="net-counts" aria-label="Migration figures">
        <div>
          <dt>Pages transferred</dt>
          <dd>{groupedDigits(t.pagesTransferred)}</dd>
        </div>
        <div>
          <dt>Rounds</dt>
          <dd>{t.rounds}</dd>
        </div>
        <div>
          <dt>Total time</dt>
          <dd>{time(t.totalTicks)}</dd>
        </div>
        <div>
          <dt>Downtime</dt>
          <dd>{time(t.downtimeTicks)}</dd>
        </div>
        {data.method === 'postCopy' && (
          <div>
            <dt>Faults</dt>
            <dd>
              {groupedDigits(data.faultCount)}, waiting {time(t.faultWaitTicks)}
            </dd>
          </div>
        )}
      </dl>
      <div ref={boxRef} className="mig-plot">
        <svg width={m.width} height={m.height} role="img" aria-labelledby={`${uid}-sum`}>
          <rect className="mig-stop" x={m.stop.x} y={m.top} width={m.stop.w} height={m.bottom - m.top}>
            <title>{data.stop.text}</title>
          </rect>
          {m.degraded && (
            <rect className="mig-degraded" x={m.degraded.x} y={m.top} width={m.degraded.w} height={m.bottom - m.top} />
          )}
          {m.axis.map((a) => (
            <g key={a.tick} className="mig-axis">
              <line x1={a.x} x2={a.x} y1={m.top} y2={m.bottom} />
              <text x={a.x} y={m.bottom + 14} textAnchor="middle">
                {groupedDigits(a.tick)}
              </text>
            </g>
          ))}
          <text x={m.left - 4} y={m.top + 10} textAnchor="end">
            sent
          </text>
          <text x={m.left - 4} y={m.bottom - 4} textAnchor="end">
            dirtied
          </text>
          {m.bars.map((b) => (
            <g key={b.key}>
              <rect className="mig-round" x={b.x} y={m.baseline - b.up} width={b.w} height={b.up} />
              {b.down > 0 && <rect className="mig-dirty" x={b.x} y={m.baseline} width={b.w} height={b.down} />}
            </g>
          ))}
          <line
            className="mig-axis-base"
            x1={m.left}
            x2={m.right}
            y1={m.baseline}
            y2={m.baseline}
            stroke="currentColor"
          />
          {m.faults.map((f) => (
            <line key={f.key} className="mig-fault" x1={f.x} x2={f.x} y1={m.bottom - 10} y2={m.bottom} />
          ))}
          {m.cursorX !== null && <line className="mig-cursor" x1={m.cursorX} x2={m.cursorX} y1={0} y2={m.height} />}
        </svg>
      </div>
      <p id={`${uid}-sum`} className="net-summary">
        {data.summary} Bars: pages sent (up) and dirtied meanwhile (down), heights on a log scale; the shaded band is
        the downtime.
      </p>
      <table className="net-table">
        <caption>Downtime beside the published figures</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Downtime (ms)</th>
            <th scope="col">This migration (ms)</th>
          </tr>
        </thead>
        <tbody>
          {data.references.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="num">{r.downtimeMs}</td>
              <td className="num">
                {downMs} ({downMs <= r.downtimeMs ? 'within' : 'over'})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>Rounds and the stop in words</summary>
        <ol>
          {data.rounds.map((r) => (
            <li key={r.round}>{r.text}</li>
          ))}
          <li>{data.stop.text}</li>
          {data.faults[0] && (
            <li>
              {groupedDigits(data.faultCount)} fault{data.faultCount === 1 ? '' : 's'} on the target, first at tick{' '}
              {groupedDigits(data.faults[0].tick)}.
            </li>
          )}
        </ol>
      </details>
    </figure>
  );
}
