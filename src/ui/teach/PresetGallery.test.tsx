import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { PresetGallery } from './PresetGallery';
import { START, stubFetch } from './testFetch';

const INDEX = [
  { file: 'fifo.json', title: 'FIFO demo', summary: 'One long job first.', watchFor: 'The convoy.' },
  { file: 'memory-x.json', title: 'Memory demo', summary: 'Pages and frames.', watchFor: 'The grid.' },
];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('PresetGallery', () => {
  it('lists every preset under Scheduling or Memory and opens one', async () => {
    stubFetch({ 'scenarios/index.json': INDEX, 'scenarios/fifo.json': { ...START, title: 'FIFO scenario' } });
    const { store } = await startedStore(START);
    renderWithStore(<PresetGallery />, store);
    const scheduling = (await screen.findByRole('heading', { name: 'Scheduling' })).closest('section')!;
    const memory = screen.getByRole('heading', { name: 'Memory' }).closest('section')!;
    expect(within(scheduling).getByText('One long job first.')).toBeInTheDocument();
    expect(within(scheduling).getByText('The convoy.')).toBeInTheDocument();
    expect(within(memory).getByRole('button', { name: 'Open Memory demo' })).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Open FIFO demo' }));
    await waitFor(() => expect(store.getState().scenario?.title).toBe('FIFO scenario'));
    expect(store.getState().view).toBe('simulate');
  });

  it('says so when the preset list cannot be fetched', async () => {
    stubFetch({});
    const { store } = await startedStore(START);
    renderWithStore(<PresetGallery />, store);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Presets are unavailable: index\.json could not be fetched/,
    );
  });
});
