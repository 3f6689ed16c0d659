import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProcessMetrics } from '../../core/index';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { processTreeRows } from './processTree';
import { SimulateView } from '../simulate/SimulateView';
import { ProcessTreePanel } from './ProcessTreePanel';

const proc = (pid: number, parent?: number): ProcessMetrics =>
  ({ pid, name: `p${pid}`, state: 'READY', ...(parent !== undefined && { parent }) }) as ProcessMetrics;

/** init (P1, SYSTEM) forks P2, P2 forks P3 and P4; P2 is killed at tick 2, while init waits on its I/O. */
const SCENARIO = {
  format: 'bcos-scenario',
  version: 3,
  scheduler: { policy: 'FIFO' },
  processes: [
    { pid: 1, name: 'init', type: 'SYSTEM', arrival: 0, bursts: [1, 50, 1] },
    { pid: 2, name: 'shell', type: 'USER', arrival: 0, bursts: [20], parent: 1 },
    { pid: 3, name: 'cc', type: 'USER', arrival: 0, bursts: [5], parent: 2 },
    { pid: 4, name: 'ld', type: 'USER', arrival: 0, bursts: [5], parent: 2 },
  ],
  operations: [{ tick: 2, op: 'kill', pid: 2 }],
};

describe('processTreeRows', () => {
  it('lists roots then children in pid order, each with its level and place among its siblings', () => {
    const t = processTreeRows([proc(4, 2), proc(1), proc(3, 2), proc(2, 1), proc(5)]);
    expect(t?.rows.map((r) => [r.pid, r.level, r.posInSet, r.setSize, r.children])).toEqual([
      [1, 1, 1, 2, 1],
      [2, 2, 1, 1, 2],
      [3, 3, 1, 2, 0],
      [4, 3, 2, 2, 0],
      [5, 1, 2, 2, 0],
    ]);
    expect(t?.rows[1]?.label).toBe('P2 p2, READY, child of P1, 2 children');
  });

  it('is null when no process has a parent (no tree to show)', () => {
    expect(processTreeRows([proc(1), proc(2)])).toBeNull();
  });
});

describe('ProcessTreePanel', () => {
  it('draws the tree, and after a parent is killed its children under init', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<ProcessTreePanel />, store);
    const tree = screen.getByRole('tree', { name: 'Process tree' });
    expect(within(tree).getByRole('treeitem', { name: /^P3 cc, .*child of P2$/ })).toHaveAttribute('aria-level', '3');
    await store.getState().seek(3);
    expect(await screen.findByRole('treeitem', { name: /^P3 cc, .*child of P1$/ })).toHaveAttribute('aria-level', '2');
    expect(screen.getByRole('treeitem', { name: /^P1 init, .*a root, 3 children$/ })).toBeInTheDocument();
  });

  it('is a tab of the Simulate drawer once a process has a parent, listed or forked later', async () => {
    const { store } = await startedStore({ ...SCENARIO, processes: [SCENARIO.processes[0]], operations: [] });
    renderWithStore(<SimulateView />, store);
    expect(screen.queryByRole('tab', { name: 'Process tree' })).toBeNull();
    const child = { pid: 2, name: 'worker', type: 'USER', arrival: 0, bursts: [3], parent: 1 };
    expect((await act(() => store.getState().operate({ op: 'create', process: child }))).ok).toBe(true);
    await userEvent.click(await screen.findByRole('tab', { name: 'Process tree' }));
    expect(await screen.findByRole('treeitem', { name: /^P2 worker, .*child of P1$/ })).toBeInTheDocument();
  });
});
