import { useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { REJECT_REASONS } from '../../core/network/security/securityLog';
import type { SecurityLogData, SecurityRow, SecurityVerdict } from '../../protocol';
import { SortedTable, type SortedFeatures } from './SortedTable';
import './networkPanels.css';
import { groupedDigits } from '../../core/groupedDigits';

const helper = createColumnHelper<SortedFeatures, SecurityRow>();

/** A verdict as the log shows it: "accepted", or the rejection's label ("tampered", "too old"). */
export const verdictLabel = (v: SecurityVerdict): string => (v === 'accepted' ? 'accepted' : REJECT_REASONS[v].label);

const columns = helper.columns([
  helper.accessor('index', { header: 'Entry', cell: (c) => c.getValue() + 1 }),
  helper.accessor('tick', { header: 'Tick' }),
  helper.accessor('node', { header: 'Node' }),
  helper.accessor('peer', { header: 'From (claimed)' }),
  helper.accessor('messageId', { header: 'Message', cell: (c) => `#${c.getValue()}` }),
  helper.accessor((r) => verdictLabel(r.verdict), {
    id: 'verdict',
    header: 'Verdict',
    cell: (c) =>
      c.row.original.verdict === 'accepted' ? (
        c.getValue()
      ) : (
        <span className="net-verdict-rejected">{c.getValue()}</span>
      ),
  }),
  helper.accessor('text', { header: 'Reason', enableSorting: false }),
]);

const VERDICTS = ['accepted', ...Object.keys(REJECT_REASONS)] as SecurityVerdict[];

/**
 * The security log up to the tick: how many messages each verdict got, then the latest entries (or the latest
 * rejections alone) as a sortable table, each with the node that judged it, whom it claims to come from, the
 * verdict and its reason in words.
 */
export function SecurityLog({ data }: { data: SecurityLogData | null }) {
  const [rejectedOnly, setRejectedOnly] = useState(false);
  if (!data)
    return (
      <section className="net-panel" aria-label="Security log">
        <p className="muted">
          This network has no security: its messages are neither signed nor encrypted. Give the scenario's{' '}
          <code>network</code> section <code>"security": "signed"</code> (or <code>"encrypted"</code>) to see each
          message's verdict here.
        </p>
      </section>
    );
  const rows = rejectedOnly ? data.rejections : data.recent;
  const rejected = data.total - data.counts.accepted;
  const of = rejectedOnly ? rejected : data.total;
  return (
    <section className="net-panel" aria-label="Security log">
      <h3>
        Security log ({data.mode}) up to tick {groupedDigits(data.tick)}
      </h3>
      <dl className="net-counts" aria-label="Verdicts">
        {VERDICTS.map((v) => (
          <div key={v}>
            <dt>{verdictLabel(v)}</dt>
            <dd>{data.counts[v]}</dd>
          </div>
        ))}
      </dl>
      <label className="net-option">
        <input type="checkbox" checked={rejectedOnly} onChange={(e) => setRejectedOnly(e.currentTarget.checked)} />{' '}
        Rejections only
      </label>
      <SortedTable
        label="Security log entries"
        caption={`${rejectedOnly ? 'Rejections' : 'Entries'}: ${rows.length < of ? `the latest ${rows.length} of ${of}` : `all ${of}`}.`}
        columns={columns}
        data={rows}
        rowId={(r) => String(r.index)}
        rowHeader="index"
        empty={rejectedOnly ? 'No message rejected yet.' : 'No message judged yet.'}
      />
    </section>
  );
}
