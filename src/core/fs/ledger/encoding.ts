import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { asciiLabel } from '../sha256';
import { HASH_BYTES, LEDGER_LIMITS, type Block, type BlockPayload, type Transaction } from './types';

/**
 * A block's canonical bytes, big-endian, every field at a fixed width or behind its length, so one block has
 * exactly one encoding and the encoding alone gives the block back:
 *
 *   u8 version (1) · u32 height · u48 tick · 32 bytes prevHash · u8 kind (0 transactions, 1 snapshot)
 *   transactions: u16 count, then each: u8 length + from · u8 length + to · u32 amount · u32 nonce
 *   snapshot:     32 bytes stateHash
 *
 * The stored block is these bytes followed by their SHA-256 (HASH_BYTES).
 */
const VERSION = 1;
const HEADER = 1 + 4 + 6 + HASH_BYTES + 1;
const KINDS = ['transactions', 'snapshot'] as const;
/** A letter or digit first, so no account is "__proto__" or any other name an object treats specially but "constructor". */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export type Decoded = { ok: true; block: Omit<Block, 'hash'> } | { ok: false; detail: string };

/** Why a name cannot be an account, or null when it can. */
export function nameProblem(name: string): string | null {
  if (name.length === 0 || name.length > LEDGER_LIMITS.nameMax)
    return `must be 1–${LEDGER_LIMITS.nameMax} characters (it has ${name.length})`;
  return NAME.test(name) ? null : 'must start with a letter or digit and hold only letters, digits, "_", "." and "-"';
}

function payloadBytes(payload: BlockPayload): number {
  if (payload.kind === 'snapshot') return HASH_BYTES;
  let n = 2;
  for (const t of payload.transactions) n += 2 + t.from.length + t.to.length + 8;
  return n;
}

/** The canonical bytes of a block's content (everything its hash covers). The block must be valid. */
export function encodeContent(block: Omit<Block, 'hash'>): Uint8Array {
  const out = new Uint8Array(HEADER + payloadBytes(block.payload));
  const view = new DataView(out.buffer);
  view.setUint8(0, VERSION);
  view.setUint32(1, block.height);
  view.setUint16(5, Math.floor(block.tick / 2 ** 32));
  view.setUint32(7, block.tick % 2 ** 32);
  out.set(hexToBytes(block.prevHash), 11);
  view.setUint8(HEADER - 1, KINDS.indexOf(block.payload.kind));
  let at = HEADER;
  if (block.payload.kind === 'snapshot') {
    out.set(hexToBytes(block.payload.stateHash), at);
    return out;
  }
  view.setUint16(at, block.payload.transactions.length);
  at += 2;
  for (const t of block.payload.transactions) {
    for (const name of [t.from, t.to]) {
      view.setUint8(at, name.length);
      out.set(asciiLabel(name), at + 1);
      at += 1 + name.length;
    }
    view.setUint32(at, t.amount);
    view.setUint32(at + 4, t.nonce);
    at += 8;
  }
  return out;
}

const bad = (detail: string): Decoded => ({ ok: false, detail });

/** Reads a block's content back; any byte string that is not some block's canonical encoding is refused. */
export function decodeContent(bytes: Uint8Array): Decoded {
  if (bytes.length < HEADER) return bad(`${bytes.length} bytes is shorter than a block header (${HEADER})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint8(0) !== VERSION) return bad(`format version ${view.getUint8(0)} is not ${VERSION}`);
  const kind = KINDS[view.getUint8(HEADER - 1)];
  if (kind === undefined) return bad(`payload kind ${view.getUint8(HEADER - 1)} is neither 0 nor 1`);
  const head = {
    height: view.getUint32(1),
    tick: view.getUint16(5) * 2 ** 32 + view.getUint32(7),
    prevHash: bytesToHex(bytes.subarray(11, 11 + HASH_BYTES)),
  };
  if (kind === 'snapshot') {
    if (bytes.length !== HEADER + HASH_BYTES) return bad(`a snapshot holds ${HASH_BYTES} bytes after the header`);
    return { ok: true, block: { ...head, payload: { kind, stateHash: bytesToHex(bytes.subarray(HEADER)) } } };
  }
  const transactions = readTransactions(bytes, view);
  if (typeof transactions === 'string') return bad(transactions);
  return { ok: true, block: { ...head, payload: { kind, transactions } } };
}

/** The account name whose length byte is at `at`, or null when it is cut off or not a name. */
function nameAt(bytes: Uint8Array, at: number): string | null {
  if (at >= bytes.length || at + 1 + (bytes[at] as number) > bytes.length) return null;
  let name = '';
  for (let i = at + 1; i <= at + (bytes[at] as number); i++) name += String.fromCharCode(bytes[i] as number);
  return nameProblem(name) === null ? name : null;
}

/** The transactions after the header, or what is wrong with them. */
function readTransactions(bytes: Uint8Array, view: DataView): Transaction[] | string {
  if (bytes.length < HEADER + 2) return 'the transaction count is cut off';
  const count = view.getUint16(HEADER);
  if (count > LEDGER_LIMITS.transactionsMax)
    return `${count} transactions is more than ${LEDGER_LIMITS.transactionsMax}`;
  let at = HEADER + 2;
  const transactions: Transaction[] = [];
  for (let i = 0; i < count; i++) {
    const from = nameAt(bytes, at);
    const to = from === null ? null : nameAt(bytes, at + 1 + from.length);
    if (from === null || to === null) return `transaction ${i} has a name that is cut off or not an account name`;
    at += 2 + from.length + to.length;
    if (at + 8 > bytes.length) return `transaction ${i} is cut off`;
    const amount = view.getUint32(at);
    if (amount === 0) return `transaction ${i} moves 0 coins`;
    transactions.push({ from, to, amount, nonce: view.getUint32(at + 4) });
    at += 8;
  }
  return at === bytes.length ? transactions : `${bytes.length - at} bytes follow the last transaction`;
}
