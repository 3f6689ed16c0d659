import type { SimState } from '../../kernel/state';
import type { Pcb } from '../../process/pcb';
import { appendSnapshot, appendTransactions } from '../ledger/chain';
import { readBlock } from '../ledger/stored';
import { tamper } from '../ledger/tamper';
import { HASH_BYTES, type TamperChange, type Transaction } from '../ledger/types';
import { verify } from '../ledger/verify';
import type { FsOp } from '../fsOp';
import type { FsError } from '../types';
import type { FsRun } from './state';

/** The accounts the simulated transfers move coins between. */
const ACCOUNTS = ['alice', 'bob', 'carol', 'dave', 'erin'] as const;
/** Every SNAPSHOT_EVERY-th block records the state instead of transfers. */
const SNAPSHOT_EVERY = 8;

/**
 * The transfers of block `height` by validator `pid`: one to three, drawn from the height and the pid alone, so
 * the chain is the same in every run and at every seek without taking numbers from the run's random stream.
 */
function transfersOf(height: number, pid: number): Transaction[] {
  return Array.from({ length: 1 + (height % 3) }, (_, k) => ({
    from: ACCOUNTS[(height + k) % ACCOUNTS.length] as string,
    to: ACCOUNTS[(height + 2 * k + 1) % ACCOUNTS.length] as string,
    amount: 1 + ((height * 37 + k * 11 + pid * 5) % 90),
    nonce: height * 4 + k,
  }));
}

/**
 * A BLOCKCHAIN_VALIDATOR's write under /ledger appends one block to the chain (transfers, or a snapshot): the
 * bytes it stored, 0 when the append was refused (said in the event either way).
 */
export function validatorAppends(st: SimState, run: FsRun, p: Pcb): number {
  const height = run.ledger.blocks.length;
  const done =
    height % SNAPSHOT_EVERY === SNAPSHOT_EVERY - 1
      ? appendSnapshot(run.ledger, st.now)
      : appendTransactions(run.ledger, transfersOf(height, p.pid), st.now);
  st.events.push(
    done.ok
      ? { tick: st.now, kind: 'ledger', pid: p.pid, sentence: `${done.sentence}.`, failed: null }
      : { tick: st.now, kind: 'ledger', pid: p.pid, sentence: `cannot append block ${height}.`, failed: done.error },
  );
  return done.ok ? (run.ledger.blocks[height] as Uint8Array).length : 0;
}

/** How a tamper changes a block: its first transfer's amount, or for a snapshot one byte of the state it records. */
function changeFor(run: FsRun, height: number): TamperChange {
  const read = readBlock(run.ledger, height);
  if (read.ok && read.block.payload.kind === 'transactions') {
    const first = read.block.payload.transactions[0] as Transaction;
    return { kind: 'amount', tx: 0, amount: first.amount + 1000 };
  }
  const stored = run.ledger.blocks[height] as Uint8Array;
  // The last byte before the stored hash: the end of the state hash the snapshot records.
  const at = stored.length - HASH_BYTES - 1;
  return { kind: 'byte', offset: at, value: (stored[at] as number) ^ 1 };
}

/** verify-ledger and tamper: what each did, in a sentence, or why it was refused. */
export function applyLedgerOp(
  st: SimState,
  run: FsRun,
  action: Extract<FsOp, { kind: 'verify' | 'tamper' }>,
): { sentence: string } | { error: FsError } {
  if (action.kind === 'verify') {
    run.verdict = verify(run.ledger);
    return { sentence: run.verdict.sentence };
  }
  // Outside the chain there is no block to change: tamper refuses before it reads the change.
  const inside = action.height < run.ledger.blocks.length;
  const change: TamperChange = inside ? changeFor(run, action.height) : { kind: 'byte', offset: 0, value: 0 };
  const done = tamper(run.ledger, action.height, change, action.rehash);
  if (!done.ok) return { error: done.error };
  // What was verified before the tamper no longer stands.
  run.verdict = null;
  return { sentence: `${done.sentence}.` };
}
