import { fail } from '../operations';
import { asciiLabel, sha256Hex } from '../sha256';
import type { FsError } from '../types';
import { readBlock } from './stored';
import type { Balances, BlockPayload, LedgerView } from './types';

const balanceOf = (balances: Readonly<Record<string, number>>, account: string): number =>
  Object.hasOwn(balances, account) ? (balances[account] as number) : 0;

/**
 * The chain's state: each account's balance after replaying every transfer in order. Balances are net flows
 * (an account may go below zero): this ledger teaches integrity, not consensus rules.
 */
export function applyPayload(balances: Record<string, number>, payload: BlockPayload): void {
  if (payload.kind !== 'transactions') return;
  for (const t of payload.transactions) {
    balances[t.from] = balanceOf(balances, t.from) - t.amount;
    balances[t.to] = balanceOf(balances, t.to) + t.amount;
  }
}

/** The balances sorted by account name in code-unit order, so one state has one order. */
export const sortedBalances = (balances: Readonly<Record<string, number>>): Balances =>
  Object.entries(balances).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The state's hash: SHA-256 over "account=balance\n" lines in account order. */
export const stateHash = (balances: Balances): string =>
  sha256Hex(asciiLabel(balances.map(([account, balance]) => `${account}=${balance}\n`).join('')));

/** Balances after blocks 0..height, from replaying them as their bytes say; -1 gives the empty state. */
export function balancesAfter(
  ledger: LedgerView,
  height: number,
): { ok: true; balances: Balances } | { ok: false; error: FsError } {
  if (!Number.isInteger(height) || height < -1 || height >= ledger.blocks.length)
    return fail('EINVAL', `height must be an integer from -1 to ${ledger.blocks.length - 1} (it is ${height})`);
  const balances: Record<string, number> = {};
  for (let h = 0; h <= height; h++) {
    const read = readBlock(ledger, h);
    if (!read.ok) return fail('EINVAL', `block ${h} cannot be read: ${read.detail}`);
    applyPayload(balances, read.block.payload);
  }
  return { ok: true, balances: sortedBalances(balances) };
}
