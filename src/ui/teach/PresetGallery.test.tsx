import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PresetInfo } from '../../core/scenario/presetIndex';
import { STAGE_PANELS } from '../stage/views';
import { PresetGallery, VIEW_OF } from './PresetGallery';
import { START, stubFetch } from './testFetch';

const INDEX = [
  {
    file: 'fifo.json',
    subject: 'scheduling',
    title: 'FIFO demo',
    summary: 'One long job first.',
    watchFor: 'The convoy.',
  },
  {
    file: 'heap.json',
    subject: 'processes',
    panel: 'heap',
    title: 'Heap demo',
    summary: 'Malloc.',
    watchFor: 'The list.',
  },
  { file: 'ring.json', subject: 'network', title: 'Ring demo', summary: 'Gossip.', watchFor: 'The rounds.' },
  {
    file: 'memory-x.json',
    subject: 'memory',
    title: 'Memory demo',
    summary: 'Pages and frames.',
    watchFor: 'The grid.',
  },
  { file: 'odd.json', subject: 'astrology', title: 'Odd demo', summary: 'No such subject.', watchFor: 'Nothing.' },
];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('PresetGallery', () => {
  it('lists every preset under its subject, in the order of the subjects, and opens one in its view', async () => {
    stubFetch({
      'scenarios/index.json': INDEX,
      'scenarios/fifo.json': { ...START, title: 'FIFO scenario' },
      'scenarios/ring.json': { ...START, title: 'Ring scenario' },
      'scenarios/heap.json': { ...START, title: 'Heap scenario' },
    });
    const { store } = await startedStore(START);
    renderWithStore(<PresetGallery />, store);
    const scheduling = (await screen.findByRole('heading', { name: 'Scheduling' })).closest('section')!;
    const memory = screen.getByRole('heading', { name: 'Memory' }).closest('section')!;
    expect(within(scheduling).getByText('One long job first.')).toBeInTheDocument();
    expect(within(scheduling).getByText('The convoy.')).toBeInTheDocument();
    expect(within(memory).getByRole('button', { name: 'Open Memory demo' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Scheduling',
      'Processes and the heap',
      'Memory',
      'Network',
    ]);
    // A button a subject, with its count, leads to its section.
    const subjects = screen.getByRole('navigation', { name: 'Subjects' });
    expect(
      within(subjects)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Scheduling (1)', 'Processes and the heap (1)', 'Memory (1)', 'Network (1)']);
    await userEvent.setup().click(within(subjects).getByRole('button', { name: 'Network (1)' }));
    expect(screen.getByRole('heading', { name: 'Network' })).toHaveFocus();
    // An entry of no known subject is not a preset the page can place.
    expect(screen.queryByText('Odd demo')).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open FIFO demo' }));
    await waitFor(() => expect(store.getState().scenario?.title).toBe('FIFO scenario'));
    expect(store.getState().view).toBe('simulate');
    await user.click(screen.getByRole('button', { name: 'Open Ring demo' }));
    await waitFor(() => expect(store.getState().scenario?.title).toBe('Ring scenario'));
    expect(store.getState().view).toBe('network');
    // A preset whose picture is a panel opens with that panel.
    await user.click(screen.getByRole('button', { name: 'Open Heap demo' }));
    await waitFor(() => expect(store.getState().scenario?.title).toBe('Heap scenario'));
    expect(store.getState().view).toBe('simulate');
    expect(store.getState().panels.simulate).toBe('heap');
  });

  it('names, in the bundled index, only panels that the view of each preset has', () => {
    const index = JSON.parse(readFileSync(join(__dirname, '../../../public/scenarios/index.json'), 'utf8'));
    for (const p of index as PresetInfo[])
      if (p.panel !== undefined) expect(STAGE_PANELS[VIEW_OF[p.subject]]?.map((x) => x.id)).toContain(p.panel);
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
