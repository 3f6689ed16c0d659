import type { NetFault } from '../config';
import type { NetMessage } from '../message';
import { forge, impersonate, replay, tamper } from '../security/attacks';
import type { Envelope } from '../security/types';
import { keepChannel, payloadOf, sendChannel, type SecurityRun } from './secure';
import type { ClusterState } from './state';
import { send } from './transport';

type AttackFault = Extract<NetFault, { kind: 'attack' }>;

/** The last message `node` sent honestly to another node (to `to` when given), which an attack starts from. */
function lastSent(cl: ClusterState, sec: SecurityRun, node: number, to: number): NetMessage | undefined {
  const copies = new Set(sec.attacks.map((a) => a.id));
  for (let id = cl.messages.length - 1; id >= 0; id--) {
    const m = cl.messages[id] as NetMessage;
    if (m.from.node !== node || m.to.node === node || !m.envelope || copies.has(id)) continue;
    if (to === -1 || m.to.node === to) return m;
  }
  return undefined;
}

/** Whom an impersonation claims to be: the victim named, else the first node that is neither end. */
function claimed(cl: ClusterState, f: AttackFault, node: number, receiver: number): number {
  if (f.victim !== undefined) return cl.ids.indexOf(f.victim);
  return cl.ids.findIndex((_, i) => i !== node && i !== receiver);
}

/** The doctored envelope of the attack, or why the attacker cannot make it. */
function doctored(cl: ClusterState, sec: SecurityRun, f: AttackFault, base: NetMessage): Envelope | string {
  const node = base.from.node;
  const e = base.envelope as Envelope;
  if (f.attack === 'replay') return replay(e);
  if (f.attack === 'tamper') {
    const t = tamper(e, f.field ?? 'body', 0);
    return t.ok ? t.envelope : t.message;
  }
  const victim = claimed(cl, f, node, base.to.node);
  if (victim === -1) return `a ${f.attack} needs a third node to claim to be`;
  if (victim === base.to.node) return `${f.node} would claim to be ${f.victim} to ${f.victim} itself`;
  const { payload, header } = payloadOf(base);
  const make = f.attack === 'impersonate' ? impersonate : forge;
  const channel = sendChannel(sec, node, base.to.node);
  const made = make(sec.identities[node]!, channel, sec.directory[victim]!.id, payload, header);
  keepChannel(sec, node, made.channel);
  return made.envelope;
}

/**
 * The malicious node sends its doctored envelope now, as a new message of the cluster (so a copy that gets
 * through is a delivery of its own, not a second one of the message it copies); null, or why it cannot (it has
 * sent nothing to start from, or there is no node to impersonate).
 */
export function launchAttack(cl: ClusterState, f: AttackFault): string | null {
  const sec = cl.security;
  // A cluster gets its identities at the start when its scenario has an attack; one added later finds none.
  if (!sec) return 'the cluster started with no security and no attack: its nodes have no identities to attack with';
  const node = cl.ids.indexOf(f.node);
  const to = f.victim !== undefined && (f.attack === 'tamper' || f.attack === 'replay') ? cl.ids.indexOf(f.victim) : -1;
  const base = lastSent(cl, sec, node, to);
  if (!base)
    return `${f.node} has sent no message${to === -1 ? '' : ` to ${f.victim}`} yet to make its ${f.attack} from`;
  const envelope = doctored(cl, sec, f, base);
  if (typeof envelope === 'string') return envelope;
  const m = send(cl, { from: base.from, to: base.to, body: base.body, bytes: base.bytes }, envelope);
  sec.attacks.push({ id: m.id, of: base.id, node: f.node, attack: f.attack });
  return null;
}
