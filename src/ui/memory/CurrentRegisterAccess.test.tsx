import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RegisterAccess } from '../../core/index';
import { clearTablePage, mapTwoLevel, zeroPages } from '../../core/memory/twoLevelMap';
import { SMALL_TABLES } from '../../core/memory/twoLevelWalk';
import { CurrentRegisterAccess } from './CurrentRegisterAccess';
import { RegisterWalkthrough } from './RegisterWalkthrough';

/** The book's segments (OSTEP chapter 16): code, heap, an unused slot and the stack growing down from 28K. */
const BOOK: RegisterAccess['layout'] = {
  mode: 'segmented',
  table: {
    addressSpace: 16384,
    segments: [
      { base: 32768, bounds: 2048, grows: 'up' },
      { base: 34816, bounds: 3072, grows: 'up' },
      { base: 0, bounds: 0, grows: 'up' },
      { base: 28672, bounds: 2048, grows: 'down' },
    ],
  },
  names: ['code', 'heap', 'unused', 'stack'],
};

const steps = () => within(screen.getByRole('list', { name: 'Current access steps' })).getAllByRole('listitem');

describe('CurrentRegisterAccess', () => {
  it("walks the current reference through the process's segments a step at a time: segment, offset, bounds, PA", async () => {
    const user = userEvent.setup();
    render(<CurrentRegisterAccess current={{ tick: 7, pid: 1, address: 15360, access: 'read', layout: BOOK }} />);
    const region = screen.getByRole('region', { name: 'Current access' });
    expect(region).toHaveTextContent('At tick 7, P1 reads virtual address 0x3c00 (15360).');
    expect(region).toHaveTextContent('segment 3 (stack) base 0x7000, size 0x800, grows down');
    expect(steps()).toHaveLength(1);
    expect(steps()[0]).toHaveTextContent('The top bits of VA 0x3c00 select segment 3, which grows down.');
    await user.click(within(region).getByRole('button', { name: 'Next step' }));
    expect(steps()[1]).toHaveTextContent(
      'Growing down, the offset is VA − the end of its part of the address space: −0x400',
    );
    await user.click(within(region).getByRole('button', { name: 'Show all' }));
    expect(steps()).toHaveLength(4);
    expect(steps()[3]).toHaveTextContent('PA = base 0x7000 − 0x400 = 0x6c00.');
    expect(within(region).getByText(/Step 4 of 4/)).toBeInTheDocument();
  });

  it('ends in the violation for a reference past its bounds, and starts again at step 1 for the next access', async () => {
    const user = userEvent.setup();
    const layout: RegisterAccess['layout'] = { mode: 'base-bounds', registers: { base: 0x2000, bounds: 0x800 } };
    const { rerender } = render(
      <CurrentRegisterAccess current={{ tick: 3, pid: 3, address: 0x900, access: 'write', layout }} />,
    );
    const region = screen.getByRole('region', { name: 'Current access' });
    await user.click(within(region).getByRole('button', { name: 'Show all' }));
    expect(steps().map((s) => s.textContent)).toEqual([
      'VA 0x900 is not below the bounds register 0x800.',
      'The MMU raises a segmentation violation: segmentation violation: VA 0x900 ≥ bounds 0x800.',
    ]);
    rerender(<CurrentRegisterAccess current={{ tick: 4, pid: 3, address: 0x10, access: 'read', layout }} />);
    expect(steps()).toHaveLength(1);
    expect(steps()[0]).toHaveTextContent('VA 0x10 is below the bounds register 0x800');
  });

  it('says so before any reference, and the register walkthrough shows it above its own form', () => {
    render(<RegisterWalkthrough current={null} />);
    expect(screen.getByRole('region', { name: 'Current access' })).toHaveTextContent(
      'No process has made a reference yet',
    );
    expect(screen.getByRole('region', { name: 'Base-and-bounds and segmentation walkthrough' })).toBeInTheDocument();
  });

  it('walks a two-level table: the split, the PDE, the PTE, then the byte', async () => {
    const user = userEvent.setup();
    const pages = zeroPages(4);
    clearTablePage(pages, 0);
    mapTwoLevel(pages, 0, 0, 2, () => 1);
    const layout: RegisterAccess['layout'] = { mode: 'two-level', base: 0, pdbr: 0, pages, geometry: SMALL_TABLES };
    render(<CurrentRegisterAccess current={{ tick: 1, pid: 2, address: 5, access: 'read', layout }} />);
    const region = screen.getByRole('region', { name: 'Current access' });
    expect(region).toHaveTextContent('Current access (two-level page table)');
    await user.click(within(region).getByRole('button', { name: 'Show all' }));
    expect(steps().map((s) => s.textContent)).toEqual([
      'Virtual address 0x5 is VPN 0x0: directory index 0, table index 0, offset 5.',
      'PDE at 0x0 (page 0, entry 0) = 0x81: valid, page table in page 1.',
      'PTE at 0x20 (page 1, entry 0) = 0x82: valid, data in page 2.',
      'Physical address 0x45 (page 2, byte 5) holds 0x00.',
    ]);
    expect(region).toHaveTextContent('VA 0x5: PDE, then PTE, then PA 0x45.');
  });
});
