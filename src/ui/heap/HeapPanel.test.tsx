import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ostepCommand } from '../../core/ostep/command';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { HeapPanel } from './HeapPanel';

function mallocScenario(line: string) {
  const c = ostepCommand(line);
  if (!c.ok) throw new Error(c.error);
  return c.scenario;
}

describe('HeapPanel', () => {
  it('shows the heap of a playing scenario at the current tick: chunks, free list and the latest step', async () => {
    const { store } = await startedStore(mallocScenario('./malloc.py -S 100 -b 1000 -H 4 -p BEST -A +10,+20,-0 -c'));
    renderWithStore(<HeapPanel />, store);
    // Operation i is at tick i: at tick 0 P0 has made its first malloc.
    expect(screen.getByRole('img', { name: /Heap 1000–1100: 1 allocated, 1 free chunks/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Heap (free-list allocator)' }).nextElementSibling).toHaveTextContent(
      /P0.*malloc/i,
    );
    await act(() => store.getState().seek(1));
    expect(screen.getByRole('img', { name: /Heap 1000–1100: 2 allocated, 1 free chunks/ })).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Free list now (in list order)' })).getByText('1038 (62)'),
    ).toBeInTheDocument();
    await act(() => store.getState().seek(2));
    expect(screen.getByRole('img', { name: /1 allocated, 2 free chunks/ })).toBeInTheDocument();
    // Back in time gives the heap as it was there.
    await act(() => store.getState().seek(0));
    expect(screen.getByRole('img', { name: /1 allocated, 1 free chunks/ })).toBeInTheDocument();
  });

  it('is absent for a scenario without a heap section', async () => {
    const { store } = await startedStore({
      format: 'bcos-scenario',
      version: 3,
      title: 'No heap',
      scheduler: { policy: 'FIFO' },
      processes: [{ pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [3] }],
    });
    const { container } = renderWithStore(<HeapPanel />, store);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('HeapActions', () => {
  it('malloc and free at the current tick, answered by the simulation; a size beyond the heap is refused inline', async () => {
    const { store } = await startedStore(mallocScenario('./malloc.py -S 100 -b 1000 -H 4 -p BEST -A +10,+20,-0 -c'));
    renderWithStore(<HeapPanel />, store);
    await act(() => store.getState().seek(1));
    const mallocForm = screen.getByRole('form', { name: 'malloc' });
    const bytes = within(mallocForm).getByRole('textbox', { name: 'Bytes' });
    await userEvent.clear(bytes);
    await userEvent.type(bytes, '500');
    await userEvent.click(within(mallocForm).getByRole('button', { name: 'malloc now' }));
    expect(within(mallocForm).getByText(/Bytes: a whole number from 0 to 100/)).toBeInTheDocument();
    await userEvent.clear(bytes);
    await userEvent.type(bytes, '30');
    await userEvent.click(within(mallocForm).getByRole('button', { name: 'malloc now' }));
    expect(await within(mallocForm).findByRole('status')).toHaveTextContent(
      /P0 malloc, allocation 2: Alloc\(30\) needs 34 bytes/,
    );
    expect(screen.getByRole('img', { name: /3 allocated, 1 free chunks/ })).toBeInTheDocument();

    const freeForm = screen.getByRole('form', { name: 'free' });
    await userEvent.selectOptions(
      within(freeForm).getByRole('combobox', { name: 'Allocation' }),
      'ptr[2]: P0, 30 bytes',
    );
    await userEvent.click(within(freeForm).getByRole('button', { name: 'free now' }));
    expect(await within(freeForm).findByRole('status')).toHaveTextContent(/P0 frees allocation 2/);
    // No coalescing: the freed chunk sits beside the free tail as its own element.
    expect(screen.getByRole('img', { name: /2 allocated, 2 free chunks/ })).toBeInTheDocument();
  });
});
