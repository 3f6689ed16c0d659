import { readBlock, storedHash } from '../ledger/stored';
import type { LedgerView, Verdict } from '../ledger/types';
import { dir, file, type VNode } from './tree';

/**
 * The ledger as a file system: block h is the read-only file /ledger/<h, six digits> holding its fields as its
 * bytes decode (a tampered block shows what was changed: verification, not this listing, judges it), and HEAD
 * names the last block. The files are what the chain stores; nothing here can change it.
 */

/** Block h's file name: six digits, so a listing in name order is the chain's order. */
export const blockFileName = (height: number): string => String(height).padStart(6, '0');

function blockText(ledger: LedgerView, height: number): string {
  const read = readBlock(ledger, height);
  const stored = ledger.blocks[height] as Uint8Array;
  if (!read.ok) return `height: ${height}\nunreadable: ${read.detail}\nbytes: ${stored.length}`;
  const { block } = read;
  const { payload } = block;
  const carried =
    payload.kind === 'snapshot'
      ? [`snapshot of the state: ${payload.stateHash}`]
      : [
          `transactions: ${payload.transactions.length}`,
          ...payload.transactions.map((t) => `  ${t.from} -> ${t.to}: ${t.amount} coins (nonce ${t.nonce})`),
        ];
  return [
    `height: ${block.height}`,
    `tick: ${block.tick}`,
    `previous hash: ${block.prevHash}`,
    `hash: ${storedHash(stored)}`,
    `bytes: ${stored.length}`,
    ...carried,
  ].join('\n');
}

/** What HEAD says: the last block and its hash, and the last verification's verdict (a tamper clears it). */
function headText(ledger: LedgerView, verdict: Verdict | null): string {
  const n = ledger.blocks.length;
  const tip = ledger.blocks[n - 1];
  return [
    tip === undefined ? 'no blocks yet' : `block ${blockFileName(n - 1)} of ${n}, hash ${storedHash(tip)}`,
    verdict === null ? 'no verdict (verify-ledger checks the chain)' : `last verify-ledger: ${verdict.sentence}`,
  ].join('\n');
}

/** The ledger's tree at /ledger: HEAD, then a file per block in height order. */
export function ledgerTree(ledger: LedgerView, verdict: Verdict | null): VNode {
  return dir([
    ['HEAD', file(headText(ledger, verdict))],
    ...ledger.blocks.map((_, h) => [blockFileName(h), file(blockText(ledger, h))] as const),
  ]);
}
