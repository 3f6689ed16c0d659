import { exactlyOnce } from '../message';
import type { NetFault } from '../config';
import type { NetEvent } from './events';
import { deliveredOf } from './deliveredCounts';
import { migrationFindings } from './migrationChecks';
import { AFS_CHECKED } from '../afs/afsResult';
import type { ClusterState } from './state';

/** A rule the run broke, at the tick it was first broken. */
export interface CheckFinding {
  rule:
    | 'noPhantom'
    | 'exactlyOnce'
    | 'lossAccounted'
    | 'ledgersAgree'
    | 'attackRejected'
    | 'migratedOnce'
    | 'oneNodeAtATime'
    | 'afsDone';
  tick: number;
  text: string;
}

export interface CheckVerdict {
  ok: boolean;
  /** what was checked, in words */
  checked: string[];
  findings: CheckFinding[];
}

type Lost = Extract<NetEvent, { kind: 'lost' }>;

/**
 * The rules every run must keep, checked from the cluster's records after the run (or at any tick): nothing
 * delivered that was not sent (and before it was sent), no second delivery of a message promised exactly once,
 * and every message that never arrived either still on its way or lost for a reason the run can show (the link's
 * loss rate, a drop fault on that link or on that message, a partition in force, a crashed node, no route or no receiver). `extra`
 * adds the protocol's findings (ledger copies).
 */
export function checkCluster(cl: ClusterState, extra: CheckFinding[] = []): CheckVerdict {
  const findings: CheckFinding[] = [];
  const d = cl.deliveries;
  for (let i = 0; i < d.length; i += 2) {
    const [tick, id] = [d[i] as number, d[i + 1] as number];
    const m = cl.messages[id];
    if (!m || m.sentAt >= tick)
      findings.push({
        rule: 'noPhantom',
        tick,
        text: `message #${id} was delivered at tick ${tick} but never sent before it`,
      });
  }
  cl.messages.forEach((m, id) => {
    if (exactlyOnce(m.body) && deliveredOf(cl.deliveredCount, id) > 1)
      findings.push({
        rule: 'exactlyOnce',
        tick: secondDelivery(cl, id),
        text: `message #${id} (${m.body.kind}) was delivered ${deliveredOf(cl.deliveredCount, id)} times; it is promised once`,
      });
  });
  const lostIds = new Set<number>();
  // The faults in force as the log goes, in its order (a loss is logged when it happens, among the faults).
  const faults: FaultsSoFar = { drops: new Map(), dropped: new Set(), partitioned: false, down: new Set() };
  for (const e of cl.log) {
    if (e.kind === 'fault') noteFault(faults, e.fault);
    if (e.kind !== 'lost') continue;
    lostIds.add(e.id);
    const wrong = unaccounted(cl, e, faults);
    if (wrong)
      findings.push({ rule: 'lossAccounted', tick: e.tick, text: `message #${e.id} lost at ${e.at}: ${wrong}` });
  }
  const pending = new Set<number>([...cl.inflight, ...cl.held.flat()].map((h) => h[2]));
  const rejected = new Set((cl.security?.log ?? []).flatMap((e) => (e.verdict === 'rejected' ? [e.messageId] : [])));
  cl.messages.forEach((m, id) => {
    if (deliveredOf(cl.deliveredCount, id) === 0 && !lostIds.has(id) && !pending.has(id) && !rejected.has(id))
      findings.push({
        rule: 'lossAccounted',
        tick: m.sentAt,
        text: `message #${id}, sent at tick ${m.sentAt}, vanished: never delivered, never lost, not on its way`,
      });
  });
  const attacks = attackFindings(cl, rejected, findings);
  const migrations = migrationFindings(cl);
  const all = [...findings, ...migrations.findings, ...extra].sort((a, b) => a.tick - b.tick);
  return {
    ok: all.length === 0,
    checked: [
      `${cl.deliveries.length / 2} deliveries of ${cl.messages.length} messages sent`,
      'no message delivered that was not sent',
      "a process's message delivered at most once",
      'every loss accounted for by a fault or the link',
      ...(cl.scenario.network?.protocol ? ['ledger copies agree once the network is whole'] : []),
      ...(cl.afs ? [AFS_CHECKED] : []),
      ...attacks,
      ...migrations.checked,
    ],
    findings: all,
  };
}

/**
 * A malicious node's copies count against its attack, not as the network's bug: on a secured network each must be
 * rejected (one accepted or delivered is a finding, but a replay that overtook its original, refused in its stead); with security none they are taken on purpose, to show what that lets in.
 * What was checked, in words.
 */
function attackFindings(cl: ClusterState, rejected: ReadonlySet<number>, findings: CheckFinding[]): string[] {
  const sec = cl.security;
  if (!sec || sec.attacks.length === 0) return [];
  const accepted = new Set(sec.log.flatMap((e) => (e.verdict === 'accepted' ? [e.messageId] : [])));
  let taken = 0;
  let overtook = 0;
  for (const a of sec.attacks) {
    if (!accepted.has(a.id) && deliveredOf(cl.deliveredCount, a.id) === 0) continue;
    taken++;
    // A replay that overtakes its original on the way is taken first: then the original must be the one refused.
    const twice = a.attack !== 'replay' || accepted.has(a.of) || deliveredOf(cl.deliveredCount, a.of) > 0;
    if (!twice) overtook++;
    if (sec.mode !== 'none' && twice)
      findings.push({
        rule: 'attackRejected',
        tick: cl.messages[a.id]!.sentAt,
        text: `message #${a.id}, a ${a.attack} by ${a.node}, was accepted on a ${sec.mode} network${a.attack === 'replay' ? ` as well as message #${a.of}, the one it copies` : ''}`,
      });
  }
  const caught = sec.attacks.filter((a) => rejected.has(a.id)).length;
  return [
    sec.mode === 'none'
      ? `${sec.attacks.length} attack messages: ${taken} accepted on purpose (security none checks nothing), ${caught} rejected`
      : `${sec.attacks.length} attack messages, every one rejected, none delivered (${caught} rejected so far${overtook ? `; ${overtook} replays overtook their originals, which were refused instead` : ''})`,
  ];
}

function secondDelivery(cl: ClusterState, id: number): number {
  let seen = 0;
  for (let i = 0; i < cl.deliveries.length; i += 2)
    if (cl.deliveries[i + 1] === id && ++seen === 2) return cl.deliveries[i] as number;
  return cl.now;
}

interface FaultsSoFar {
  /** drop faults set on each link ("from>to") and not yet used */
  drops: Map<string, number>;
  /** messages a drop fault took off the wire by number */
  dropped: Set<number>;
  partitioned: boolean;
  down: Set<string>;
}

function noteFault(f: FaultsSoFar, fault: NetFault): void {
  if (fault.kind === 'drop' && fault.message !== undefined) f.dropped.add(fault.message);
  else if (fault.kind === 'drop')
    f.drops.set(`${fault.from}>${fault.to}`, (f.drops.get(`${fault.from}>${fault.to}`) ?? 0) + 1);
  else if (fault.kind === 'partition') f.partitioned = true;
  else if (fault.kind === 'heal') f.partitioned = false;
  else if (fault.kind === 'crash') f.down.add(fault.node);
  else if (fault.kind === 'restart') f.down.delete(fault.node);
}

/** Why a loss's reason does not hold, or null when it does. */
function unaccounted(cl: ClusterState, e: Lost, faults: FaultsSoFar): string | null {
  const m = cl.messages[e.id];
  if (!m) return 'no such message was sent';
  const at = cl.ids.indexOf(e.at);
  const next = (cl.hops[at] as Int16Array)[m.to.node] as number;
  const link = next < 0 ? undefined : cl.links[cl.linkOf[at * cl.ids.length + next] as number];
  switch (e.reason) {
    case 'linkLoss':
      return link && link.spec.loss > 0 ? null : 'a link with no loss rate lost it';
    case 'faultDrop': {
      if (faults.dropped.has(e.id)) return null;
      const key = `${e.at}>${cl.ids[next]}`;
      const left = faults.drops.get(key) ?? 0;
      if (left === 0) return 'dropped by a fault nobody set on that link';
      faults.drops.set(key, left - 1);
      return null;
    }
    case 'partition':
      return faults.partitioned ? null : 'a partition cut it, but none was in force';
    case 'nodeDown':
      return faults.down.has(e.at) ? null : 'its node is said to be down, but it had not crashed';
    default:
      return null;
  }
}
