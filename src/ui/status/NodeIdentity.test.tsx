import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { NodeIdentity } from './NodeIdentity';

const scenario = (node: object) => ({
  format: 'bcos-scenario',
  version: 3,
  scheduler: { policy: 'FIFO' },
  node,
  processes: [{ pid: 1, name: 'job', type: 'USER', arrival: 0, bursts: [1] }],
});

describe('NodeIdentity', () => {
  it('says so when the node has no connections, in the singular for one CPU', async () => {
    const { store } = await startedStore(scenario({ id: 'edge-1', cpus: 1, gpus: 0 }));
    renderWithStore(<NodeIdentity />, store);
    expect(screen.getByRole('region', { name: 'Node' })).toHaveTextContent(
      'Node edge-1 · 1 CPU, 0 GPUs · No connections',
    );
  });

  it('lists every peer, the whole line also its tooltip, since a long one is cut', async () => {
    const peers = Array.from({ length: 40 }, (_, i) => `peer-${i + 1}`);
    const { store } = await startedStore(scenario({ id: 'hub', cpus: 4, gpus: 2, connections: peers }));
    renderWithStore(<NodeIdentity />, store);
    const node = screen.getByRole('region', { name: 'Node' });
    expect(node).toHaveTextContent(`40 connections: ${peers.join(', ')}`);
    expect(node).toHaveAttribute('title', `Node hub · 4 CPUs, 2 GPUs · 40 connections: ${peers.join(', ')}`);
  });
});
