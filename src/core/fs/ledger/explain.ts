import { assertNever } from '../../assertNever';
import { short } from './stored';
import type { BlockFault, VerdictFacts } from './types';

/** Why a block fails, in words. */
export function explainFault(height: number, fault: BlockFault): string {
  switch (fault.kind) {
    case 'hash':
      return `block ${height} stores the hash ${short(fault.stored)}, but its content hashes to ${short(fault.computed)}: the block was changed after it was sealed`;
    case 'link':
      return `block ${height} names ${short(fault.prevHash)} as the previous block's hash, but block ${height - 1} stores ${short(fault.previousHash)}: the link is broken`;
    case 'height':
      return `block ${height} says it is block ${fault.found}`;
    case 'unreadable':
      return `block ${height} cannot be read: ${fault.detail}`;
    case 'snapshot':
      return `block ${height}'s snapshot records the state ${short(fault.recorded)}, but replaying the blocks before it gives ${short(fault.replayed)}`;
    default:
      return assertNever(fault);
  }
}

/** The verdict as the narration says it. */
export function explainVerdict(v: VerdictFacts): string {
  if (v.ok)
    return v.checked === 0
      ? 'the chain is empty: nothing to verify'
      : `all ${v.checked} blocks verify: every hash matches its block and every link the block before`;
  return `verification fails at block ${v.height}: ${explainFault(v.height, v.fault)}`;
}
