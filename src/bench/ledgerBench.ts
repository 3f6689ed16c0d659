// The ledger: verify a 100,000-block chain (SHA-256 of every block, every link, the replayed state at snapshots).
import { performance } from 'node:perf_hooks';
import { appendSnapshot, appendTransactions } from '../core/fs/ledger/chain';
import { emptyLedger } from '../core/fs/ledger/stored';
import { tamper } from '../core/fs/ledger/tamper';
import type { Ledger } from '../core/fs/ledger/types';
import { verify } from '../core/fs/ledger/verify';
import { groupedDigits } from '../core/groupedDigits';

const BLOCKS = 100_000;
const TRANSACTIONS = 4;
/** a snapshot block every this many blocks, as a validator checkpoints its state */
const SNAPSHOT_EVERY = 1000;
const ACCOUNTS = ['alice', 'bob', 'carol', 'dave', 'erin', 'validator-1', 'validator-2'];

function chain(): Ledger {
  const ledger = emptyLedger();
  for (let h = 0; h < BLOCKS; h++) {
    if (h % SNAPSHOT_EVERY === SNAPSHOT_EVERY - 1) appendSnapshot(ledger, h);
    else
      appendTransactions(
        ledger,
        Array.from({ length: TRANSACTIONS }, (_, i) => ({
          from: ACCOUNTS[(h + i) % ACCOUNTS.length]!,
          to: ACCOUNTS[(h * 3 + i + 1) % ACCOUNTS.length]!,
          amount: 1 + ((h * 31 + i) % 1000),
          nonce: h,
        })),
        h,
      );
  }
  return ledger;
}

export function ledgerBenchmarks(): { name: string; ms: number; detail: string }[] {
  const t0 = performance.now();
  const ledger = chain();
  const buildMs = performance.now() - t0;
  let ms = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const v = verify(ledger);
    ms = Math.min(ms, performance.now() - t);
    if (!v.ok) throw new Error(v.sentence);
  }
  const bytes = ledger.blocks.reduce((n, b) => n + b.length, 0);
  tamper(ledger, BLOCKS - 1, { kind: 'byte', offset: 20, value: 0 });
  const t = performance.now();
  const caught = verify(ledger);
  const tamperedMs = performance.now() - t;
  return [
    {
      name: `ledger: append ${groupedDigits(BLOCKS)} blocks`,
      ms: buildMs,
      detail: `${TRANSACTIONS} transactions a block, a snapshot every ${SNAPSHOT_EVERY}`,
    },
    {
      name: `ledger: verify ${groupedDigits(BLOCKS)} blocks`,
      ms,
      detail: `${(bytes / 1e6).toFixed(1)} MB hashed, best of 3`,
    },
    {
      name: 'ledger: verify, last block tampered',
      ms: tamperedMs,
      detail: caught.ok ? 'NOT DETECTED' : `fails at block ${caught.height}`,
    },
  ];
}
