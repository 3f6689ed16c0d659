import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HeapPicture } from '../../core/ostep/answers';
import { AllocatorView } from './AllocatorView';
import { HeapBar } from './HeapBar';
import { MALLOC_ANSWER, MALLOC_HEAP } from './testAnswers';

const rows = (name: RegExp) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent);
const freeList = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('AllocatorView', () => {
  it('starts before the first step with the whole heap free, its chunks listed as text', () => {
    render(<AllocatorView answer={MALLOC_ANSWER} heap={MALLOC_HEAP} />);
    expect(screen.getByRole('slider', { name: 'Step' })).toHaveValue('0');
    expect(screen.getByText(/A 100-byte heap at 1000/)).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Heap 1000–1100: 0 allocated, 1 free chunks \(100 bytes free\)/ }),
    ).toBeInTheDocument();
    expect(rows(/Chunks in address order/)).toEqual(['1000–1100100free']);
    expect(freeList('Free list')).toEqual(['1000 (100)']);
    expect(screen.queryByRole('list', { name: /before this step/ })).toBeNull();
  });

  it('steps through: the search path on the list before the step, the heap and list after it', async () => {
    render(<AllocatorView answer={MALLOC_ANSWER} heap={MALLOC_HEAP} />);
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Step 1 of 4: ptr[0] = Alloc(10).')).toBeInTheDocument();
    expect(freeList("Free list before this step (the search's path)")).toEqual(['1000 (100)examined 1, chosen']);
    expect(freeList('Free list after this step')).toEqual(['1016 (84)']);
    expect(rows(/Chunks in address order/)).toEqual(['1000–101616ptr[0]: header 4 + 12 bytes', '1016–110084free']);

    await userEvent.click(screen.getByRole('button', { name: 'Last' }));
    expect(screen.getByRole('slider', { name: 'Step' })).toHaveValue('4');
    // Best fit examined both chunks in list order and took the first (the smaller).
    expect(freeList("Free list before this step (the search's path)")).toEqual([
      '1000 (16)examined 1, chosen',
      '1040 (60)examined 2',
    ]);
    expect(freeList('Free list after this step')).toEqual(['1012 (4)', '1040 (60)']);
    expect(screen.getByRole('img', { name: /2 allocated, 2 free chunks \(64 bytes free\)/ })).toBeInTheDocument();
    const bar = screen.getByRole('img', { name: /Heap 1000–1100/ });
    expect([...bar.querySelectorAll('.heap-chunk')].map((c) => [c.textContent, c.className])).toEqual([
      ['ptr[2]', 'heap-chunk used focus'],
      ['free', 'heap-chunk free'],
      ['ptr[1]', 'heap-chunk used'],
      ['free', 'heap-chunk free'],
    ]);
    expect(bar.querySelectorAll('.heap-chunk-header')).toHaveLength(2);
  });

  it('steps with ←/→ and from the table, and marks the current step there', async () => {
    render(<AllocatorView answer={MALLOC_ANSWER} heap={MALLOC_HEAP} />);
    await userEvent.click(screen.getByRole('button', { name: 'Go to step 4' }));
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('slider', { name: 'Step' })).toHaveValue('3');
    expect(screen.getByText('Step 3 of 4: Free(ptr[0]).')).toBeInTheDocument();
    // A free searches nothing: the list before it carries no marks.
    expect(freeList("Free list before this step (the search's path)")).toEqual(['1040 (60)']);
    const table = screen.getByRole('table', { name: 'All steps' });
    const current = within(table)
      .getAllByRole('row')
      .filter((r) => r.getAttribute('aria-current') === 'step');
    expect(current.map((r) => r.textContent)).toEqual(['3Free(ptr[0])ptr[0]0—1000 (16), 1040 (60)']);
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('slider', { name: 'Step' })).toHaveValue('0');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
  });

  it('keeps 100+ chunks readable: the bar widens to scroll and every chunk is in the table', () => {
    const chunks = Array.from({ length: 120 }, (_, i) => ({
      addr: i * 8,
      size: 8,
      free: i % 2 === 1,
      ptrIndex: i % 2 === 1 ? null : i / 2,
    }));
    const big: HeapPicture = {
      base: 0,
      size: 960,
      header: 4,
      chunks,
      freeList: [],
      searched: [],
      chosen: null,
      explanation: '',
    };
    const { container } = render(<HeapBar picture={big} caption="The heap" />);
    expect(container.querySelector<HTMLElement>('.ostep-heap-track')?.style.minWidth).toBe('720px');
    expect(rows(/Chunks in address order/)).toHaveLength(120);
    expect(screen.getByRole('group', { name: 'Heap bar (scrolls sideways)' })).toHaveAttribute('tabindex', '0');
  });
});
