import { fail } from '../operations';
import { asciiBytes, sha256Hex } from '../sha256';
import type { FsError } from '../types';
import { readBlock } from './stored';
import type { Balances, BlockPayload, LedgerView } from './types';

/**
 * The chain's state: each account's balance after replaying every transfer in order. Balances are net flows
 * (an account may go below zero): this ledger teaches integrity, not consensus rules.
 */
export function applyPayload(balances: Map<string, number>, payload: BlockPayload): void {
  if (payload.kind !== 'transactions') return;
  for (const t of payload.transactions) {
    balances.set(t.from, (balances.get(t.from) ?? 0) - t.amount);
    balances.set(t.to, (balances.get(t.to) ?? 0) + t.amount);
  }
}

/** The balances sorted by account name in code-unit order, so one state has one order. */
export const sortedBalances = (balances: ReadonlyMap<string, number>): Balances =>
  [...balances].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The state's hash: SHA-256 over "account=balance\n" lines in account order. */
export const stateHash = (balances: Balances): string =>
  sha256Hex(asciiBytes(balances.map(([account, balance]) => `${account}=${balance}\n`).join('')));

/** Balances after blocks 0..height, from replaying them as their bytes say; -1 gives the empty state. */
export function balancesAfter(
  ledger: LedgerView,
  height: number,
): { ok: true; balances: Balances } | { ok: false; error: FsError } {
  if (!Number.isInteger(height) || height < -1 || height >= ledger.blocks.length)
    return fail('EINVAL', `height must be an integer from -1 to ${ledger.blocks.length - 1} (it is ${height})`);
  const balances = new Map<string, number>();
  for (let h = 0; h <= height; h++) {
    const read = readBlock(ledger, h);
    if (!read.ok) return fail('EINVAL', `block ${h} cannot be read: ${read.detail}`);
    applyPayload(balances, read.block.payload);
  }
  return { ok: true, balances: sortedBalances(balances) };
}

/** The state hash after blocks 0..height. */
export function replayHash(
  ledger: LedgerView,
  height: number,
): { ok: true; hash: string } | { ok: false; error: FsError } {
  const after = balancesAfter(ledger, height);
  return after.ok ? { ok: true, hash: stateHash(after.balances) } : after;
}
