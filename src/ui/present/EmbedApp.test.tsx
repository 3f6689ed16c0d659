import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { EmbedApp } from './EmbedApp';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  title: 'Two jobs',
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [4] }],
};

beforeEach(() => void vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null));
afterEach(() => vi.restoreAllMocks());

describe('EmbedApp', () => {
  it('shows one view with the playback controls and no tabs', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<EmbedApp view="gantt" />, store);
    expect(screen.getByRole('toolbar', { name: 'Playback' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Gantt chart: FIFO schedule/ })).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('BCOS Simulator: Gantt chart — Two jobs');
  });

  it('shows the process table for view=table', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<EmbedApp view="table" />, store);
    expect(screen.getByRole('main', { name: 'Processes' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^Gantt chart/ })).not.toBeInTheDocument();
  });
});
