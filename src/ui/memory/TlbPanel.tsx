import { memo } from 'react';
import { PTE } from '../../core/memory/types';
import type { TlbEntryView, TlbView } from '../../core/memory/tlbView';
import { formatPercent } from './formatBytes';
import type { MmuFocus } from './walkFocus';
import './memory.css';

export interface TlbPanelProps {
  tlb: TlbView;
  names: (pid: number) => string | undefined;
  /** the walkthrough's page: its entry, if cached, is marked once the walkthrough has looked in the TLB */
  focus?: MmuFocus | null;
}

/** Every slot is listed up to this size (empty ones too: a small TLB filling up is the lesson); beyond, only those in use. */
const LIST_EMPTY_UP_TO = 64;

const rights = (perm: number): string =>
  `${perm & PTE.READ ? 'r' : '-'}${perm & PTE.WRITE ? 'w' : '-'}${perm & PTE.EXECUTE ? 'x' : '-'}`;

/**
 * The TLB at the current tick: each entry's process (its address-space id), page, frame, cached rights and
 * recency (1 = used last; the LRU entry goes first when a new page needs a slot), the hits and misses so far,
 * and which entry the latest translation used. Read from the simulation, never changed by looking.
 */
export const TlbPanel = memo(function TlbPanel({ tlb, names, focus = null }: TlbPanelProps) {
  const bySlot = new Map(tlb.entries.map((e) => [e.slot, e]));
  const slots =
    tlb.size <= LIST_EMPTY_UP_TO ? Array.from({ length: tlb.size }, (_, slot) => slot) : tlb.entries.map((e) => e.slot);
  const looked = focus?.tlb ? tlb.entries.find((e) => e.asid === focus.pid && e.vpn === focus.vpn) : undefined;
  const total = tlb.hits + tlb.misses;
  const who = (e: TlbEntryView) => `P${e.asid}${names(e.asid) ? ` ${names(e.asid)}` : ''}`;
  return (
    <section className="panel tlb-panel" aria-labelledby="tlb-heading">
      <h2 id="tlb-heading">TLB</h2>
      <p>
        {tlb.size} entr{tlb.size === 1 ? 'y' : 'ies'}, {tlb.entries.length} in use;{' '}
        {tlb.mode === 'asid'
          ? 'entries are tagged with the process (ASID), so they survive a context switch.'
          : `emptied at every context switch (${tlb.flushes} so far).`}
      </p>
      <p className="tlb-counts">
        Hits: <strong>{tlb.hits}</strong> · Misses: <strong>{tlb.misses}</strong>
        {total > 0 && <> · hit rate {formatPercent(tlb.hits / total)}</>}
      </p>
      {tlb.size === 0 ? (
        <p className="muted">This memory has no TLB: every translation walks the page table.</p>
      ) : (
        <div className="memory-table-scroll" tabIndex={0}>
          <table className="memory-table tlb-table">
            <caption className="visually-hidden">TLB entries</caption>
            <thead>
              <tr>
                <th scope="col">Entry</th>
                <th scope="col">Valid</th>
                <th scope="col">Process (ASID)</th>
                <th scope="col">Page</th>
                <th scope="col">Frame</th>
                <th scope="col">Rights</th>
                <th scope="col">Recency</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {slots.map((slot) => {
                const e = bySlot.get(slot);
                const latest = tlb.latest === slot;
                const lit = looked?.slot === slot;
                const notes = [latest && 'used by the latest translation', lit && 'the walkthrough’s page'];
                return (
                  <tr
                    key={slot}
                    aria-current={latest ? 'true' : undefined}
                    className={lit ? 'memory-row-lit' : latest ? 'tlb-latest' : undefined}
                  >
                    <th scope="row">{slot}</th>
                    <td>{e ? '✓ yes' : '– no'}</td>
                    <td>{e ? who(e) : ''}</td>
                    <td>{e?.vpn ?? ''}</td>
                    <td>{e?.frame ?? ''}</td>
                    <td className="mono">{e ? rights(e.perm) : ''}</td>
                    <td>{e ? (e.recency === 1 ? '1 (newest)' : e.recency) : ''}</td>
                    <td>{notes.filter(Boolean).join('; ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
});
