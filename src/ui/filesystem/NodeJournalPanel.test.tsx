import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { operateAndAnswer } from '../memory/operateAndAnswer';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { NodeJournalPanel } from './NodeJournalPanel';

const selectJournal = (s: AppState) => s.fs?.figures.journal;

describe('NodeJournalPanel', () => {
  it("shows the journal's figures and crashes the node at the current tick, answering with the simulation's sentence", async () => {
    const preset = JSON.parse(readFileSync('public/scenarios/crash-recovery.json', 'utf8'));
    const { store } = await startedStore(preset);
    function Panel() {
      const journal = useApp(selectJournal);
      return journal ? (
        <NodeJournalPanel
          journal={journal}
          onCrash={() => operateAndAnswer(store, { op: 'fs', action: { kind: 'crash' } })}
        />
      ) : null;
    }
    renderWithStore(<Panel />, store);
    await act(() => store.getState().seek(55));
    expect(screen.getByText(/^Ordered: /)).toBeInTheDocument();
    expect(screen.getByText(/at sync: 2 commits so far/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Crash now' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /crash: the power fails \(ordered journal\); \d+ changes? not on disk/,
    );
    expect(screen.getByText(/^1: \d+ changes? lost/)).toBeInTheDocument();
  });

  it('says why a refused crash changed nothing', async () => {
    render(
      <NodeJournalPanel
        journal={{
          mode: 'none',
          commitTicks: 50,
          commits: 0,
          blockWrites: 0,
          journalBlocks: 0,
          crashes: 0,
          operationsLost: 0,
          transactionsReplayed: 0,
          fsckFixesAfterCrash: 0,
          pending: 1,
          writing: 0,
        }}
        onCrash={() => Promise.resolve({ ok: false, message: 'the simulation has ended' })}
      />,
    );
    expect(screen.getByText('1 change waiting for a commit; 0 commits being written')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Crash now' }));
    expect(await screen.findByRole('status')).toHaveTextContent('the simulation has ended');
  });
});
