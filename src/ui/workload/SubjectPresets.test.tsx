import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { START, stubFetch } from '../teach/testFetch';
import { SubjectPresets } from './SubjectPresets';

const INDEX = [
  { file: 'ring.json', subject: 'network', title: 'Ring', summary: 'Gossip on a ring.', watchFor: 'Rounds.' },
  { file: 'raid.json', subject: 'files', title: 'RAID', summary: 'A disk fails.', watchFor: 'The rebuild.' },
  { file: 'grid.json', subject: 'network', title: 'Grid', summary: 'Gossip on a grid.', watchFor: 'Rounds.' },
];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('SubjectPresets', () => {
  it("offers the subject's presets with their summaries, and loads the one chosen", async () => {
    stubFetch({ 'scenarios/index.json': INDEX, 'scenarios/grid.json': { ...START, title: 'Grid scenario' } });
    const { store } = await startedStore(START);
    renderWithStore(<SubjectPresets subject="network" title="Network presets" />, store);
    const list = await screen.findByRole('region', { name: 'Network presets' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Load “Ring”', 'Load “Grid”']);
    expect(within(list).getByText('Gossip on a grid.')).toBeInTheDocument();
    await userEvent.setup().click(within(list).getByRole('button', { name: 'Load “Grid”' }));
    await waitFor(() => expect(store.getState().scenario?.title).toBe('Grid scenario'));
  });

  it('shows nothing when the index cannot be fetched', async () => {
    const fetchMock = stubFetch({});
    const { store } = await startedStore(START);
    const { container } = renderWithStore(<SubjectPresets subject="memory" title="Memory presets" />, store);
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(container).toBeEmptyDOMElement();
  });
});
