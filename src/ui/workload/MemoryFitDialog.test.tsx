import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY } from '../../core/memory/defaults';
import { fitMemory } from '../../core/scenario/memoryFit';
import { validateScenario } from '../../core/scenario/validate';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { turnOnMemory } from './memoryFit';
import { MemoryFitDialog, proposalWords } from './MemoryFitDialog';

const preset = (file: string): unknown => JSON.parse(readFileSync(resolve('public/scenarios', file), 'utf8'));

describe('turning memory on for a workload that does not fit', () => {
  it('asks first, saying why, and the accepted memory runs the default scenario to the end', async () => {
    const { store } = await startedStore(preset('default.json'));
    renderWithStore(<MemoryFitDialog />, store);
    await act(() => turnOnMemory(store));
    expect(store.getState().scenario?.memory).toBeUndefined();
    const dialog = screen.getByRole('dialog', { name: 'Memory to fit this workload' });
    expect(dialog).toHaveTextContent(/llm-infer, P3, alone needs 2 GiB/);
    expect(dialog).toHaveTextContent(/wait in NEW for memory that never comes/);

    await userEvent.click(screen.getByRole('button', { name: 'Turn on with this memory' }));
    await waitFor(() => expect(store.getState().scenario?.memory).toBeDefined());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const end = await store.getState().runToEnd();
    expect(end.ok && end.frame.finished).toBe(true);
    expect(end.ok && end.frame.processes.every((p) => p.state === 'TERMINATED')).toBe(true);
  });

  it('Cancel changes nothing', async () => {
    const { store } = await startedStore(preset('default.json'));
    renderWithStore(<MemoryFitDialog />, store);
    await act(() => turnOnMemory(store));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().scenario?.memory).toBeUndefined();
  });
});

describe('proposalWords', () => {
  it('says why nothing fits when a pool a process needs is given nothing, and proposes nothing', () => {
    const checked = validateScenario(preset('default.json'));
    if (!checked.ok) throw new Error('the default preset was refused');
    const memory = { ...DEFAULT_MEMORY, pools: { ...DEFAULT_MEMORY.pools, aiModels: 0 } };
    const fit = fitMemory({ ...checked.scenario, memory });
    if (fit.kind === 'fits') throw new Error('expected no fit');
    const words = proposalWords(fit);
    expect(words.what).toBeNull();
    expect(words.why).toMatch(/^7 processes need memory: .* set to 0 % of memory/);
  });
});
