import type { DeepReadonly } from '../../kernel/view';
import type { FsError } from '../types';

/**
 * An append-only blockchain ledger as plain data. The chain is stored as each block's bytes (its canonical
 * encoding followed by its 32-byte SHA-256), as a ledger file holds it on disk: a tamper changes bytes, and
 * verification reads the bytes back, so a change anywhere is a change to what is hashed or to the hash.
 */
export interface Ledger {
  /**
   * block h at index h: `encoding ++ sha256(encoding)`. A stored block's bytes are never changed in place (a
   * tamper puts a new array in its place), so a checkpoint may copy this array and share the blocks.
   */
  blocks: Uint8Array[];
  /**
   * The node's state after its last append, kept as it appends (so a snapshot costs no replay). A tamper changes
   * the stored bytes, not what the node computed; verify never reads this, it replays the bytes.
   */
  balances: Record<string, number>;
}

/** The ledger as frames read it, and as every function that only reads it takes it. */
export type LedgerView = DeepReadonly<Ledger>;

/** A transfer of `amount` coins; `nonce` numbers a sender's transfers so two equal ones stay distinct. */
export interface Transaction {
  from: string;
  to: string;
  amount: number;
  nonce: number;
}

/** What a block carries. */
export type BlockPayload =
  | { kind: 'transactions'; transactions: Transaction[] }
  /** the state after every block before this one: the hash of the balances replayed from them (state.ts) */
  | { kind: 'snapshot'; stateHash: string };

/** A block as read back from its bytes. Hashes are 64 lowercase hex digits. */
export interface Block {
  height: number;
  /** the stored hash of block height-1; GENESIS_PREV for block 0 */
  prevHash: string;
  /** the tick it was appended */
  tick: number;
  payload: BlockPayload;
  /** its stored hash (which verification checks against its content) */
  hash: string;
}

/** What a caller asks `append` to add; the height and the hash follow from the chain and the content. */
export interface NewBlock {
  prevHash: string;
  tick: number;
  payload: BlockPayload;
}

/** Balances after replaying transactions, sorted by account (code-unit order); an account may be negative. */
export type Balances = readonly (readonly [account: string, balance: number])[];

/** Why a block fails verification. Hashes in full; the words come from explain.ts. */
export type BlockFault =
  | { kind: 'hash'; stored: string; computed: string }
  | { kind: 'link'; prevHash: string; previousHash: string }
  | { kind: 'height'; found: number }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'snapshot'; recorded: string; replayed: string };

/** verify's answer: every block good, or the first bad one and why. `checked` counts blocks read. */
export type VerdictFacts =
  { ok: true; checked: number } | { ok: false; height: number; fault: BlockFault; checked: number };
export type Verdict = VerdictFacts & { sentence: string };

/** How a tamper changes block N: one byte of its stored bytes, or one field of one transaction. */
export type TamperChange =
  | { kind: 'byte'; offset: number; value: number }
  | { kind: 'amount'; tx: number; amount: number }
  | { kind: 'recipient'; tx: number; to: string };

export type LedgerResult<T> = ({ ok: true; sentence: string } & T) | { ok: false; error: FsError };

/** The previous hash block 0 names: there is no block before it. */
export const GENESIS_PREV = '0'.repeat(64);

/** Limits the encoding holds (field widths in encoding.ts). */
export const LEDGER_LIMITS = {
  /** account names: 1–32 characters of [A-Za-z0-9_.-] */
  nameMax: 32,
  /** a transfer moves 1 to 2^32 − 1 coins */
  amountMax: 0xffff_ffff,
  nonceMax: 0xffff_ffff,
  transactionsMax: 1024,
  /** ticks are integers the encoding holds in 48 bits */
  tickMax: 2 ** 48 - 1,
} as const;

export const HASH_BYTES = 32;
