import type { NodeId, Opened, RejectReason } from './types';

/**
 * One line of the security log: a node's verdict on a message that reached it, in words. The cluster appends one
 * for every message it opens on a secured channel; the security-log view, the narration and `sim run --json` read
 * them.
 */
export type SecurityLogEntry =
  | {
      readonly tick: number;
      /** the node that judged the message */
      readonly node: NodeId;
      /** the cluster's id of the message */
      readonly messageId: number;
      /** whom the message claims to come from */
      readonly from: NodeId;
      readonly verdict: 'accepted';
      readonly sentence: string;
    }
  | {
      readonly tick: number;
      readonly node: NodeId;
      readonly messageId: number;
      readonly from: NodeId;
      readonly verdict: 'rejected';
      readonly reason: RejectReason;
      readonly sentence: string;
    };

export function securityLogEntry(
  tick: number,
  node: NodeId,
  messageId: number,
  from: NodeId,
  opened: Opened,
): SecurityLogEntry {
  const { sentence } = opened;
  return opened.ok
    ? { tick, node, messageId, from, verdict: 'accepted', sentence }
    : { tick, node, messageId, from, verdict: 'rejected', reason: opened.reason, sentence };
}

/** Every reason a message is rejected for, in the order a log view lists them, with what it means. */
export const REJECT_REASONS: Readonly<Record<RejectReason, { label: string; meaning: string }>> = {
  tampered: {
    label: 'tampered',
    meaning: 'signed by its sender, but changed after it was signed',
  },
  forged: {
    label: 'forged',
    meaning: "the signature is not the claimed sender's: made up, damaged, or another node's (impersonation)",
  },
  replayed: { label: 'replayed', meaning: 'a copy of a message already received' },
  'out-of-window': {
    label: 'too old',
    meaning: 'older than the counters the receiver remembers, so it cannot rule out a replay',
  },
  'unknown-sender': { label: 'unknown sender', meaning: 'claims to come from a node the cluster does not have' },
  misaddressed: { label: 'misaddressed', meaning: 'addressed to another node' },
};

/** How many messages the log rejected for each reason (each reason present, zeros included). */
export function rejectionCounts(log: readonly SecurityLogEntry[]): Record<RejectReason, number> {
  const counts = Object.fromEntries(Object.keys(REJECT_REASONS).map((r) => [r, 0])) as Record<RejectReason, number>;
  for (const entry of log) if (entry.verdict === 'rejected') counts[entry.reason]++;
  return counts;
}
