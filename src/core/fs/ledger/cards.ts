import { readBlock, short, storedHash } from './stored';
import type { LedgerView, Verdict } from './types';

/** What verification has said of a block or a link: good, the first bad one, or not reached (after the first bad). */
export type CheckStatus = 'valid' | 'broken' | 'unchecked';

/** One block as the ledger panel draws it: a card, with the arrow from the block before. */
export interface LedgerCard {
  height: number;
  /** the first 8 hex digits of its stored hash and of the previous hash it names ("" when unreadable) */
  hash: string;
  prevHash: string;
  /** null when its bytes cannot be read */
  tick: number | null;
  /** "2 transactions, 35 coins", "snapshot of the state 1a2b3c4d", "unreadable: ..." */
  summary: string;
  status: CheckStatus;
  /** its link to the block before, as far as verification checked it */
  link: CheckStatus;
}

/** Verification's word on block `height`: before the first bad block valid, the first bad broken, after it unchecked. */
function statusOf(verdict: Verdict | null, height: number): { status: CheckStatus; link: CheckStatus } {
  if (verdict === null || (!verdict.ok && height > verdict.height)) return { status: 'unchecked', link: 'unchecked' };
  if (verdict.ok || height < verdict.height) return { status: 'valid', link: 'valid' };
  // Checks run hash, bytes, height, link, snapshot: the link was reached only by a link or snapshot fault.
  const link = verdict.fault.kind === 'link' ? 'broken' : verdict.fault.kind === 'snapshot' ? 'valid' : 'unchecked';
  return { status: 'broken', link };
}

/** Cards for blocks from..to-1 (clamped to the chain), so a long chain is drawn a window at a time. */
export function ledgerCards(ledger: LedgerView, verdict: Verdict | null, from: number, to: number): LedgerCard[] {
  const cards: LedgerCard[] = [];
  for (let height = Math.max(0, from); height < Math.min(to, ledger.blocks.length); height++) {
    const read = readBlock(ledger, height);
    const base = { height, ...statusOf(verdict, height) };
    if (!read.ok) {
      cards.push({ ...base, hash: '', prevHash: '', tick: null, summary: `unreadable: ${read.detail}` });
      continue;
    }
    const { block } = read;
    const { payload } = block;
    const summary =
      payload.kind === 'snapshot'
        ? `snapshot of the state ${short(payload.stateHash)}`
        : `${payload.transactions.length} transaction${payload.transactions.length === 1 ? '' : 's'}, ${payload.transactions.reduce((n, t) => n + t.amount, 0)} coins`;
    cards.push({
      ...base,
      hash: short(storedHash(ledger.blocks[height] as Uint8Array)),
      prevHash: short(block.prevHash),
      tick: block.tick,
      summary,
    });
  }
  return cards;
}
