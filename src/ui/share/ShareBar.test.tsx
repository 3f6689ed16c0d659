import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeShare } from '../../core/scenario/share';
import { scenarioOf } from '../../core/testing/scenarioOf';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { ShareBar } from './ShareBar';

const rr = {
  ...scenarioOf({ policy: 'RR', quantum: 2 }, [{ bursts: [5, 3, 2] }, { arrival: 1, bursts: [4] }]),
  title: 'rr <b>bold</b>',
};
const fifo = { ...scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }]), title: 'fifo' };

afterEach(() => vi.unstubAllGlobals());

describe('ShareBar', () => {
  it('shares a link to the scenario at the current tick and copies it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { store } = await startedStore(rr);
    await store.getState().seek(3);
    renderWithStore(<ShareBar />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    const input = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Share link' });
    expect(input.readOnly).toBe(true);
    expect(writeText).toHaveBeenCalledWith(input.value);
    expect(await screen.findByText(/Copied to the clipboard/)).toBeInTheDocument();
    const decoded = decodeShare(new URL(input.value).hash);
    expect(decoded.ok && decoded.payload.view).toEqual({ tick: 3, tab: 'simulate' });
    expect(decoded.ok && decoded.payload.scenario.title).toBe('rr <b>bold</b>');
    expect(screen.getByRole('button', { name: 'Copy' })).toBeEnabled();
  });

  it('shows the link without a clipboard', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const { store } = await startedStore(rr);
    renderWithStore(<ShareBar />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByText(/Select the link and copy it/)).toBeInTheDocument();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Share link' }).value).toContain('#s=');
  });

  it('offers a file for a scenario too big for a link', async () => {
    const names = Array.from({ length: 600 }, (_, i) => ({ bursts: [(i % 37) + 1], priority: (i * 7) % 13 }));
    const big = {
      ...scenarioOf({ policy: 'FIFO' }, names),
      description: Array.from({ length: 500 }, (_, i) => String((i * 7919) % 10007)).join(' '),
    };
    const { store } = await startedStore(big);
    renderWithStore(<ShareBar />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByText(/too big for a link/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download scenario file' })).toBeInTheDocument();
  });

  it('imports a file, refuses a broken one, and undoes with the button and Ctrl+Z', async () => {
    const { store } = await startedStore(rr);
    renderWithStore(<ShareBar />, store);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();
    expect(undo).toHaveAttribute('aria-keyshortcuts', 'Control+Z Meta+Z');
    const input = screen.getByLabelText('Import scenario file');
    await userEvent.upload(input, new File([JSON.stringify(fifo)], 'fifo.json', { type: 'application/json' }));
    await waitFor(() => expect(store.getState().scenario?.title).toBe('fifo'));
    await userEvent.upload(input, new File(['{"format":'], 'bad.json', { type: 'application/json' }));
    await waitFor(() => expect(store.getState().errorSource).toBe('file bad.json'));
    expect(store.getState().scenario?.title).toBe('fifo');

    expect(undo).toBeEnabled();
    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    });
    await waitFor(() => expect(store.getState().scenario?.title).toBe('rr <b>bold</b>'));
    await waitFor(() => expect(undo).toBeDisabled());
  });

  it('leaves Ctrl+Z to text fields', async () => {
    const { store } = await startedStore(rr);
    await store.getState().load(fifo, 'test');
    renderWithStore(
      <>
        <ShareBar />
        <input aria-label="Name" />
      </>,
      store,
    );
    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'z', ctrlKey: true });
    await new Promise((r) => setTimeout(r, 10));
    expect(store.getState().scenario?.title).toBe('fifo');
  });

  it('exports the scenario as a JSON file', async () => {
    const createObjectURL = vi.fn(() => 'blob:x');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { store } = await startedStore(rr);
    renderWithStore(<ShareBar />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('rr-b-bold-b.json');
    click.mockRestore();
  });
});
