import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseReferences } from './parseReferences';
import { ReplacementComparison, type PolicyResult } from './ReplacementComparison';

/** FIFO by hand, for the fake core: the frame table a textbook would draw. */
function fifo(refs: number[], frames: number): PolicyResult {
  const slots: (number | null)[] = Array.from({ length: frames }, () => null);
  let next = 0;
  const steps = refs.map((ref) => {
    if (slots.includes(ref)) return { ref, hit: true, victim: null, frames: [...slots] };
    const victim = slots[next] ?? null;
    slots[next] = ref;
    next = (next + 1) % frames;
    return { ref, hit: false, victim, frames: [...slots] };
  });
  const hits = steps.filter((s) => s.hit).length;
  return { policy: 'FIFO', hits, misses: refs.length - hits, hitRate: hits / refs.length, steps };
}
/** OPT's textbook counts on Belady's string: 7 misses with 3 frames, 6 with 4 (steps left out). */
const opt = (refs: number[], frames: number): PolicyResult => {
  const misses = frames === 3 ? 7 : 6;
  return {
    policy: 'OPT',
    hits: refs.length - misses,
    misses,
    hitRate: (refs.length - misses) / refs.length,
    steps: [],
  };
};
const fakeCore = () => vi.fn(async (refs: number[], frames: number) => [fifo(refs, frames), opt(refs, frames)]);
const row = (table: HTMLElement, name: RegExp) => within(table).getByRole('row', { name });

describe('ReplacementComparison', () => {
  it("runs the Belady preset with 3 then 4 frames and shows FIFO's anomaly", async () => {
    const onCompare = fakeCore();
    render(<ReplacementComparison onCompare={onCompare} />);
    await userEvent.click(screen.getByRole('button', { name: "Belady's anomaly" }));
    const belady = [1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5];
    expect(onCompare.mock.calls).toEqual([
      [belady, 3],
      [belady, 4],
    ]);
    const three = await screen.findByRole('table', { name: 'Policies with 3 frames' });
    const four = screen.getByRole('table', { name: 'Policies with 4 frames' });
    expect(row(three, /^FIFO/)).toHaveTextContent('FIFO3925 %');
    expect(row(four, /^FIFO/)).toHaveTextContent('FIFO21016.7 %');
    expect(row(three, /^OPT/)).toHaveTextContent('OPT ★ best');
    expect(
      screen.getByText(/Belady's anomaly — more frames, more faults\. FIFO: 9 misses with 3 frames but 10 with 4\./),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Reference string')).toHaveValue('1 2 3 4 1 2 5 1 2 3 4 5');
  });

  it("shows a policy's frame table with misses and victims marked", async () => {
    render(<ReplacementComparison onCompare={fakeCore()} />);
    await userEvent.click(screen.getByRole('button', { name: "Belady's anomaly" }));
    const table = await screen.findByRole('table', { name: /FIFO with 3 frames, step by step: 9 misses/ });
    const cells = (name: string) =>
      within(row(table, new RegExp(`^${name}`)))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('Frame 0')).toEqual(['1*', '1', '1', '4*', '4', '4', '5*', '5', '5', '5', '5', '5']);
    expect(cells('Hit or miss').slice(4, 9)).toEqual(['miss', 'miss', 'miss', 'hit', 'hit']);
    expect(cells('Evicted').slice(3, 7)).toEqual(['1', '2', '3', '4']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /with/ }), '4 frames');
    expect(screen.getByRole('table', { name: /FIFO with 4 frames, step by step: 10 misses/ })).toBeInTheDocument();
  });

  it('refuses a reference string with bad tokens, naming them', async () => {
    const onCompare = fakeCore();
    render(<ReplacementComparison onCompare={onCompare} />);
    const input = screen.getByLabelText('Reference string');
    await userEvent.clear(input);
    await userEvent.type(input, '7, 0, x, 2 -1');
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(
      screen.getByText('Reference string: “x”, “-1” are not page numbers (whole numbers from 0 to 999999).'),
    ).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(onCompare).not.toHaveBeenCalled();
  });

  it('compares one frame count from the form', async () => {
    const onCompare = fakeCore();
    render(<ReplacementComparison onCompare={onCompare} />);
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(onCompare).toHaveBeenCalledWith([7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2], 3);
    expect(await screen.findByRole('table', { name: 'Policies with 3 frames' })).toBeInTheDocument();
    expect(screen.queryByText(/more frames, more faults/)).toBeNull();
  });
});

describe('parseReferences', () => {
  it('accepts spaces and commas', () => {
    expect(parseReferences(' 7 0,1 ,2,, 0 ')).toEqual({ ok: true, value: [7, 0, 1, 2, 0] });
    expect(parseReferences('  ')).toMatchObject({ ok: false });
    expect(parseReferences('1.5')).toMatchObject({
      ok: false,
      message: expect.stringContaining('“1.5” is not a page number'),
    });
  });
});
