import { deepFreeze } from '../../deepFreeze';
import { nextInt } from '../../kernel/rng';
import type { Endpoint, NetMessage } from '../message';
import type { ClusterState } from '../cluster/state';
import { send } from '../cluster/transport';
import { CONTROL_BYTES, type ProtocolRun } from './state';

export function createProtocol(cl: Pick<ClusterState, 'scenario' | 'ids'>): ProtocolRun | null {
  const spec = cl.scenario.network?.protocol;
  if (!spec) return null;
  const n = cl.ids.length;
  const items = spec.items.length;
  return {
    spec,
    daemon: deepFreeze(cl.ids.map((_, node) => ({ node, pid: null }))),
    validators: cl.ids.map((id) => spec.validators === undefined || spec.validators.includes(id)),
    nextRound: cl.ids.map(() => 0),
    roundsDone: cl.ids.map(() => 0),
    lastHeard: Array.from({ length: n }, () => cl.ids.map(() => 0)),
    suspected: Array.from({ length: n }, () => cl.ids.map(() => false)),
    got: Array.from({ length: n }, () => Array.from({ length: items }, () => -1)),
    firstGot: Array.from({ length: n }, () => Array.from({ length: items }, () => -1)),
    itemOrder: spec.items
      .map((_, k) => k)
      .sort((a, b) => (spec.items[a]?.tick ?? 0) - (spec.items[b]?.tick ?? 0) || a - b),
    nextItem: 0,
  };
}

/** The protocol runs `rounds` heartbeat periods of the cluster's clock, then every node stops at once. */
export function protocolEnd(pr: ProtocolRun): number {
  return pr.spec.rounds * pr.spec.heartbeatEvery;
}

/** The next tick the protocol acts (an item made, a node's round), or Infinity. */
export function protocolNext(cl: ClusterState): number {
  const pr = cl.protocol;
  if (!pr) return Infinity;
  const k = pr.itemOrder[pr.nextItem];
  let next = k === undefined ? Infinity : (pr.spec.items[k]?.tick ?? Infinity);
  for (let i = 0; i < cl.ids.length; i++)
    if (cl.status[i] !== 'down' && (pr.nextRound[i] as number) < protocolEnd(pr))
      next = Math.min(next, pr.nextRound[i] as number);
  return next;
}

function hold(cl: ClusterState, pr: ProtocolRun, node: number, item: number): void {
  const got = pr.got[node] as number[];
  if ((got[item] as number) >= 0) return;
  got[item] = pr.roundsDone[node] as number;
  const first = pr.firstGot[node] as number[];
  if (first[item] === -1) first[item] = cl.now;
  const made = pr.spec.items[item]?.tick ?? 0;
  cl.log.push({
    tick: cl.now,
    kind: 'infected',
    item,
    node: cl.ids[node] as string,
    round: Math.floor((cl.now - made) / pr.spec.heartbeatEvery),
  });
}

const holds = (pr: ProtocolRun, node: number): number => (pr.got[node] as number[]).filter((r) => r >= 0).length;

/** FNV-1a over the items a node holds: two nodes with one digest hold the same items (but for a collision). */
const FNV_START = 0x811c9dc5;

export function digestOf(pr: ProtocolRun, node: number): number {
  let h = FNV_START;
  (pr.got[node] as number[]).forEach((r, item) => {
    if (r < 0) return;
    h ^= item + 1;
    h = Math.imul(h, 0x01000193) >>> 0;
  });
  return h;
}

/**
 * The protocol's work at this tick, after the nodes': items made now, then each node whose round it is (in place
 * order) sends a heartbeat to each neighbour, suspects the neighbours it has not heard from for `suspectAfter`
 * ticks, and, if a validator, pushes each item it got within `pushRounds` rounds to `fanout` other validators
 * drawn from the network's random stream. A paused node's round passes silently (its neighbours will suspect it).
 */
export function protocolStep(cl: ClusterState): void {
  const pr = cl.protocol;
  if (!pr) return;
  for (;;) {
    const k = pr.itemOrder[pr.nextItem];
    const item = k === undefined ? undefined : pr.spec.items[k];
    if (k === undefined || !item || item.tick > cl.now) break;
    pr.nextItem++;
    const node = cl.ids.indexOf(item.node);
    if (cl.status[node] !== 'down') hold(cl, pr, node, k);
  }
  for (let i = 0; i < cl.ids.length; i++) {
    if (cl.status[i] === 'down' || pr.nextRound[i] !== cl.now || cl.now >= protocolEnd(pr)) continue;
    pr.nextRound[i] = cl.now + pr.spec.heartbeatEvery;
    pr.roundsDone[i] = (pr.roundsDone[i] as number) + 1;
    if (cl.status[i] === 'paused') continue;
    round(cl, pr, i);
  }
}

function round(cl: ClusterState, pr: ProtocolRun, i: number): void {
  const mine = holds(pr, i);
  const digest = digestOf(pr, i);
  for (const j of cl.neighbours[i] as number[]) {
    send(cl, {
      from: pr.daemon[i] as Endpoint,
      to: pr.daemon[j] as Endpoint,
      body: { kind: 'heartbeat', holds: mine, digest },
      bytes: CONTROL_BYTES,
    });
    const silent = cl.now - (pr.lastHeard[i]?.[j] as number);
    if (silent > pr.spec.suspectAfter && !pr.suspected[i]?.[j]) {
      (pr.suspected[i] as boolean[])[j] = true;
      cl.log.push({ tick: cl.now, kind: 'suspect', node: cl.ids[i] as string, peer: cl.ids[j] as string, silent });
    }
  }
  if (!pr.validators[i]) return;
  const peers = cl.ids.map((_, j) => j).filter((j) => j !== i && pr.validators[j]);
  (pr.got[i] as number[]).forEach((r, item) => {
    if (r < 0 || (pr.roundsDone[i] as number) - r > pr.spec.pushRounds) return;
    const pool = peers.slice();
    for (let f = 0; f < pr.spec.fanout && pool.length > 0; f++) {
      const j = pool.splice(nextInt(cl.rng, pool.length), 1)[0] as number;
      send(cl, {
        from: pr.daemon[i] as Endpoint,
        to: pr.daemon[j] as Endpoint,
        body: { kind: 'gossip', item },
        bytes: pr.spec.items[item]?.bytes ?? CONTROL_BYTES,
      });
    }
  });
}

/** A node greets its neighbours when it starts (and restarts): a join, which counts as a heartbeat. */
export function join(cl: ClusterState, node: number): void {
  const pr = cl.protocol;
  if (!pr) return;
  cl.log.push({ tick: cl.now, kind: 'joined', node: cl.ids[node] as string });
  for (const j of cl.neighbours[node] as number[])
    send(cl, { from: { node, pid: null }, to: pr.daemon[j] as Endpoint, body: { kind: 'join' }, bytes: CONTROL_BYTES });
}

/** A node restarts: what it held in memory is gone, it hears from nobody yet, and its rounds start again. */
export function rebootProtocol(cl: ClusterState, node: number): void {
  const pr = cl.protocol;
  if (!pr) return;
  pr.got[node] = (pr.got[node] as number[]).map(() => -1);
  pr.lastHeard[node] = cl.ids.map(() => cl.now);
  pr.suspected[node] = cl.ids.map(() => false);
  pr.nextRound[node] = cl.now + pr.spec.heartbeatEvery;
  join(cl, node);
}

/**
 * A protocol message reaches node `at`: a heartbeat or join says its sender is alive, and a digest of the items it
 * holds: when two validators' digests differ each sends the other what it holds (anti-entropy), so copies agree
 * again after a partition heals or a node restarts; a gossip message gives the item.
 */
export function protocolReceive(cl: ClusterState, m: NetMessage, at: number): void {
  const pr = cl.protocol;
  if (!pr) return;
  const from = m.from.node;
  if (m.body.kind === 'gossip') {
    if (pr.validators[at]) hold(cl, pr, at, m.body.item);
    return;
  }
  if (m.body.kind !== 'heartbeat' && m.body.kind !== 'join') return;
  (pr.lastHeard[at] as number[])[from] = cl.now;
  if (pr.suspected[at]?.[from]) {
    (pr.suspected[at] as boolean[])[from] = false;
    cl.log.push({ tick: cl.now, kind: 'recovered', node: cl.ids[at] as string, peer: cl.ids[from] as string });
  }
  // A joining node holds nothing yet: the digest of no items.
  const theirs = m.body.kind === 'heartbeat' ? m.body.digest : FNV_START;
  if (!pr.validators[at] || !pr.validators[from] || holds(pr, at) === 0 || digestOf(pr, at) === theirs) return;
  (pr.got[at] as number[]).forEach((r, item) => {
    if (r >= 0)
      send(cl, {
        from: pr.daemon[at] as Endpoint,
        to: pr.daemon[from] as Endpoint,
        body: { kind: 'gossip', item },
        bytes: pr.spec.items[item]?.bytes ?? CONTROL_BYTES,
      });
  });
}
