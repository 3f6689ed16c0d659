import { decodeContent } from './encoding';
import { contentOf, hashHolds, storedHash } from './stored';
import { applyPayload, sortedBalances, stateHash } from './state';
import { sha256Hex } from '../sha256';
import { explainVerdict } from './explain';
import { GENESIS_PREV, HASH_BYTES, type BlockFault, type LedgerView, type Verdict } from './types';

/** What is wrong with the stored block at `height`, given the hash the block before it stores; null if nothing. */
function faultAt(
  ledger: LedgerView,
  height: number,
  previousHash: string,
  balances: Record<string, number>,
): BlockFault | null {
  const stored = ledger.blocks[height] as Uint8Array;
  if (stored.length <= HASH_BYTES)
    return { kind: 'unreadable', detail: `${stored.length} bytes cannot hold a block and its hash` };
  // The hash first: a changed byte anywhere in the content or in the hash shows here, at the block changed.
  if (!hashHolds(stored)) return { kind: 'hash', stored: storedHash(stored), computed: sha256Hex(contentOf(stored)) };
  const read = decodeContent(contentOf(stored));
  if (!read.ok) return { kind: 'unreadable', detail: read.detail };
  const { block } = read;
  if (block.height !== height) return { kind: 'height', found: block.height };
  if (block.prevHash !== previousHash) return { kind: 'link', prevHash: block.prevHash, previousHash };
  if (block.payload.kind === 'snapshot') {
    const replayed = stateHash(sortedBalances(balances));
    if (replayed !== block.payload.stateHash) return { kind: 'snapshot', recorded: block.payload.stateHash, replayed };
  }
  applyPayload(balances, block.payload);
  return null;
}

/**
 * Checks the chain from block 0 and stops at the first bad block: its stored hash is not the SHA-256 of its
 * content, its bytes are not a block, it names the wrong height, its previous hash is not the stored hash of the
 * block before it, or its snapshot is not the state replayed from the blocks before it. Blocks after the first
 * bad one are not trusted, so not checked.
 */
export function verify(ledger: LedgerView): Verdict {
  const balances: Record<string, number> = {};
  let previousHash = GENESIS_PREV;
  for (let height = 0; height < ledger.blocks.length; height++) {
    const fault = faultAt(ledger, height, previousHash, balances);
    if (fault) {
      const bad = { ok: false as const, height, fault, checked: height + 1 };
      return { ...bad, sentence: explainVerdict(bad) };
    }
    previousHash = storedHash(ledger.blocks[height] as Uint8Array);
  }
  const good = { ok: true as const, checked: ledger.blocks.length };
  return { ...good, sentence: explainVerdict(good) };
}
