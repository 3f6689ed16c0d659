import {
  REJECT_REASONS,
  securityNamer,
  type ClusterState,
  type RejectReason,
  type SecurityLogEntry,
} from '../../core/index';
import type { SecurityLogData, SecurityRow, SecurityVerdict } from '../../protocol';
import { countBelow, countUpTo } from './byTick';

/** Rows the log view gets of each list (the latest entries, the latest rejections). */
export const SECURITY_ROWS = 200;

const REASONS = Object.keys(REJECT_REASONS) as RejectReason[];

/**
 * Where the rejections are in a cluster's security log, kept as the log grows (one update step: indexSecurityLog),
 * so a frame counts verdicts up to any tick by binary search instead of reading the whole log. Owned by whoever
 * builds the frames; make a new one when the cluster is replaced by another run.
 */
export interface SecurityIndex {
  /** log entries read so far */
  read: number;
  /** places in the log of the rejections, all of them and by reason, ascending */
  rejections: number[];
  byReason: Record<RejectReason, number[]>;
}

export function newSecurityIndex(): SecurityIndex {
  return {
    read: 0,
    rejections: [],
    byReason: Object.fromEntries(REASONS.map((r) => [r, []])) as unknown as Record<RejectReason, number[]>,
  };
}

/** Reads what the log gained since the index last did; a shorter log (a rewound cluster) is read again from 0. */
export function indexSecurityLog(index: SecurityIndex, log: readonly SecurityLogEntry[]): void {
  if (log.length < index.read) Object.assign(index, newSecurityIndex());
  for (let i = index.read; i < log.length; i++) {
    const e = log[i] as SecurityLogEntry;
    if (e.verdict !== 'rejected') continue;
    index.rejections.push(i);
    index.byReason[e.reason].push(i);
  }
  index.read = log.length;
}

/**
 * The security log at `tick`: how many messages were accepted and rejected for each reason, the latest entries
 * and the latest rejections in words; null when the cluster has no security. Updates `index` first.
 */
export function securityLogData(
  cl: ClusterState,
  tick: number,
  index: SecurityIndex,
  limit = SECURITY_ROWS,
): SecurityLogData | null {
  const sec = cl.security;
  if (!sec) return null;
  const log = sec.log;
  indexSecurityLog(index, log);
  const total = countUpTo(log.length, (i) => log[i]!.tick, tick);
  const counts = { accepted: total - countBelow(index.rejections, total) } as Record<SecurityVerdict, number>;
  for (const r of REASONS) counts[r] = countBelow(index.byReason[r], total);
  const { name, words } = securityNamer(cl, sec);
  const row = (i: number): SecurityRow => {
    const e = log[i] as SecurityLogEntry;
    return {
      index: i,
      tick: e.tick,
      node: name(e.node),
      peer: name(e.from),
      messageId: e.messageId,
      verdict: e.verdict === 'accepted' ? 'accepted' : e.reason,
      text: words(e.sentence),
    };
  };
  const recent = Array.from({ length: Math.min(limit, total) }, (_, k) => row(total - Math.min(limit, total) + k));
  const rejected = countBelow(index.rejections, total);
  const rejections = index.rejections.slice(Math.max(0, rejected - limit), rejected).map(row);
  return { view: 'securityLog', tick, mode: sec.mode, total, counts, recent, rejections };
}
