import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeShare } from '../../core/scenario/share';
import { scenarioOf } from '../../core/testing/scenarioOf';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { KeptNotice } from './KeptNotice';

const mine = { ...scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }, { bursts: [6] }]), title: 'my lecture' };
const theirs = { ...scenarioOf({ policy: 'RR', quantum: 2 }, [{ bursts: [5] }]), title: 'a colleague’s demo' };

beforeEach(() => {
  const data = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('KeptNotice', () => {
  it('says a link replaced my scenario, and Restore my scenario brings it back and goes away', async () => {
    const { store } = await startedStore(mine);
    renderWithStore(<KeptNotice />, store);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await act(async () => {
      await store.getState().openFromLink(`#s=${encodeShare({ scenario: theirs as never })}`);
    });
    expect(store.getState().scenario?.title).toBe('a colleague’s demo');
    expect(screen.getByRole('status', { name: 'Your scenario was kept' })).toHaveTextContent('my lecture');

    await userEvent.click(screen.getByRole('button', { name: 'Restore my scenario' }));
    expect(store.getState().scenario?.title).toBe('my lecture');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
