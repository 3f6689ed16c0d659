import { fail } from '../operations';
import { encodeContent, nameProblem } from './encoding';
import { applyPayload, sortedBalances, stateHash } from './state';
import { hashHolds, readBlock, seal, short, storedHash, tipHash } from './stored';
import {
  LEDGER_LIMITS,
  type BlockPayload,
  type Ledger,
  type LedgerResult,
  type NewBlock,
  type Transaction,
} from './types';

/** Why a payload cannot go in a block (naming the field and the limit), or null. */
function payloadProblem(payload: BlockPayload): string | null {
  if (payload.kind === 'snapshot')
    return /^[0-9a-f]{64}$/.test(payload.stateHash) ? null : 'stateHash must be 64 hex digits';
  const { transactions } = payload;
  if (transactions.length > LEDGER_LIMITS.transactionsMax)
    return `a block holds at most ${LEDGER_LIMITS.transactionsMax} transactions (it has ${transactions.length})`;
  for (const [i, t] of transactions.entries()) {
    for (const field of ['from', 'to'] as const) {
      const problem = nameProblem(t[field]);
      if (problem) return `transactions[${i}].${field} ${problem}`;
    }
    if (!Number.isInteger(t.amount) || t.amount < 1 || t.amount > LEDGER_LIMITS.amountMax)
      return `transactions[${i}].amount must be an integer from 1 to ${LEDGER_LIMITS.amountMax} (it is ${t.amount})`;
    if (!Number.isInteger(t.nonce) || t.nonce < 0 || t.nonce > LEDGER_LIMITS.nonceMax)
      return `transactions[${i}].nonce must be an integer from 0 to ${LEDGER_LIMITS.nonceMax} (it is ${t.nonce})`;
  }
  return null;
}

/**
 * Appends a block. Refused, leaving the chain as it was: a payload out of bounds, a tick before the tip's, a
 * previous hash that is not the tip's stored hash, a tip whose stored hash no longer matches its content or whose
 * bytes cannot be read (a node checks the block it builds on), and a snapshot whose state hash is not the state
 * the node kept. The payload's shape is the caller's (the scenario schema's) to check; its values are checked here.
 */
export function append(ledger: Ledger, next: NewBlock): LedgerResult<{ height: number; hash: string }> {
  const height = ledger.blocks.length;
  const problem = payloadProblem(next.payload);
  if (problem) return fail('EINVAL', `block ${height}: ${problem}`);
  const tip = height === 0 ? null : readBlock(ledger, height - 1);
  if (tip !== null && !hashHolds(ledger.blocks[height - 1] as Uint8Array))
    return fail(
      'EINVAL',
      `block ${height - 1}, the tip, does not match its own hash: a node does not build on a block it cannot trust`,
    );
  if (tip !== null && !tip.ok) return fail('EINVAL', `block ${height - 1}, the tip, cannot be read: ${tip.detail}`);
  const earliest = tip?.ok ? tip.block.tick : 0;
  if (!Number.isInteger(next.tick) || next.tick < earliest || next.tick > LEDGER_LIMITS.tickMax)
    return fail(
      'EINVAL',
      `block ${height}: tick must be an integer from ${earliest} (the tip's) to ${LEDGER_LIMITS.tickMax} (it is ${next.tick})`,
    );
  const expected = tipHash(ledger);
  if (next.prevHash !== expected)
    return fail(
      'EINVAL',
      `block ${height} names ${short(next.prevHash)} as the previous hash, but the tip ${height === 0 ? 'is the genesis marker' : `(block ${height - 1}) hashes to`} ${short(expected)}`,
    );
  if (next.payload.kind === 'snapshot') {
    const state = stateHash(sortedBalances(ledger.balances));
    if (state !== next.payload.stateHash)
      return fail(
        'EINVAL',
        `block ${height}: the snapshot records state ${short(next.payload.stateHash)}, but the state after blocks 0–${height - 1} is ${short(state)}`,
      );
  }
  const stored = seal(encodeContent({ height, prevHash: next.prevHash, tick: next.tick, payload: next.payload }));
  ledger.blocks.push(stored);
  applyPayload(ledger.balances, next.payload);
  const hash = storedHash(stored);
  return {
    ok: true,
    height,
    hash,
    sentence: `appended block ${height} (${short(hash)}), linked to ${short(next.prevHash)}`,
  };
}

/** Appends a block of transactions onto the tip (the usual way a validator adds one). */
export const appendTransactions = (ledger: Ledger, transactions: Transaction[], tick: number) =>
  append(ledger, { prevHash: tipHash(ledger), tick, payload: { kind: 'transactions', transactions } });

/** Appends a snapshot block recording the state after every block so far. */
export function appendSnapshot(ledger: Ledger, tick: number): LedgerResult<{ height: number; hash: string }> {
  const state = stateHash(sortedBalances(ledger.balances));
  const done = append(ledger, { prevHash: tipHash(ledger), tick, payload: { kind: 'snapshot', stateHash: state } });
  return done.ok ? { ...done, sentence: `${done.sentence}: a snapshot of the state (${short(state)})` } : done;
}
