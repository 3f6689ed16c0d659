import { act, screen } from '@testing-library/react';
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
