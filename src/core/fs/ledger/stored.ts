import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { decodeContent } from './encoding';
import { GENESIS_PREV, HASH_BYTES, type Block, type Ledger, type LedgerView } from './types';

/** A ledger with no blocks: the first append is the genesis block. */
export const emptyLedger = (): Ledger => ({ blocks: [], balances: {} });

/** The content a stored block's hash covers, and the hash it stores. */
export const contentOf = (stored: Uint8Array): Uint8Array => stored.subarray(0, stored.length - HASH_BYTES);
export const storedHash = (stored: Uint8Array): string => bytesToHex(stored.subarray(stored.length - HASH_BYTES));

/** Whether a stored block's hash is the SHA-256 of its content (too short to hold a hash is not). */
export function hashHolds(stored: Uint8Array): boolean {
  if (stored.length <= HASH_BYTES) return false;
  const computed = sha256(contentOf(stored));
  const at = stored.length - HASH_BYTES;
  // Bytes, not hex: verification does this for every block.
  for (let i = 0; i < HASH_BYTES; i++) if (computed[i] !== stored[at + i]) return false;
  return true;
}

/** The hash the next block must name as its previous one. */
export function tipHash(ledger: LedgerView): string {
  const tip = ledger.blocks.at(-1);
  return tip === undefined ? GENESIS_PREV : storedHash(tip);
}

/** Block `height` as its bytes say, or what makes them unreadable. */
export function readBlock(
  ledger: LedgerView,
  height: number,
): { ok: true; block: Block } | { ok: false; detail: string } {
  const stored = ledger.blocks[height];
  if (stored === undefined) return { ok: false, detail: `there is no block ${height}` };
  if (stored.length <= HASH_BYTES)
    return { ok: false, detail: `${stored.length} bytes cannot hold a block and its hash` };
  const decoded = decodeContent(contentOf(stored));
  return decoded.ok ? { ok: true, block: { ...decoded.block, hash: storedHash(stored) } } : decoded;
}

/** Stores a block's content followed by its hash. */
export function seal(content: Uint8Array): Uint8Array {
  const stored = new Uint8Array(content.length + HASH_BYTES);
  stored.set(content);
  stored.set(sha256(content), content.length);
  return stored;
}

/** The first 8 hex digits of a hash, as the narration and the block cards show it. */
export const short = (hash: string): string => hash.slice(0, 8);
