import type { NetFault } from '../config';
import { balanceText, type BalanceDecision } from './balance/decision';
import { migrationText, type MigrationStep } from './migrationEvents';
import type { AfsEvent } from '../afs/afsClusterTypes';
import { afsEventText } from '../afs/afsClusterText';

/** Why a message never reached its receiver. */
export type LossReason = 'linkLoss' | 'faultDrop' | 'partition' | 'nodeDown' | 'noRoute' | 'noProcess' | 'ended';

/**
 * What the network did, with the words for it (netText): losses, copies, faults, and the protocol's news. Sends
 * and deliveries are not logged one by one: the cluster keeps every message (`messages`) and each delivery
 * (`deliveries`), which a million of would otherwise double.
 */
export type NetEvent =
  | { tick: number; kind: 'lost'; id: number; at: string; reason: LossReason }
  | { tick: number; kind: 'duplicated'; id: number; from: string; to: string; by: 'link' | 'fault' }
  | { tick: number; kind: 'suppressed'; id: number; at: string }
  | { tick: number; kind: 'delayed'; id: number; from: string; to: string; ticks: number }
  | { tick: number; kind: 'reordered'; id: number; from: string; to: string }
  | { tick: number; kind: 'held'; id: number; at: string }
  | { tick: number; kind: 'fault'; fault: NetFault; lostProcesses?: number; fsCrash?: boolean }
  | { tick: number; kind: 'faultRefused'; fault: NetFault; why: string }
  | { tick: number; kind: 'joined'; node: string }
  | { tick: number; kind: 'suspect'; node: string; peer: string; silent: number }
  | { tick: number; kind: 'recovered'; node: string; peer: string }
  | { tick: number; kind: 'infected'; item: number; node: string; round: number }
  /** a step of migration number `migration` (the cluster's list) of the process whose identity is `process` */
  | { tick: number; kind: 'migration'; migration: number; process: string; step: MigrationStep }
  | { tick: number; kind: 'balance'; decision: BalanceDecision }
  | { tick: number; kind: 'afs'; event: AfsEvent };

const LOSS_WORDS: Record<LossReason, string> = {
  linkLoss: 'the link lost it (its loss rate)',
  faultDrop: 'a drop fault took it off the link',
  partition: 'the link is cut by a partition',
  nodeDown: 'the node is down (crashed)',
  noRoute: 'there is no path to its node',
  noProcess: 'no such process on that node (it restarted without it)',
  ended: 'its process has ended',
};

/** What a malicious node does, in words; `victim` is the node it aims at (tamper, replay) or claims to be. */
function attackText(f: Extract<NetFault, { kind: 'attack' }>): string {
  const claimed = f.victim ?? 'another node';
  switch (f.attack) {
    case 'tamper':
      return `it sends its last message${f.victim ? ` to ${f.victim}` : ''} again with a byte of its ${f.field ?? 'body'} changed`;
    case 'replay':
      return `it sends its last message${f.victim ? ` to ${f.victim}` : ''} again as it was`;
    case 'impersonate':
      return `it sends a message claiming to come from ${claimed}, signed with its own key`;
    case 'forge':
      return `it sends a message claiming to come from ${claimed}, with a signature it made up`;
  }
}

const LINK_FAULT_WORDS = {
  drop: ['will be dropped', 'is dropped: every copy on the wire is taken off'],
  duplicate: ['will arrive twice', 'will arrive twice: a copy follows it a tick behind'],
  delay: ['will be held', 'is held'],
} as const;

/** A link fault in words: on the next message to leave, or (`message`) on one already on its way. */
function linkFaultText(f: Extract<NetFault, { kind: 'drop' | 'duplicate' | 'delay' }>): string {
  const [next, now] = LINK_FAULT_WORDS[f.kind];
  const held = f.kind === 'delay' ? ` ${f.ticks} ticks more` : '';
  return f.message === undefined
    ? `the next message from ${f.from} to ${f.to} ${next}${held}`
    : `message #${f.message}, on its way from ${f.from} to ${f.to}, ${now}${held}`;
}

function faultText(f: NetFault): string {
  switch (f.kind) {
    case 'crash':
      return `${f.node} crashes`;
    case 'restart':
      return `${f.node} restarts`;
    case 'pause':
      return `${f.node} pauses: what it sends and what comes to it waits until it resumes`;
    case 'resume':
      return `${f.node} resumes: what waited goes on`;
    case 'partition':
      return `partition ${f.groups.map((g) => `{${g.join(', ')}}`).join(' | ')}${f.bridge?.length ? `, bridged by ${f.bridge.join(', ')}` : ''}: links between groups are cut`;
    case 'heal':
      return 'the partition heals: every link is whole again';
    case 'drop':
    case 'duplicate':
    case 'delay':
      return linkFaultText(f);
    case 'attack':
      return `${f.node} turns malicious: ${attackText(f)}`;
    case 'migrate':
      return `${typeof f.process === 'number' ? `P${f.process}` : f.process} migrates from ${f.from} to ${f.to} by ${f.method.kind}`;
    case 'skew':
      return `${f.node}'s clock runs ${Math.abs(f.ticks)} ticks ${f.ticks >= 0 ? 'ahead' : 'behind'}: its protocol timers move`;
  }
}

/** One network event in words, as the narration and `sim run`'s trace say it. */
export function netText(e: NetEvent): string {
  switch (e.kind) {
    case 'lost':
      return `message #${e.id} lost at ${e.at}: ${LOSS_WORDS[e.reason]}`;
    case 'duplicated':
      return `message #${e.id} arrives twice over ${e.from}→${e.to}: ${e.by === 'link' ? 'the link duplicated it (its duplication rate)' : 'a duplicate fault'}`;
    case 'suppressed':
      return `a second copy of message #${e.id} reaches ${e.at} and is dropped: a process's message is delivered exactly once`;
    case 'delayed':
      return `message #${e.id} is held ${e.ticks} ticks on ${e.from}→${e.to} by a delay fault`;
    case 'reordered':
      return `message #${e.id} is reordered on ${e.from}→${e.to}: it may arrive after later ones`;
    case 'held':
      return `message #${e.id} waits at ${e.at}, which is paused`;
    case 'fault': {
      const lost = e.lostProcesses
        ? `: ${e.lostProcesses} process${e.lostProcesses === 1 ? '' : 'es'} and their memory lost`
        : '';
      const fs = e.fsCrash ? '; its file system crashes as a power failure' : '';
      return `${faultText(e.fault)}${lost}${fs}`;
    }
    case 'faultRefused':
      return `refused: ${faultText(e.fault)}: ${e.why}`;
    case 'joined':
      return `${e.node} joins the network: it greets its neighbours`;
    case 'suspect':
      return `${e.node} suspects ${e.peer}: no heartbeat for ${e.silent} ticks`;
    case 'recovered':
      return `${e.node} hears from ${e.peer} again and stops suspecting it`;
    case 'infected':
      return `${e.node} gets item ${e.item} in gossip round ${e.round}`;
    case 'migration':
      return migrationText(e.process, e.step);
    case 'balance':
      return balanceText(e.decision);
    case 'afs':
      return afsEventText(e.event);
  }
}
