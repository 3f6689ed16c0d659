import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PTE } from '../../core/memory/types';
import type { PageRow } from './pageTableColumns';
import { PageTableView } from './PageTableView';

const { VALID, PRESENT, READ, WRITE, EXECUTE, DIRTY, PINNED } = PTE;
const ROWS: PageRow[] = [
  { vpn: 2, frame: 9, swapSlot: null, flags: VALID | PRESENT | READ | WRITE | DIRTY, type: 'USER' },
  { vpn: 0, frame: null, swapSlot: 4, flags: VALID | READ, type: 'AI_DATA' },
  { vpn: 1, frame: 3, swapSlot: null, flags: VALID | PRESENT | READ | EXECUTE | PINNED, type: 'AI_MODEL' },
];

const table = () => screen.getByRole('table', { name: 'Page table of P3' });
const column = (i: number) =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[i]?.textContent);

describe('PageTableView', () => {
  it('lights the row the MMU walkthrough is at', () => {
    render(<PageTableView pid={3} rows={ROWS} highlightVpn={1} />);
    const lit = within(table())
      .getAllByRole('row')
      .filter((r) => r.getAttribute('aria-current') === 'true');
    expect(lit).toHaveLength(1);
    expect(within(lit[0] as HTMLElement).getAllByRole('cell')[1]).toHaveTextContent('frame 3');
  });

  it('shows where each page is and its flags in words', () => {
    render(<PageTableView pid={3} rows={ROWS} />);
    expect(column(0)).toEqual(['2', '0', '1']);
    expect(column(1)).toEqual(['frame 9', 'swap slot 4', 'frame 3']);
    expect(column(3)).toEqual(['✓ yes', '– no', '✓ yes']);
    expect(column(4)).toEqual(['rw-', 'r--', 'r-x']);
    expect(column(7)).toEqual(['– no', '– no', '✓ yes']);
  });

  it('sorts by a column when its header is clicked, and says so with aria-sort', async () => {
    const user = userEvent.setup();
    render(<PageTableView pid={3} rows={ROWS} />);
    const vpn = screen.getByRole('columnheader', { name: /VPN/ });
    await user.click(within(vpn).getByRole('button'));
    expect(column(0)).toEqual(['0', '1', '2']);
    expect(vpn).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(vpn).getByRole('button'));
    expect(column(0)).toEqual(['2', '1', '0']);
    expect(vpn).toHaveAttribute('aria-sort', 'descending');
    // frames before swap slots
    await user.click(within(screen.getByRole('columnheader', { name: /Frame/ })).getByRole('button'));
    expect(column(1)).toEqual(['frame 3', 'frame 9', 'swap slot 4']);
  });

  it('renders only the rows in view for a big table', () => {
    const rows = Array.from({ length: 5000 }, (_, vpn): PageRow => ({
      vpn,
      frame: vpn,
      swapSlot: null,
      flags: VALID | PRESENT | READ,
      type: 'USER',
    }));
    const height = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(480);
    render(<PageTableView pid={3} rows={rows} />);
    height.mockRestore();
    expect(table()).toHaveAttribute('aria-rowcount', '5001');
    expect(within(table()).getAllByRole('row').length).toBeLessThan(100);
  });
});
