import { act, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { PageCachePanel } from './PageCachePanel';
import { useApp } from '../app/StoreContext';
import type { AppState } from '../../store/types';

const selectFs = (s: AppState) => s.fs;

function Panel() {
  const fs = useApp(selectFs);
  return fs ? <PageCachePanel fs={fs} onSync={() => undefined} /> : null;
}

describe('PageCachePanel', () => {
  it('shows the frames the page cache holds in memory and its bound, shrinking when a process needs them', async () => {
    const preset = JSON.parse(readFileSync('public/scenarios/caches-in-memory.json', 'utf8'));
    const { store } = await startedStore(preset);
    renderWithStore(<Panel />, store);
    await act(() => store.getState().seek(39));
    const before = screen.getByText(/of at most 48 CACHE frames, held by the kernel/).textContent ?? '';
    const held = Number(/^(\d+) of at most/.exec(before)?.[1]);
    expect(held).toBeGreaterThan(20);
    await act(() => store.getState().seek(41));
    const after = screen.getByText(/of at most 48 CACHE frames, held by the kernel/).textContent ?? '';
    expect(Number(/^(\d+) of at most/.exec(after)?.[1])).toBeLessThan(held);
  });

  it('says nothing of frames when the scenario has no memory management', async () => {
    const { memory: _, ...preset } = JSON.parse(readFileSync('public/scenarios/caches-in-memory.json', 'utf8'));
    const { store } = await startedStore(preset);
    renderWithStore(<Panel />, store);
    await act(() => store.getState().seek(39));
    expect(screen.getByRole('meter', { name: 'Page cache in use' })).toBeInTheDocument();
    expect(screen.queryByText(/CACHE frames/)).toBeNull();
  });
});
