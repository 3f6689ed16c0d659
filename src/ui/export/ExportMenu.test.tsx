import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RunResult, SystemState } from '../../core/index';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { ExportMenu } from './ExportMenu';

const SCENARIO = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'RR', quantum: 2 },
  processes: [
    { pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [4] },
    { pid: 2, name: 'b', type: 'USER', arrival: 1, bursts: [3] },
  ],
};

describe('trace export', () => {
  it('saves the whole run as JSON and leaves the simulation at the tick it was at', async () => {
    const { store } = await startedStore(SCENARIO);
    await store.getState().seek(3);
    const save = vi.fn();
    expect(await store.getState().exportTrace(save)).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    const [name, text, type] = save.mock.calls[0] as [string, string, string];
    expect(name).toBe('bcos-trace-rr.json');
    expect(type).toBe('application/json');
    const result = JSON.parse(text) as RunResult;
    expect(result.finished).toBe(true);
    expect(result.processes.map((p) => p.pid)).toEqual([1, 2]);
    expect(result.events.length).toBeGreaterThan(0);
    expect(store.getState().frame?.tick).toBe(3);
    expect(store.getState().exportingTrace).toBe(false);
  });

  it('offers the buttons once a scenario is loaded', async () => {
    const { store } = await startedStore(SCENARIO);
    renderWithStore(<ExportMenu />, store);
    expect(screen.getByRole('button', { name: 'Export trace (JSON)' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Export system state (JSON)' })).toBeEnabled();
  });
});

describe('system state export', () => {
  it('saves the whole system at the current tick as JSON, and stays at that tick', async () => {
    const { store } = await startedStore(SCENARIO);
    await store.getState().seek(3);
    const save = vi.fn();
    expect(await store.getState().exportSystemState(save)).toBe(true);
    const [name, text, type] = save.mock.calls[0] as [string, string, string];
    expect(name).toBe('bcos-system-state-tick-3.json');
    expect(type).toBe('application/json');
    const state = JSON.parse(text) as SystemState;
    expect(state).toMatchObject({ format: 'bcos-system-state', tick: 3, memory: null });
    expect(state.processes.map((p) => [p.pid, p.state])).toEqual([
      [1, expect.any(String)],
      [2, expect.any(String)],
    ]);
    expect(store.getState().frame?.tick).toBe(3);
  });
});
