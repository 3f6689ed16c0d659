import { fail } from '../operations';
import { encodeContent, nameProblem } from './encoding';
import { contentOf, readBlock, seal, short, storedHash } from './stored';
import { HASH_BYTES, LEDGER_LIMITS, type Ledger, type LedgerResult, type TamperChange } from './types';

type Changed = { ok: true; stored: Uint8Array; what: string } | { ok: false; error: ReturnType<typeof fail>['error'] };

/** The block's bytes after the change (the stored hash kept), or why the change cannot be made. */
function changed(ledger: Ledger, height: number, change: TamperChange): Changed {
  const stored = ledger.blocks[height] as Uint8Array;
  if (change.kind === 'byte') {
    const { offset, value } = change;
    if (!Number.isInteger(offset) || offset < 0 || offset >= stored.length)
      return fail(
        'EINVAL',
        `offset must be an integer from 0 to ${stored.length - 1}, a byte of block ${height} (it is ${offset})`,
      );
    if (!Number.isInteger(value) || value < 0 || value > 255)
      return fail('EINVAL', `value must be a byte, 0 to 255 (it is ${value})`);
    if (stored[offset] === value)
      return fail('EINVAL', `byte ${offset} of block ${height} already holds ${value}: a tamper must change something`);
    const copy = stored.slice();
    copy[offset] = value;
    return { ok: true, stored: copy, what: `byte ${offset} from ${stored[offset]} to ${value}` };
  }
  const read = readBlock(ledger, height);
  if (!read.ok || read.block.payload.kind !== 'transactions')
    return fail(
      'EINVAL',
      `block ${height} holds no transactions to change (${read.ok ? 'it is a snapshot' : read.detail})`,
    );
  const transactions = read.block.payload.transactions.map((t) => ({ ...t }));
  const t = transactions[change.tx];
  if (!Number.isInteger(change.tx) || t === undefined)
    return fail(
      'EINVAL',
      `tx must be an integer from 0 to ${transactions.length - 1}, a transaction of block ${height} (it is ${change.tx})`,
    );
  let what: string;
  if (change.kind === 'amount') {
    const { amount } = change;
    if (!Number.isInteger(amount) || amount < 1 || amount > LEDGER_LIMITS.amountMax || amount === t.amount)
      return fail(
        'EINVAL',
        `amount must be an integer from 1 to ${LEDGER_LIMITS.amountMax} other than ${t.amount} (it is ${amount})`,
      );
    what = `transaction ${change.tx}'s amount from ${t.amount} to ${amount}`;
    t.amount = amount;
  } else {
    const problem = nameProblem(change.to);
    if (problem || change.to === t.to) return fail('EINVAL', `to ${problem ?? `must differ from ${t.to}`}`);
    what = `transaction ${change.tx}'s recipient from ${t.to} to ${change.to}`;
    t.to = change.to;
  }
  const content = encodeContent({ ...read.block, payload: { kind: 'transactions', transactions } });
  const copy = new Uint8Array(content.length + HASH_BYTES);
  copy.set(content);
  copy.set(stored.subarray(contentOf(stored).length), content.length);
  return { ok: true, stored: copy, what };
}

/**
 * What a teacher does to show detection: changes one byte or one field of block `height` in place. The block keeps
 * its stored hash, so verification fails at it; with `rehash` its hash is recomputed too (the forger's next
 * move), so the block checks out on its own and verification fails at the next block, whose link no longer
 * matches. Refused outside the chain, for a change that changes nothing, and for a rehash that would undo a
 * changed byte of the hash itself.
 */
export function tamper(
  ledger: Ledger,
  height: number,
  change: TamperChange,
  rehash = false,
): LedgerResult<{ height: number }> {
  if (!Number.isInteger(height) || height < 0 || height >= ledger.blocks.length)
    return fail(
      'EINVAL',
      ledger.blocks.length === 0
        ? `cannot tamper with block ${height}: the chain is empty`
        : `block ${height} is outside the chain (heights 0 to ${ledger.blocks.length - 1})`,
    );
  const made = changed(ledger, height, change);
  if (!made.ok) return made;
  const content = contentOf(made.stored);
  if (rehash && change.kind === 'byte' && change.offset >= content.length)
    return fail('EINVAL', `byte ${change.offset} is in block ${height}'s stored hash, which a rehash would recompute`);
  const stored = rehash ? seal(content) : made.stored;
  ledger.blocks[height] = stored;
  return {
    ok: true,
    height,
    sentence: `changed block ${height}: ${made.what}${rehash ? `, and recomputed its hash (now ${short(storedHash(stored))})` : ', keeping its stored hash'}`,
  };
}
