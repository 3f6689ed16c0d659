import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../teach/testFetch';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { NetworkView } from './NetworkView';

const ring = JSON.parse(readFileSync(join(__dirname, '../../../public/scenarios/network-gossip-ring.json'), 'utf8'));
const single = { format: 'bcos-scenario', version: 3, scheduler: { policy: 'FIFO' }, processes: [{ bursts: [3] }] };

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('NetworkView', () => {
  it('says how to load a network when the scenario has none, and offers the network presets', async () => {
    const index = JSON.parse(readFileSync(join(__dirname, '../../../public/scenarios/index.json'), 'utf8'));
    stubFetch({ 'scenarios/index.json': index });
    const { store } = await startedStore(single);
    renderWithStore(<NetworkView />, store);
    expect(screen.getByText(/This scenario runs a single node/)).toBeTruthy();
    const offers = await screen.findByRole('region', { name: 'Network presets' });
    expect(within(offers).getByRole('button', { name: 'Load “Network: gossip on a ring of 8”' })).toBeTruthy();
    expect(within(offers).getByRole('button', { name: 'Load “Network: live migration three ways”' })).toBeTruthy();
  });

  it('chooses the shown node with the picker, and crashes one from the keyboard list', async () => {
    const { store } = await startedStore(ring);
    renderWithStore(<NetworkView />, store);
    expect(screen.getByRole('img', { name: /^Network topology: 8 nodes, 8 links/ })).toBeTruthy();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Show node'), '6');
    expect(store.getState().frame?.cluster?.shown).toBe(6);
    expect(store.getState().frame?.processes.map((p) => p.name)).toEqual(['receiver', 'indexer']);
    await act(() => store.getState().seek(40));
    screen.getByRole('button', { name: /^n2: up/ }).focus();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    const menu = screen.getByRole('menu', { name: 'Faults for n2' });
    expect(within(menu).getByRole('menuitem', { name: 'Crash n2' })).toBe(document.activeElement);
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    await screen.findByText('Crash n2: done at tick 40.');
    expect(store.getState().frame?.cluster?.nodes[2]?.status).toBe('down');
    expect(store.getState().scenario?.operations).toEqual([
      { tick: 40, op: 'net', fault: { kind: 'crash', node: 'n2' } },
    ]);
  });
});
