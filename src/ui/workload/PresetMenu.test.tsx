import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { PresetMenu } from './PresetMenu';
import { loadPreset } from './presets';

const START = {
  format: 'bcos-scenario',
  version: 1,
  title: 'Start',
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [3] }],
};
const PRESET_A = { ...START, title: 'Preset A scenario' };
const INDEX = [
  {
    file: 'a.json',
    subject: 'scheduling',
    title: 'Preset A',
    summary: 'A short summary.',
    watchFor: 'Watch the queue.',
  },
  { file: 'gone.json', subject: 'network', title: 'Gone', summary: 'Missing.', watchFor: 'Nothing.' },
  { file: 'b.json', subject: 'scheduling', title: 'Preset B', summary: 'Another.', watchFor: 'More.' },
];

/** A fetch that serves `files` by name under /scenarios/ and fails like a network error otherwise. */
function stubFetch(files: Record<string, unknown>) {
  const fetchMock = vi.fn(async (url: URL | string) => {
    const name = String(url).split('/scenarios/')[1] ?? '';
    if (!(name in files)) throw new TypeError('Failed to fetch');
    return { ok: true, status: 200, json: async () => files[name] } as Response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('PresetMenu', () => {
  it('loads the chosen preset and shows what to watch for', async () => {
    const fetchMock = stubFetch({ 'index.json': INDEX, 'a.json': PRESET_A });
    const { store } = await startedStore(START);
    renderWithStore(<PresetMenu />, store);
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Preset A' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'Preset A');
    await waitFor(() => expect(store.getState().scenario?.title).toBe('Preset A scenario'));
    expect(await screen.findByText(/A short summary\./)).toBeInTheDocument();
    expect(screen.getByText(/Watch the queue\./)).toBeInTheDocument();
    // Relative to the page, so that a build served from a sub-path finds its presets.
    expect(String(fetchMock.mock.calls.at(-1)?.[0])).toBe(new URL('scenarios/a.json', document.baseURI).href);
  });

  it('lists the presets by subject, in the order of the subjects', async () => {
    stubFetch({ 'index.json': INDEX });
    const { store } = await startedStore(START);
    renderWithStore(<PresetMenu />, store);
    await screen.findByRole('option', { name: 'Preset A' });
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(['Scheduling', 'Network']);
    expect(
      within(groups[0]!)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Preset A', 'Preset B']);
    expect(within(groups[1]!).getByRole('option', { name: 'Gone' })).toBeInTheDocument();
  });

  it('shows which preset is loaded, "Edited" once it is changed, and "Custom" for a scenario from elsewhere', async () => {
    stubFetch({ 'index.json': INDEX, 'a.json': PRESET_A });
    const { store } = await startedStore(START);
    renderWithStore(<PresetMenu />, store);
    const user = userEvent.setup();
    const menu = screen.getByRole('combobox', { name: 'Preset' });
    await screen.findByRole('option', { name: 'Preset A' });
    expect(menu).toHaveDisplayValue('Custom scenario');
    await user.selectOptions(menu, 'Preset A');
    await waitFor(() => expect(menu).toHaveDisplayValue('Preset A'));
    await act(() => store.getState().edit((x) => ({ ...x, title: 'mine now' }), 'test'));
    expect(menu).toHaveDisplayValue('Edited: Preset A');
    await act(() => store.getState().undo());
    expect(menu).toHaveDisplayValue('Preset A');
    await act(() => store.getState().load(START, 'file start.json'));
    expect(menu).toHaveDisplayValue('Custom scenario');
  });

  it('reports a preset that cannot be fetched and keeps the old scenario', async () => {
    stubFetch({ 'index.json': INDEX });
    const { store } = await startedStore(START);
    renderWithStore(<PresetMenu />, store);
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Gone' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'Gone');
    expect(await screen.findByText(/gone\.json could not be fetched/)).toBeInTheDocument();
    expect(store.getState().errors[0]?.message).toMatch(/gone\.json could not be fetched/);
    expect(store.getState().scenario?.title).toBe('Start');
  });

  it('reports a preset that is not a valid scenario and keeps the old scenario', async () => {
    stubFetch({ 'index.json': INDEX, 'a.json': { ...PRESET_A, version: 99 } });
    const { store } = await startedStore(START);
    renderWithStore(<PresetMenu />, store);
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Preset A' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'Preset A');
    expect(await screen.findByText(/version must be a supported version \(1, 2, 3\)/)).toBeInTheDocument();
    expect(store.getState().scenario?.title).toBe('Start');
  });

  it('says so when the preset list cannot be fetched', async () => {
    stubFetch({});
    const { store } = await startedStore(START);
    renderWithStore(<PresetMenu />, store);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Presets are unavailable: index\.json could not be fetched/,
    );
  });
});

describe('loadPreset', () => {
  it('gives way once the file has come, when what it was loaded for is no longer wanted', async () => {
    stubFetch({ 'a.json': PRESET_A });
    const { store } = await startedStore(START);
    const result = await loadPreset(store, 'a.json', () => false);
    expect(result.ok).toBe(false);
    expect(store.getState().scenario?.title).toBe('Start');
    expect(store.getState().errors).toEqual([]);
    expect((await loadPreset(store, 'a.json', () => true)).ok).toBe(true);
    expect(store.getState().scenario?.title).toBe('Preset A scenario');
  });
});
