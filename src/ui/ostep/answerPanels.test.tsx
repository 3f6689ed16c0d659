import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LinearTranslatePanel } from './LinearTranslatePanel';
import { LotteryPanel } from './LotteryPanel';
import { mlfqRuns } from './MlfqPanel';
import { PagingPolicyPanel } from './PagingPolicyPanel';

const tick = (t: number, job: number | null, level: number | null) => ({
  t,
  job,
  level,
  ostepPriority: level === null ? null : 2 - level,
});
const bodyRows = (name: RegExp) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

// Answers written from OSTEP's output (ostep-homework 6c6cfc7, Python 3.11.7) of the commands named in each test.
describe('the answer panels', () => {
  it('paging-policy: hit or miss, the page evicted and memory per access, and the totals (-a 1,2,3,4,1 -C 3 -p FIFO -c)', () => {
    render(
      <PagingPolicyPanel
        answer={{
          steps: [
            { page: 1, hit: false, evicted: null, memory: [1], hits: 0, misses: 1 },
            { page: 2, hit: false, evicted: null, memory: [1, 2], hits: 0, misses: 2 },
            { page: 3, hit: false, evicted: null, memory: [1, 2, 3], hits: 0, misses: 3 },
            { page: 4, hit: false, evicted: 1, memory: [2, 3, 4], hits: 0, misses: 4 },
            { page: 3, hit: true, evicted: null, memory: [2, 3, 4], hits: 1, misses: 4 },
          ],
          hits: 1,
          misses: 4,
          hitRate: 20,
        }}
      />,
    );
    expect(bodyRows(/^Accesses/).slice(3)).toEqual([
      ['4', '4', 'Miss', '1', '234', '0', '4'],
      ['5', '3', 'Hit', '—', '234', '1', '4'],
    ]);
    expect(screen.getByText(/hit rate/)).toHaveTextContent('Hits 1, misses 4, hit rate 20.00%');
  });

  it('paging-linear-translate: the page table with its printed entries, and each translation (-v -n 4 -s 0 -c)', () => {
    render(
      <LinearTranslatePanel
        answer={{
          pageTable: [12, null, null, 6],
          translations: [
            { va: 12841, vpn: 3, valid: true, pa: 25129 },
            { va: 4969, vpn: 1, valid: false, pa: null },
          ],
        }}
      />,
    );
    expect(bodyRows(/^Page table/)).toEqual([
      ['0', 'yes', '12', '0x8000000c'],
      ['1', 'no', '—', '0x00000000'],
      ['2', 'no', '—', '0x00000000'],
      ['3', 'yes', '6', '0x80000006'],
    ]);
    expect(bodyRows(/^Virtual address trace/)).toEqual([
      ['0x00003229', '12841', '3', 'yes', '0x00006229 (decimal 25129)'],
      ['0x00001369', '4969', '1', 'no', 'Invalid (VPN 1 not valid)'],
    ]);
  });

  it('lottery: the draws and when each job finished (-s 1 -j 2 -l 10:100,10:100 -c, first draws)', () => {
    render(
      <LotteryPanel
        answer={{
          draws: [
            { r: 134364, winningTicket: 164, totalTickets: 200, job: 1 },
            { r: 847434, winningTicket: 34, totalTickets: 200, job: 0 },
          ],
          jobs: [
            { id: 0, finish: 20 },
            { id: 1, finish: 16 },
          ],
        }}
      />,
    );
    expect(bodyRows(/^Draws/)).toEqual([
      ['1', '134364', '164', '200', '1'],
      ['2', '847434', '34', '200', '0'],
    ]);
  });

  it('mlfq: the per-tick timeline folds into runs of one job at one level', () => {
    expect(mlfqRuns([tick(0, 0, 0), tick(1, 0, 0), tick(2, 0, 1), tick(3, null, null), tick(4, 1, 0)])).toEqual([
      { from: 0, to: 2, job: 0, level: 0, ostepPriority: 2 },
      { from: 2, to: 3, job: 0, level: 1, ostepPriority: 1 },
      { from: 3, to: 4, job: null, level: null, ostepPriority: null },
      { from: 4, to: 5, job: 1, level: 0, ostepPriority: 2 },
    ]);
  });
});
