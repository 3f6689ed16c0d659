import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MemoryActions } from './MemoryActions';
import type { FormAnswer } from './types';

const PIDS = [
  { pid: 1, name: 'kernel' },
  { pid: 3, name: 'llm-infer' },
];

function setup() {
  const props = {
    pids: PIDS,
    virtualBits: 32,
    onAllocate: vi.fn(async (): Promise<FormAnswer> => ({ ok: true, message: 'Allocated 2 MiB at 0x10000.' })),
    onDeallocate: vi.fn(async (): Promise<FormAnswer> => ({ ok: false, message: 'No allocation starts at 0x5.' })),
    onAccess: vi.fn(async (): Promise<FormAnswer> => ({ ok: true })),
    onDefragment: vi.fn(async (): Promise<FormAnswer> => ({ ok: true, message: 'Moved 3 pages.' })),
  };
  render(<MemoryActions {...props} />);
  return { props, user: userEvent.setup() };
}
const form = (name: string) => within(screen.getByRole('form', { name }));

describe('MemoryActions', () => {
  it('allocates a size in MiB of a memory type and shows the answer', async () => {
    const { props, user } = setup();
    const f = form('Allocate');
    await user.selectOptions(f.getByLabelText('Process'), 'P3 llm-infer');
    await user.clear(f.getByLabelText('Size'));
    await user.type(f.getByLabelText('Size'), '1.5');
    await user.selectOptions(f.getByLabelText('Unit'), 'MiB');
    await user.selectOptions(f.getByLabelText('Memory type'), 'AI_MODEL');
    await user.click(f.getByRole('button', { name: 'Allocate' }));
    expect(props.onAllocate).toHaveBeenCalledWith(3, 1.5 * 1024 * 1024, 'AI_MODEL');
    expect(await f.findByText('Allocated 2 MiB at 0x10000.')).toBeInTheDocument();
  });

  it('refuses a bad size or address inline, naming the field and limit', async () => {
    const { props, user } = setup();
    await user.clear(form('Allocate').getByLabelText('Size'));
    await user.type(form('Allocate').getByLabelText('Size'), '0');
    await user.click(form('Allocate').getByRole('button', { name: 'Allocate' }));
    expect(form('Allocate').getByText('Size: a number above 0, at most 1 GiB.')).toBeInTheDocument();
    await user.type(form('Access').getByLabelText('Address'), '0x100000000');
    await user.click(form('Access').getByRole('button', { name: 'Access' }));
    expect(form('Access').getByText(/Address 0x100000000 is beyond the 32-bit address space/)).toBeInTheDocument();
    expect(props.onAllocate).not.toHaveBeenCalled();
    expect(props.onAccess).not.toHaveBeenCalled();
  });

  it("passes accesses and deallocations to the core and shows a refusal's reason", async () => {
    const { props, user } = setup();
    await user.type(form('Access').getByLabelText('Address'), '0x2000');
    await user.selectOptions(form('Access').getByLabelText('Access'), 'write');
    await user.click(form('Access').getByRole('button', { name: 'Access' }));
    expect(props.onAccess).toHaveBeenCalledWith(1, 0x2000, 'write');
    expect(await form('Access').findByText('Done.')).toBeInTheDocument();
    await user.type(form('Deallocate').getByLabelText('Address'), '5');
    await user.click(form('Deallocate').getByRole('button', { name: 'Deallocate' }));
    expect(await form('Deallocate').findByText('No allocation starts at 0x5.')).toHaveClass('error');
    await user.click(screen.getByRole('button', { name: 'Defragment now' }));
    expect(await screen.findByText('Moved 3 pages.')).toBeInTheDocument();
  });
});
