import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { appendTransactions } from '../../core/fs/ledger/chain';
import { emptyLedger } from '../../core/fs/ledger/stored';
import { tamper } from '../../core/fs/ledger/tamper';
import type { Ledger, Verdict } from '../../core/fs/ledger/types';
import { verify } from '../../core/fs/ledger/verify';
import { LedgerPanel } from './LedgerPanel';

function chain(blocks: number): Ledger {
  const ledger = emptyLedger();
  for (let h = 0; h < blocks; h++)
    appendTransactions(ledger, [{ from: 'alice', to: 'bob', amount: h + 1, nonce: h }], h);
  return ledger;
}

/** The panel wired as the store will wire it: verify and tamper on a ledger the caller owns. */
function Harness({ blocks }: { blocks: number }) {
  const [state, setState] = useState<{ ledger: Ledger; verdict: Verdict | null }>({
    ledger: chain(blocks),
    verdict: null,
  });
  return (
    <LedgerPanel
      ledger={state.ledger}
      verdict={state.verdict}
      onVerify={() => setState((s) => ({ ...s, verdict: verify(s.ledger) }))}
      onTamper={(height, rehash) =>
        setState((s) => {
          const ledger = { ...s.ledger, blocks: [...s.ledger.blocks] };
          tamper(ledger, height, { kind: 'amount', tx: 0, amount: 999 }, rehash);
          return { ledger, verdict: null };
        })
      }
    />
  );
}

const cards = () => within(screen.getByRole('list', { name: 'Blocks' })).getAllByRole('listitem');

describe('LedgerPanel', () => {
  it('shows the chain, verifies it, and names the tampered block', async () => {
    render(<Harness blocks={4} />);
    expect(screen.getByRole('status', { name: 'Verification verdict' })).toHaveTextContent(
      'Not verified since the last change.',
    );
    expect(cards()).toHaveLength(4);
    expect(cards()[1]).toHaveAccessibleName(
      /^Block 1: not checked, hash [0-9a-f]{8}, previous [0-9a-f]{8}, tick 1, 1 transaction, 2 coins, link to block 0 not checked$/,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(screen.getByRole('status', { name: 'Verification verdict' })).toHaveTextContent('all 4 blocks verify');
    expect(cards().map((c) => c.getAttribute('aria-label')?.split(',')[0])).toEqual([
      'Block 0: valid',
      'Block 1: valid',
      'Block 2: valid',
      'Block 3: valid',
    ]);

    const target = screen.getByRole('spinbutton', { name: 'Block to tamper with' });
    await userEvent.clear(target);
    await userEvent.type(target, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Tamper with block 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(screen.getByRole('status', { name: 'Verification verdict' })).toHaveTextContent(
      /^verification fails at block 2: block 2 stores the hash [0-9a-f]{8}, but its content hashes to/,
    );
    expect(cards().map((c) => c.getAttribute('aria-label')?.split(',')[0])).toEqual([
      'Block 0: valid',
      'Block 1: valid',
      'Block 2: broken',
      'Block 3: not checked',
    ]);
    expect(cards()[2]).toHaveClass('broken');
  });

  it('moves the break to the next link when the tamper recomputes the hash', async () => {
    render(<Harness blocks={3} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Recompute its hash' }));
    await userEvent.click(screen.getByRole('button', { name: 'Tamper with block 0' }));
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(screen.getByRole('status', { name: 'Verification verdict' })).toHaveTextContent(
      /fails at block 1: .* the link is broken$/,
    );
    expect(cards()[1]).toHaveAccessibleName(/^Block 1: broken, .*, link to block 0 broken$/);
  });

  it('refuses a block outside the chain before calling back', async () => {
    const onTamper = vi.fn();
    render(<LedgerPanel ledger={chain(2)} verdict={null} onVerify={() => {}} onTamper={onTamper} />);
    const target = screen.getByRole('spinbutton', { name: 'Block to tamper with' });
    await userEvent.clear(target);
    await userEvent.type(target, '5');
    expect(screen.getByRole('button', { name: 'Tamper with block' })).toBeDisabled();
    expect(screen.getByRole('note')).toHaveTextContent('Choose a block from 0 to 1.');
    expect(onTamper).not.toHaveBeenCalled();
    render(<LedgerPanel ledger={emptyLedger()} verdict={null} onVerify={() => {}} onTamper={onTamper} />);
    expect(screen.getByText('The chain is empty.')).toBeInTheDocument();
  });

  it('shows a long chain a page at a time, opening on the first bad block', async () => {
    const ledger = chain(40);
    tamper(ledger, 30, { kind: 'byte', offset: 60, value: 7 });
    render(<LedgerPanel ledger={ledger} verdict={verify(ledger)} onVerify={() => {}} onTamper={() => {}} />);
    expect(cards()[0]).toHaveAccessibleName(/^Block 24: valid/);
    expect(cards().find((c) => c.classList.contains('broken'))).toHaveAccessibleName(/^Block 30: broken/);
    await userEvent.click(screen.getByRole('button', { name: 'Later blocks' }));
    expect(cards().map((c) => c.getAttribute('aria-label')?.split(':')[0])).toEqual([
      'Block 36',
      'Block 37',
      'Block 38',
      'Block 39',
    ]);
    expect(screen.getByRole('button', { name: 'Later blocks' })).toBeDisabled();
  });
});
