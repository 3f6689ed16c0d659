import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/appStore';
import { inProcessClient } from '../../store/inProcessClient';
import { manualFrames, renderWithStore } from '../testing/renderWithStore';
import { StatusBanner } from './StatusBanner';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  title: 'crash test',
  scheduler: { policy: 'RR', quantum: 2 },
  processes: [
    { pid: 1, name: 'llm-infer', type: 'AI_INFERENCE', arrival: 0, bursts: [5] },
    { pid: 2, name: 'validator', type: 'BLOCKCHAIN_VALIDATOR', arrival: 0, bursts: [4] },
  ],
};

describe('StatusBanner', () => {
  it('shows nothing while the simulation runs', async () => {
    const store = createAppStore({ makeClient: () => inProcessClient(), frames: manualFrames(), clockMs: () => 0 });
    await store.getState().start();
    renderWithStore(<StatusBanner />, store);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reports a crash and restarts with the same scenario at the same tick', async () => {
    const clients: ReturnType<typeof inProcessClient>[] = [];
    const store = createAppStore({
      makeClient: () => {
        const c = inProcessClient();
        clients.push(c);
        return c;
      },
      frames: manualFrames(),
      clockMs: () => 0,
    });
    await store.getState().start();
    await store.getState().load(SCENARIO, 'test');
    await store.getState().seek(3);
    renderWithStore(<StatusBanner />, store);

    act(() => clients[0]?.crash('out of memory'));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The simulation stopped: out of memory');
    expect(store.getState().status).toBe('crashed');

    await userEvent.click(screen.getByRole('button', { name: 'Restart simulation' }));
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    await waitFor(() => expect(store.getState().frame?.tick).toBe(3));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(clients).toHaveLength(2);
    expect(store.getState().scenario?.title).toBe('crash test');
  });
});
