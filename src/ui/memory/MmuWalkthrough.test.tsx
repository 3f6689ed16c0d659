import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TranslationResult } from '../../core/memory/types';
import { MmuWalkthrough } from './MmuWalkthrough';

// 0x3234 with 4 KiB pages: VPN 3, offset 0x234 = 564. The page is in swap; it comes into frame 7.
const RESULT: TranslationResult = {
  ok: true,
  physical: 7 * 4096 + 564,
  frame: 7,
  tlbHit: false,
  cost: 23,
  steps: [
    { step: 'split', vpn: 3, offset: 564, pageSize: 4096 },
    { step: 'tlb', hit: false },
    { step: 'walk', level: 1, index: 3, entry: null },
    { step: 'fault', kind: 'notPresent', detail: 'Page 3 is in swap slot 12.' },
    { step: 'swapIn', slot: 12, frame: 7, victim: { pid: 2, vpn: 9, dirty: true } },
    { step: 'physical', frame: 7, address: 7 * 4096 + 564, memoryType: 'AI_MODEL', tier: 1, latency: 2 },
  ],
};

const PIDS = [
  { pid: 1, name: 'kernel' },
  { pid: 3, name: 'llm-infer' },
];

function setup(onTranslate = vi.fn(async () => RESULT), onFocus = vi.fn()) {
  render(
    <MmuWalkthrough
      pids={PIDS}
      pageSize={4096}
      levels={1}
      virtualBits={16}
      onTranslate={onTranslate}
      onFocus={onFocus}
    />,
  );
  return { user: userEvent.setup(), onTranslate, onFocus };
}
const steps = () => within(screen.getByRole('list', { name: 'Translation steps' })).getAllByRole('listitem');

describe('MmuWalkthrough', () => {
  it('translates a hex address and shows the steps one at a time, in order', async () => {
    const { user, onTranslate } = setup();
    await user.selectOptions(screen.getByLabelText('Process'), 'P3 llm-infer');
    await user.type(screen.getByLabelText('Virtual address'), '0x3234');
    await user.selectOptions(screen.getByLabelText('Access'), 'write');
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    expect(onTranslate).toHaveBeenCalledWith(3, 0x3234, 'write');

    const split = within(screen.getByRole('group', { name: /Address split of 0x3234/ }));
    expect(split.getByText('VPN (4 bits) = 3')).toBeInTheDocument();
    expect(split.getByText('offset (12 bits) = 564')).toBeInTheDocument();
    expect(steps()).toHaveLength(1);
    expect(steps()[0]).toHaveTextContent(/Split the address.*VPN 3/);
    expect(screen.getByRole('button', { name: 'Previous step' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(steps()[1]).toHaveTextContent('TLB lookup: miss');
    expect(steps()[1]).toHaveAttribute('aria-current', 'step');
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(steps()[2]).toHaveTextContent('Entry 3 has no frame: the page is not mapped, or it is in swap');
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(steps()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(steps().map((s) => s.textContent?.split('.')[0])).toEqual([
      'Split the address',
      'TLB lookup: miss',
      'Page-table lookup',
      'Fault: page not present',
      'Swap in',
      'Physical address',
    ]);
    expect(steps()[4]).toHaveTextContent("P2's page 9 was evicted (dirty: written back to swap first)");
    expect(steps()[5]).toHaveTextContent('Frame 7 × 4096 + offset 564 = 0x7234 (29236)');
    expect(steps()[5]).toHaveTextContent('The page is AI_MODEL memory, tier 1: the access takes 2 ticks (0.2 ms).');
    expect(
      screen.getByText(
        'Page 3 of P3 was not in memory: page fault, loaded from swap slot 12. Frame 7, offset 0x234: physical address 0x7234, 23 ticks: 2 ticks for AI_MODEL memory (tier 1, 0.2 ms), 1 tick for the page-table walk (TLB miss), 20 ticks to bring the page in. A process making this reference stalls on its CPU for them.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
  });

  it('tells the grid and the tables, step by step, which page-table row and frame it is at', async () => {
    const { user, onFocus } = setup();
    await user.type(screen.getByLabelText('Virtual address'), '0x3234');
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    expect(onFocus).toHaveBeenLastCalledWith({ pid: 1, vpn: 3, frame: null, pageTableRow: false, tlb: false });
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(onFocus).toHaveBeenLastCalledWith(expect.objectContaining({ tlb: true, pageTableRow: false }));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(onFocus).toHaveBeenLastCalledWith(expect.objectContaining({ pageTableRow: true, frame: null }));
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(onFocus).toHaveBeenLastCalledWith({ pid: 1, vpn: 3, frame: 7, pageTableRow: true, tlb: true });
  });

  it('refuses bad input with a message naming the field and the limit', async () => {
    const { user, onTranslate } = setup();
    const input = screen.getByLabelText('Virtual address');
    await user.type(input, 'abc');
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    expect(screen.getByText(/Virtual address “abc” is not a number/)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/not a number/);

    await user.clear(input);
    await user.type(input, '65536');
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    expect(
      screen.getByText(
        'Virtual address 65536 is beyond the 16-bit address space: it must be below 2^16 = 65536 (0x10000).',
      ),
    ).toBeInTheDocument();

    await user.clear(input);
    await user.type(input, '-1');
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    expect(screen.getByText('Virtual address must not be negative.')).toBeInTheDocument();
    expect(onTranslate).not.toHaveBeenCalled();
  });

  it('draws directory | table | offset for a two-level walk', async () => {
    const onTranslate = vi.fn(async (): Promise<TranslationResult> => ({
      ok: false,
      fault: 'invalid',
      cost: 3,
      steps: [{ step: 'split', vpn: 515, offset: 1, pageSize: 1024, directory: 2, table: 3 }],
    }));
    render(<MmuWalkthrough pids={PIDS} pageSize={1024} levels={2} virtualBits={24} onTranslate={onTranslate} />);
    await userEvent.type(screen.getByLabelText('Virtual address'), String(515 * 1024 + 1));
    await userEvent.click(screen.getByRole('button', { name: 'Translate' }));
    // 14 VPN bits: a table has 1024 ÷ 4 = 2^8 entries, the directory takes the other 6 bits
    const split = within(screen.getByRole('group', { name: /Address split/ }));
    expect(split.getByText('directory (6 bits) = 2')).toBeInTheDocument();
    expect(split.getByText('table (8 bits) = 3')).toBeInTheDocument();
    expect(split.getByText('offset (10 bits) = 1')).toBeInTheDocument();
    expect(
      screen.getByText('Page 515 of P1 is not mapped (invalid page): fault, 3 ticks; the read is refused.'),
    ).toBeInTheDocument();
  });
});
