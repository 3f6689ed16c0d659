import { describe, expect, it } from 'vitest';
import { appendTransactions } from '../ledger/chain';
import { emptyLedger, storedHash } from '../ledger/stored';
import { tamper } from '../ledger/tamper';
import { verify } from '../ledger/verify';
import { ledgerTree } from './ledgerFs';
import { nodeAt } from './tree';

const textAt = (root: ReturnType<typeof ledgerTree>, name: string): string => {
  const found = nodeAt(root, '/ledger', [name]);
  return found.ok && found.node.kind === 'file' ? found.node.text : '(none)';
};

describe('the ledger as files', () => {
  const ledger = emptyLedger();
  appendTransactions(ledger, [{ from: 'alice', to: 'bob', amount: 5, nonce: 0 }], 3);
  appendTransactions(ledger, [{ from: 'bob', to: 'carol', amount: 2, nonce: 1 }], 9);

  it('a file per block in height order, each holding its fields and linked to the one before; HEAD the last', () => {
    const root = ledgerTree(ledger, null);
    expect(root.kind === 'dir' && root.entries.map(([n]) => n)).toEqual(['HEAD', '000000', '000001']);
    const first = storedHash(ledger.blocks[0] as Uint8Array);
    expect(textAt(root, '000001')).toBe(
      [
        'height: 1',
        'tick: 9',
        `previous hash: ${first}`,
        `hash: ${storedHash(ledger.blocks[1] as Uint8Array)}`,
        `bytes: ${(ledger.blocks[1] as Uint8Array).length}`,
        'transactions: 1',
        '  bob -> carol: 2 coins (nonce 1)',
      ].join('\n'),
    );
    expect(textAt(root, 'HEAD')).toBe(
      `block 000001 of 2, hash ${storedHash(ledger.blocks[1] as Uint8Array)}\nno verdict (verify-ledger checks the chain)`,
    );
    expect(textAt(ledgerTree(emptyLedger(), null), 'HEAD')).toMatch(/^no blocks yet/);
  });

  it('shows a tampered block as its bytes now read, and HEAD the verdict naming it', () => {
    const forged = { ...ledger, blocks: [...ledger.blocks] };
    expect(tamper(forged, 0, { kind: 'amount', tx: 0, amount: 500 }).ok).toBe(true);
    const root = ledgerTree(forged, verify(forged));
    expect(textAt(root, '000000')).toContain('alice -> bob: 500 coins');
    expect(textAt(root, 'HEAD')).toMatch(/\nlast verify-ledger: .*block 0/);
  });
});
