import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendSnapshot, appendTransactions } from './chain';
import { balancesAfter, sortedBalances } from './state';
import { emptyLedger } from './stored';
import { tamper } from './tamper';
import type { Ledger, Transaction } from './types';
import { verify } from './verify';

const account = fc.constantFrom('alice', 'bob', 'carol', 'validator-1', 'x');
const tx: fc.Arbitrary<Transaction> = fc.record({
  from: account,
  to: account,
  amount: fc.integer({ min: 1, max: 0xffff_ffff }),
  nonce: fc.nat({ max: 0xffff_ffff }),
});
/** a chain's recipe: each step a block of transactions or a snapshot, after a gap of ticks */
const step = fc.record({ gap: fc.nat({ max: 5 }), txs: fc.option(fc.array(tx, { maxLength: 4 }), { freq: 4 }) });
const recipe = fc.array(step, { minLength: 1, maxLength: 12 });

function build(steps: { gap: number; txs: Transaction[] | null }[]): Ledger {
  const ledger = emptyLedger();
  let tick = 0;
  for (const s of steps) {
    tick += s.gap;
    const done = s.txs === null ? appendSnapshot(ledger, tick) : appendTransactions(ledger, s.txs, tick);
    expect(done).toMatchObject({ ok: true });
  }
  return ledger;
}

describe('the ledger (properties)', () => {
  it('verifies any chain built by append, whose kept state is its replayed state', () => {
    fc.assert(
      fc.property(recipe, (steps) => {
        const ledger = build(steps);
        expect(verify(ledger)).toMatchObject({ ok: true, checked: steps.length });
        // The node's running state is the state its blocks replay to.
        expect(balancesAfter(ledger, ledger.blocks.length - 1)).toEqual({
          ok: true,
          balances: sortedBalances(ledger.balances),
        });
      }),
      { numRuns: 200 },
    );
  });

  it('names the changed block when any single byte of any block changes', () => {
    fc.assert(
      fc.property(recipe, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), (steps, pick, at, flip) => {
        const ledger = build(steps);
        const height = pick % ledger.blocks.length;
        const block = ledger.blocks[height] as Uint8Array;
        const offset = at % block.length;
        expect(tamper(ledger, height, { kind: 'byte', offset, value: (block[offset] as number) ^ flip })).toMatchObject(
          { ok: true },
        );
        expect(verify(ledger)).toMatchObject({ ok: false, height, checked: height + 1 });
      }),
      { numRuns: 500 },
    );
  });

  it('names the block after a rehashed tamper, whose link breaks', () => {
    fc.assert(
      fc.property(recipe, fc.nat(), fc.integer({ min: 1, max: 1000 }), (steps, pick, amount) => {
        const ledger = build(steps);
        const withTx = [...ledger.blocks.keys()].filter((h) => h < ledger.blocks.length - 1 && steps[h]?.txs?.length);
        fc.pre(withTx.length > 0);
        const height = withTx[pick % withTx.length] as number;
        const was = (steps[height] as { txs: Transaction[] }).txs[0]!.amount;
        tamper(ledger, height, { kind: 'amount', tx: 0, amount: was === amount ? amount + 1 : amount }, true);
        expect(verify(ledger)).toMatchObject({ ok: false, height: height + 1, fault: { kind: 'link' } });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses, or still detects, an append after a tamper', () => {
    fc.assert(
      fc.property(
        recipe,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        fc.array(tx, { maxLength: 3 }),
        (steps, pick, at, flip, txs) => {
          const ledger = build(steps);
          const height = pick % ledger.blocks.length;
          const block = ledger.blocks[height] as Uint8Array;
          const offset = at % block.length;
          tamper(ledger, height, { kind: 'byte', offset, value: (block[offset] as number) ^ flip });
          const before = ledger.blocks.length;
          const appended = appendTransactions(ledger, txs, 1000);
          if (!appended.ok) expect(ledger.blocks.length).toBe(before);
          else expect(verify(ledger)).toMatchObject({ ok: false, height });
        },
      ),
      { numRuns: 300 },
    );
  });
});
