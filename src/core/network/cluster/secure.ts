import { utf8ToBytes } from '@noble/hashes/utils.js';
import { deepFreeze } from '../../deepFreeze';
import type { Scenario } from '../../scenario/types';
import type { NetMessage } from '../message';
import { channelFrom, openChannel } from '../security/channel';
import { nodeIdentity, publicIdentity } from '../security/identity';
import { open } from '../security/open';
import { seal } from '../security/seal';
import { securityLogEntry, type SecurityLogEntry } from '../security/securityLog';
import type { AttackKind, ChannelEnd, Directory, Envelope, NodeIdentity, SecurityMode } from '../security/types';
import type { ClusterState } from './state';

/** A message a malicious node sent (an `attack` fault): the checker counts it against the attack. */
export interface AttackCopy {
  id: number;
  /** the message it was made from: a replay that overtakes it on the way is taken, and the original refused */
  of: number;
  node: string;
  attack: AttackKind;
}

/**
 * The cluster's security: each node's identity (from the scenario seed and its place), its channel ends by peer
 * id, and the log of every verdict. Plain data (the keys are hex, the channels numbers), so checkpoints copy it.
 */
export interface SecurityRun {
  mode: SecurityMode;
  identities: readonly NodeIdentity[];
  directory: Directory;
  /** each node's channel ends, by the peer's node id: opened when the pair first talks */
  channels: Record<string, ChannelEnd>[];
  sealed: number;
  opened: number;
  log: SecurityLogEntry[];
  attacks: AttackCopy[];
}

/**
 * The security of a cluster whose scenario asks for it, or has an attack (in mode none its copies are sealed
 * without a signature and taken, so the log shows what an unprotected network accepts); null otherwise, and the
 * run is what it was before security existed.
 */
export function createSecurity(scenario: Scenario, nodes: number): SecurityRun | null {
  const mode = scenario.network?.security ?? 'none';
  const attacked = scenario.operations.some((op) => op.op === 'net' && op.fault.kind === 'attack');
  if (mode === 'none' && !attacked) return null;
  const identities = Array.from({ length: nodes }, (_, i) => nodeIdentity(scenario.seed, i));
  return {
    mode,
    identities: deepFreeze(identities),
    directory: deepFreeze(identities.map(publicIdentity)),
    channels: identities.map(() => ({})),
    sealed: 0,
    opened: 0,
    log: [],
    attacks: [],
  };
}

/** What a message says, as the bytes its envelope carries, and its header in clear. */
export function payloadOf(m: NetMessage): { payload: Uint8Array; header: string } {
  return { payload: utf8ToBytes(JSON.stringify(m.body)), header: `${m.body.kind} #${m.id}` };
}

/** Node `from`'s end of its channel with node `to`: the one it holds, or a new one (the pair's first message). */
export function sendChannel(sec: SecurityRun, from: number, to: number): ChannelEnd {
  const peer = sec.directory[to]!;
  const held = sec.channels[from]![peer.id];
  if (held) return held;
  const made = openChannel(sec.mode, sec.identities[from]!, peer);
  if (!made.ok) throw new Error(made.message); // callers never seal a message a node sends itself
  return made.channel;
}

/** Keeps a node's channel end after it sealed or accepted a message. */
export function keepChannel(sec: SecurityRun, node: number, channel: ChannelEnd): void {
  sec.channels[node]![channel.peer] = channel;
}

/** The envelope of a message leaving its node, sealed by its sender; null without security or to its own node. */
export function sealOnSend(cl: ClusterState, m: NetMessage): Envelope | null {
  const sec = cl.security;
  if (!sec || m.from.node === m.to.node) return null;
  const { payload, header } = payloadOf(m);
  const sealed = seal(sec.identities[m.from.node]!, sendChannel(sec, m.from.node, m.to.node), payload, header);
  keepChannel(sec, m.from.node, sealed.channel);
  sec.sealed++;
  return sealed.envelope;
}

/**
 * The receiver judges a message that reached it: true when it takes it (no envelope, or one that opens), false
 * when it rejects it. Every verdict goes into the security log with its sentence.
 */
export function openOnArrival(cl: ClusterState, m: NetMessage, node: number): boolean {
  const sec = cl.security;
  const e = m.envelope;
  if (!sec || !e) return true;
  const receiver = sec.identities[node]!;
  const channel = channelFrom(sec.mode, receiver, sec.channels[node]!, sec.directory, e.from);
  const opened = open(receiver, channel, e, sec.directory);
  sec.opened++;
  sec.log.push(securityLogEntry(cl.now, receiver.id, m.id, e.from, opened));
  if (opened.ok) keepChannel(sec, node, opened.channel);
  return opened.ok;
}
