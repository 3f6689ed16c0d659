import { formatPercent } from './formatBytes';

interface Props {
  label: string;
  /** fractions of physical memory, 0..1 */
  used: number;
  /** none: the usage is bounded only by memory itself, and no limit line is drawn */
  limit?: number;
  /** e.g. "44 of 61 frames · 3 allocations, 1 refused" */
  detail?: string;
}

/**
 * A labelled usage bar against a limit: the bar spans all of physical memory, a line marks the limit, and
 * the figures are written out ("18 % of 24 %"), with a warning in words when usage passes the limit. Without
 * a limit the figure is a share of memory ("18 % of memory").
 */
export function UsageMeter({ label, used, limit, detail }: Props) {
  const over = limit !== undefined && used > limit;
  const text = `${formatPercent(used)} of ${limit === undefined ? 'memory' : formatPercent(limit)}`;
  return (
    <div className={over ? 'usage over' : 'usage'}>
      <div className="usage-head">
        <span className="usage-label">{label}</span>
        <span className="usage-value">{text}</span>
        {over && <span className="usage-warning">⚠ over its limit</span>}
      </div>
      <div
        className="usage-bar"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(used * 1000) / 10}
        aria-valuetext={limit === undefined ? text : `${text} limit${over ? ', over the limit' : ''}`}
      >
        <div className="usage-fill" style={{ width: `${Math.min(1, used) * 100}%` }} />
        {limit !== undefined && (
          <div className="usage-limit" style={{ left: `${Math.min(1, limit) * 100}%` }} aria-hidden="true" />
        )}
      </div>
      {detail && <div className="usage-detail muted">{detail}</div>}
    </div>
  );
}
