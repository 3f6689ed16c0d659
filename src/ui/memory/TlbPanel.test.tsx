import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TlbView } from '../../core/index';
import { PTE } from '../../core/memory/types';
import { TlbPanel } from './TlbPanel';

const TLB: TlbView = {
  size: 4,
  mode: 'asid',
  entries: [
    { slot: 0, asid: 3, vpn: 5, frame: 12, perm: PTE.READ | PTE.WRITE, recency: 2 },
    { slot: 2, asid: 1, vpn: 7, frame: 4, perm: PTE.READ | PTE.EXECUTE, recency: 1 },
  ],
  latest: 2,
  hits: 6,
  misses: 2,
  flushes: 0,
};
const names = (pid: number) => ({ 1: 'shell', 3: 'llm-infer' })[pid];
const rows = () =>
  within(screen.getByRole('table', { name: 'TLB entries' }))
    .getAllByRole('row')
    .slice(1);

describe('TlbPanel', () => {
  it('lists every entry with process, page, frame, rights and recency, and the hits and misses', () => {
    render(<TlbPanel tlb={TLB} names={names} />);
    expect(rows().map((r) => r.textContent)).toEqual([
      '0✓ yesP3 llm-infer512rw-2',
      '1– no',
      '2✓ yesP1 shell74r-x1 (newest)used by the latest translation',
      '3– no',
    ]);
    expect(screen.getByText(/Hits:/)).toHaveTextContent('Hits: 6 · Misses: 2 · hit rate 75');
    expect(screen.getByText(/tagged with the process \(ASID\)/)).toBeInTheDocument();
  });

  it('marks the entry the latest translation used, and the walkthrough’s page once it looked in the TLB', () => {
    const { rerender } = render(<TlbPanel tlb={TLB} names={names} />);
    expect(rows()[2]).toHaveAttribute('aria-current', 'true');
    const focus = { pid: 3, vpn: 5, frame: 12, pageTableRow: false, tlb: true };
    rerender(<TlbPanel tlb={TLB} names={names} focus={focus} />);
    expect(rows()[0]).toHaveTextContent('the walkthrough’s page');
    expect(rows()[0]).toHaveClass('memory-row-lit');
  });

  it('says when there is no TLB, and how a flushing TLB behaves', () => {
    render(<TlbPanel tlb={{ ...TLB, size: 0, entries: [], latest: null, mode: 'flush', flushes: 3 }} names={names} />);
    expect(screen.getByText(/no TLB: every translation walks the page table/)).toBeInTheDocument();
    expect(screen.getByText(/emptied at every context switch \(3 so far\)/)).toBeInTheDocument();
  });
});
