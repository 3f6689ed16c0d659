import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../deepCopy';
import { ledgerCards } from './cards';
import { append, appendSnapshot, appendTransactions } from './chain';
import { balancesAfter, stateHash } from './state';
import { contentOf, emptyLedger, readBlock, storedHash } from './stored';
import { tamper } from './tamper';
import { GENESIS_PREV, type Ledger } from './types';
import { verify } from './verify';

/** A transfer from "mint" (which goes negative: balances are net flows), two payments, and a snapshot. */
function demo(): Ledger {
  const ledger = emptyLedger();
  appendTransactions(ledger, [{ from: 'mint', to: 'alice', amount: 100, nonce: 0 }], 0);
  appendTransactions(
    ledger,
    [
      { from: 'alice', to: 'bob', amount: 30, nonce: 0 },
      { from: 'alice', to: 'carol', amount: 5, nonce: 1 },
    ],
    4,
  );
  appendSnapshot(ledger, 9);
  return ledger;
}

describe('the ledger', () => {
  it("stores each block's SHA-256 as Node's crypto computes it, and links each to the one before", () => {
    const ledger = demo();
    for (const stored of ledger.blocks)
      expect(storedHash(stored)).toBe(createHash('sha256').update(contentOf(stored)).digest('hex'));
    const blocks = ledger.blocks.map((_, h) => readBlock(ledger, h));
    expect(blocks.map((b) => b.ok && b.block.prevHash)).toEqual([
      GENESIS_PREV,
      storedHash(ledger.blocks[0]!),
      storedHash(ledger.blocks[1]!),
    ]);
    expect(blocks[1]).toMatchObject({ ok: true, block: { height: 1, tick: 4, payload: { kind: 'transactions' } } });
    expect(verify(ledger)).toEqual({
      ok: true,
      checked: 3,
      sentence: 'all 3 blocks verify: every hash matches its block and every link the block before',
    });
  });

  it('replays balances, and a snapshot records the state hash', () => {
    const ledger = demo();
    const after = balancesAfter(ledger, 1);
    expect(after).toEqual({
      ok: true,
      balances: [
        ['alice', 65],
        ['bob', 30],
        ['carol', 5],
        ['mint', -100],
      ],
    });
    const snapshot = readBlock(ledger, 2);
    expect(snapshot.ok && snapshot.block.payload).toEqual({
      kind: 'snapshot',
      stateHash: after.ok ? stateHash(after.balances) : '',
    });
    expect(balancesAfter(ledger, 3)).toMatchObject({
      ok: false,
      error: { code: 'EINVAL', message: 'height must be an integer from -1 to 2 (it is 3)' },
    });
  });

  it('refuses a block whose previous hash is not the tip, a tick that goes back, and a bad field, changing nothing', () => {
    const ledger = demo();
    const tip = storedHash(ledger.blocks[2]!);
    const payload = { kind: 'transactions' as const, transactions: [] };
    expect(append(ledger, { prevHash: GENESIS_PREV, tick: 10, payload })).toEqual({
      ok: false,
      error: {
        code: 'EINVAL',
        message: `block 3 names 00000000 as the previous hash, but the tip (block 2) hashes to ${tip.slice(0, 8)}`,
      },
    });
    expect(append(ledger, { prevHash: tip, tick: 8, payload })).toMatchObject({
      error: { message: "block 3: tick must be an integer from 9 (the tip's) to 281474976710655 (it is 8)" },
    });
    expect(appendTransactions(ledger, [{ from: 'a/b', to: 'c', amount: 1, nonce: 0 }], 10)).toMatchObject({
      error: {
        message:
          'block 3: transactions[0].from must start with a letter or digit and hold only letters, digits, "_", "." and "-"',
      },
    });
    expect(appendTransactions(ledger, [{ from: 'a', to: '__proto__', amount: 1, nonce: 0 }], 10)).toMatchObject({
      error: { message: expect.stringMatching(/^block 3: transactions\[0\].to must start with a letter or digit/) },
    });
    expect(appendTransactions(ledger, [{ from: 'a', to: 'c', amount: 0, nonce: 0 }], 10)).toMatchObject({
      error: { message: 'block 3: transactions[0].amount must be an integer from 1 to 4294967295 (it is 0)' },
    });
    expect(
      append(ledger, { prevHash: tip, tick: 10, payload: { kind: 'snapshot', stateHash: GENESIS_PREV } }),
    ).toMatchObject({
      error: {
        message: expect.stringMatching(
          /^block 3: the snapshot records state 00000000, but the state after blocks 0–2 is [0-9a-f]{8}$/,
        ),
      },
    });
    expect(ledger.blocks).toHaveLength(3);
    expect(verify(ledger).ok).toBe(true);
  });

  it('shows a tampered amount at its block, and a rehashed one at the next link', () => {
    const ledger = demo();
    const sealed = storedHash(ledger.blocks[1]!);
    expect(tamper(ledger, 1, { kind: 'amount', tx: 0, amount: 3 })).toEqual({
      ok: true,
      height: 1,
      sentence: "changed block 1: transaction 0's amount from 30 to 3, keeping its stored hash",
    });
    const v = verify(ledger);
    expect(v).toMatchObject({ ok: false, height: 1, fault: { kind: 'hash', stored: sealed }, checked: 2 });
    expect(v.sentence).toMatch(
      /^verification fails at block 1: block 1 stores the hash [0-9a-f]{8}, but its content hashes to [0-9a-f]{8}: the block was changed after it was sealed$/,
    );

    const forged = demo();
    tamper(forged, 1, { kind: 'recipient', tx: 1, to: 'mallory' }, true);
    expect(verify(forged)).toMatchObject({
      ok: false,
      height: 2,
      fault: { kind: 'link', previousHash: storedHash(forged.blocks[1]!) },
    });
    expect(verify(forged).sentence).toMatch(
      /block 2 names [0-9a-f]{8} as the previous block's hash, but block 1 stores [0-9a-f]{8}: the link is broken$/,
    );
  });

  it('passes a rehashed tip (hashes alone cannot tell), and catches a relinked forgery by its snapshot', () => {
    const tipForged = demo();
    appendTransactions(tipForged, [{ from: 'bob', to: 'carol', amount: 7, nonce: 0 }], 12);
    tamper(tipForged, 3, { kind: 'amount', tx: 0, amount: 70 }, true);
    expect(verify(tipForged).ok).toBe(true);

    const ledger = demo();
    tamper(ledger, 1, { kind: 'amount', tx: 0, amount: 31 }, true);
    // The forger also rewrites block 2's previous hash (bytes 11–42) to the forged block's, and rehashes it.
    const forgedHash = storedHash(ledger.blocks[1]!);
    for (let i = 0; i < 32; i++) {
      const value = parseInt(forgedHash.slice(2 * i, 2 * i + 2), 16);
      if (ledger.blocks[2]![11 + i] !== value) tamper(ledger, 2, { kind: 'byte', offset: 11 + i, value }, true);
    }
    const v = verify(ledger);
    expect(v).toMatchObject({ ok: false, height: 2, fault: { kind: 'snapshot' } });
    expect(v.sentence).toMatch(
      /block 2's snapshot records the state [0-9a-f]{8}, but replaying the blocks before it gives [0-9a-f]{8}$/,
    );
  });

  it('refuses a tamper outside the chain or one that changes nothing', () => {
    const ledger = demo();
    expect(tamper(ledger, 3, { kind: 'byte', offset: 0, value: 9 })).toEqual({
      ok: false,
      error: { code: 'EINVAL', message: 'block 3 is outside the chain (heights 0 to 2)' },
    });
    expect(tamper(emptyLedger(), 0, { kind: 'byte', offset: 0, value: 9 })).toMatchObject({
      error: { message: 'cannot tamper with block 0: the chain is empty' },
    });
    expect(tamper(ledger, 0, { kind: 'byte', offset: 0, value: 1 })).toMatchObject({
      error: { message: 'byte 0 of block 0 already holds 1: a tamper must change something' },
    });
    expect(tamper(ledger, 2, { kind: 'amount', tx: 0, amount: 1 })).toMatchObject({
      error: { message: 'block 2 holds no transactions to change (it is a snapshot)' },
    });
    expect(tamper(ledger, 1, { kind: 'amount', tx: 2, amount: 1 })).toMatchObject({
      error: { message: 'tx must be an integer from 0 to 1, a transaction of block 1 (it is 2)' },
    });
    expect(tamper(ledger, 0, { kind: 'byte', offset: 1000, value: 1 })).toMatchObject({ error: { code: 'EINVAL' } });
    expect(verify(ledger).ok).toBe(true);
  });

  it('says an unreadable block is unreadable when its hash was made to match, and will not build on it', () => {
    const ledger = demo();
    tamper(ledger, 2, { kind: 'byte', offset: 0, value: 2 }, true);
    expect(appendTransactions(ledger, [], 20)).toMatchObject({
      error: { message: 'block 2, the tip, cannot be read: format version 2 is not 1' },
    });
    tamper(ledger, 0, { kind: 'byte', offset: 0, value: 2 }, true);
    expect(verify(ledger)).toMatchObject({
      ok: false,
      height: 0,
      fault: { kind: 'unreadable', detail: 'format version 2 is not 1' },
    });
    expect(verify(emptyLedger()).sentence).toBe('the chain is empty: nothing to verify');
  });

  it('copies as checkpoints copy state, and a tamper leaves the copy alone', () => {
    const ledger = demo();
    const copy = deepCopy(ledger);
    tamper(ledger, 1, { kind: 'byte', offset: 3, value: 77 });
    expect(verify(copy).ok).toBe(true);
    expect(verify(ledger)).toMatchObject({ ok: false, height: 1 });
  });

  it('draws cards valid up to the first bad block, broken there, and not checked after', () => {
    const ledger = demo();
    appendTransactions(ledger, [{ from: 'bob', to: 'carol', amount: 7, nonce: 0 }], 12);
    expect(ledgerCards(ledger, null, 0, 9).map((c) => c.status)).toEqual([
      'unchecked',
      'unchecked',
      'unchecked',
      'unchecked',
    ]);
    tamper(ledger, 1, { kind: 'amount', tx: 0, amount: 3 }, true);
    const cards = ledgerCards(ledger, verify(ledger), 1, 3);
    expect(cards).toEqual([
      {
        height: 1,
        hash: storedHash(ledger.blocks[1]!).slice(0, 8),
        prevHash: storedHash(ledger.blocks[0]!).slice(0, 8),
        tick: 4,
        summary: '2 transactions, 8 coins',
        status: 'valid',
        link: 'valid',
      },
      {
        height: 2,
        hash: storedHash(ledger.blocks[2]!).slice(0, 8),
        prevHash: expect.any(String),
        tick: 9,
        summary: expect.stringMatching(/^snapshot of the state [0-9a-f]{8}$/),
        status: 'broken',
        link: 'broken',
      },
    ]);
    expect(ledgerCards(ledger, verify(ledger), 3, 4)[0]).toMatchObject({ status: 'unchecked', link: 'unchecked' });
  });
});
