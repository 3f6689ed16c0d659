import { useId } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import type { LinkStatsData, LinkStatsRow } from '../../protocol';
import { SortedTable, type SortedFeatures } from './SortedTable';
import './networkPanels.css';

const helper = createColumnHelper<SortedFeatures, LinkStatsRow>();
const num = (
  key: 'sent' | 'delivered' | 'onTheWay' | 'duplicated' | 'reordered' | 'bytes' | 'queuePeak',
  header: string,
) => helper.accessor(key, { header });
const lost = (cause: keyof LinkStatsRow['lost'], header: string) =>
  helper.accessor((r) => r.lost[cause], { id: `lost-${cause}`, header });

const columns = helper.columns([
  helper.accessor((r) => `${r.from} → ${r.to}`, { id: 'link', header: 'Link' }),
  num('sent', 'Sent'),
  num('delivered', 'Delivered'),
  num('onTheWay', 'On the way'),
  lost('linkLoss', 'Lost (loss rate)'),
  lost('faultDrop', 'Lost (drop fault)'),
  lost('partition', 'Lost (partition)'),
  num('duplicated', 'Duplicated'),
  num('reordered', 'Reordered'),
  num('bytes', 'Bytes'),
  num('queuePeak', 'Queue peak'),
  helper.accessor((r) => r.meanLatency ?? undefined, {
    id: 'meanLatency',
    header: 'Mean latency (ticks)',
    sortUndefined: 'last',
    cell: (c) => c.getValue() ?? '—',
  }),
]);

/**
 * Each direction of each link with what it carried up to the tick: messages sent, delivered and on the way, lost
 * by cause, copied, reordered, bytes, its queue's peak and mean latency; sortable by any column.
 */
export function LinkStats({ data }: { data: LinkStatsData }) {
  const heading = useId();
  return (
    <section className="net-panel" aria-labelledby={heading}>
      <h3 id={heading}>Links up to tick {data.asOf}</h3>
      <SortedTable
        label="Link statistics"
        caption={`${data.links.length} link directions. Delivered counts copies that reached the far end; a message lost at a crashed node is that node's loss (see the sequence diagram).`}
        columns={columns}
        data={data.links}
        rowId={(r) => `${r.from}>${r.to}`}
        rowHeader="link"
        empty="No links: a single node."
      />
    </section>
  );
}
