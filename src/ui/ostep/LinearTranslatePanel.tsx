import type { LinearTranslateAnswers } from '../../core/index';
import { AnswerTable } from './AnswerTable';
import { hex8 } from './numbers';
import { firstRows } from './windowAround';

/** The entry OSTEP prints: the valid bit (0x80000000) with the PFN, or 0 for an invalid entry. */
const pte = (pfn: number | null) => hex8(pfn === null ? 0 : 0x8000_0000 + pfn);

/** paging-linear-translate.py -c: the page table, then each virtual address translated (or not). */
export function LinearTranslatePanel({ answer }: { answer: LinearTranslateAnswers }) {
  const entries = firstRows(answer.pageTable);
  const translations = firstRows(answer.translations);
  return (
    <div className="ostep-panels">
      <AnswerTable
        caption={<>Page table{entries.note}</>}
        scrollLabel="Page table (scrolls)"
        rowHeader
        rows={entries.rows}
        rowClass={(pfn) => (pfn === null ? 'invalid' : undefined)}
        columns={[
          { label: 'VPN', cell: (_pfn, vpn) => vpn },
          { label: 'Valid', cell: (pfn) => (pfn === null ? 'no' : 'yes') },
          { label: 'PFN', cell: (pfn) => pfn ?? '—' },
          { label: 'Entry', cell: pte, className: 'mono' },
        ]}
      />
      <AnswerTable
        caption={<>Virtual address trace{translations.note}</>}
        scrollLabel="Translations (scrolls)"
        wide
        rows={translations.rows}
        rowClass={(t) => (t.valid ? undefined : 'invalid')}
        columns={[
          { label: 'VA (hex)', cell: (t) => hex8(t.va), className: 'mono' },
          { label: 'VA (decimal)', cell: (t) => t.va },
          { label: 'VPN', cell: (t) => t.vpn },
          { label: 'Valid', cell: (t) => (t.valid ? 'yes' : 'no') },
          {
            label: 'PA',
            cell: (t) => (t.pa === null ? `Invalid (VPN ${t.vpn} not valid)` : `${hex8(t.pa)} (decimal ${t.pa})`),
          },
        ]}
      />
    </div>
  );
}
