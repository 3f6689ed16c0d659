import { act, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { ModelCachePanel } from './ModelCachePanel';
import { useApp } from '../app/StoreContext';
import type { AppState } from '../../store/types';

const selectFs = (s: AppState) => s.fs;

function Panel() {
  const fs = useApp(selectFs);
  return fs ? <ModelCachePanel fs={fs} /> : null;
}

describe('ModelCachePanel', () => {
  it('shows the models held and pinned at each tick, with what the cache has done', async () => {
    const preset = JSON.parse(readFileSync('public/scenarios/model-cache.json', 'utf8'));
    const { store } = await startedStore(preset);
    renderWithStore(<Panel />, store);
    await act(() => store.getState().seek(4));
    expect(screen.getByRole('table', { name: 'Models in memory' })).toHaveTextContent('llama-7b7 GB2 processes');
    expect(
      screen.getByText(/1 hits, 1 misses \(hit rate 50 %\); 0 evictions; 7 GB loaded in 7 ticks/),
    ).toBeInTheDocument();
    await act(() => store.getState().seek(40));
    expect(screen.getByRole('table', { name: 'Models in memory' })).toHaveTextContent('mistral-7b');
    expect(screen.getByRole('table', { name: 'Models in memory' })).not.toHaveTextContent('llama-7b');
  });
});

describe('ModelCachePanel with a model store', () => {
  it('shows each load’s page-cache hits and misses and its load time, and the blobs the snapshots share', async () => {
    const preset = JSON.parse(readFileSync('public/scenarios/model-store.json', 'utf8'));
    const { store } = await startedStore(preset);
    renderWithStore(<Panel />, store);
    await act(() => store.getState().seek(20));
    const loads = screen.getByRole('table', { name: 'Model loads' });
    const rows = within(loads)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      expect.stringMatching(/^0P1org\/llm@[0-9a-f]{7}miss0 of 65 blocks65, disk until tick 6983 ticks$/),
      expect.stringMatching(/^5P2org\/llm@[0-9a-f]{7}hitnone read—0 ticks$/),
      expect.stringMatching(/^10P3org\/llm-chat@[0-9a-f]{7}miss15 of 65 blocks50, disk until tick 123127 ticks$/),
    ]);
    const blobs = screen.getByRole('table', { name: 'Store blobs' });
    expect(within(blobs).getAllByRole('row')).toHaveLength(1 + 5);
    expect(
      within(blobs).getByText(
        /org\/llm@[0-9a-f]{7}\/tokenizer\.json, org\/llm-chat@[0-9a-f]{7}\/tokenizer\.json \(shared by 2, stored once\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Store under \/models: 461.4 kB stored for 521.4 kB referenced by 2 snapshots: sharing saves 60 kB\.$/,
      ),
    ).toBeInTheDocument();
  });
});
