import { heapPop } from '../../kernel/heap';
import { advanceTo } from '../../kernel/engine';
import { nextEventTime } from '../../kernel/nextEvent';
import type { SimState } from '../../kernel/state';
import { exactlyOnce, type NetMessage } from '../message';
import { deliverToProcess } from '../subsystem/steps';
import type { NetRun } from '../subsystem/state';
import { applyFault } from './faults';
import { aimsAtMessage } from './messageFault';
import { balanceNext, balanceStep } from './balance/balance';
import { migrationsNext, migrationsStep } from './migrations';
import type { ScheduledOperation } from '../../scenario/types';
import { openOnArrival } from './secure';
import { countDelivered, deliveredOf } from './deliveredCounts';
import { protocolNext, protocolReceive, protocolStep } from '../p2p/protocol';
import { afsNext, afsReceive, afsStep } from '../afs/afsCluster';
import type { ClusterState, Hop } from './state';
import { byArrival, forward, lose, send } from './transport';

/** The tick a node next needs deciding: now if it has not decided it yet, else its next event; Infinity when done. */
export function nodeDue(st: SimState): number {
  if (st.finished) return Infinity;
  return st.processedThrough < st.now ? st.now : nextEventTime(st);
}

/** The next tick anything happens anywhere in the cluster, or Infinity. */
export function nextClusterTick(cl: ClusterState): number {
  let next = cl.inflight[0]?.[0] ?? Infinity;
  const op = cl.operationOrder[cl.nextOperation];
  if (op !== undefined) next = Math.min(next, (cl.scenario.operations[op] as { tick: number }).tick);
  for (let i = 0; i < cl.nodes.length; i++) if (cl.status[i] !== 'down') next = Math.min(next, cl.due[i] as number);
  next = Math.min(next, protocolNext(cl), migrationsNext(cl), afsNext(cl));
  // The balancer checks only while something else is still to happen: on its own it would tick forever.
  return next === Infinity ? next : Math.min(next, balanceNext(cl));
}

/**
 * Runs the cluster up to `target` (its tick processed): each step goes to the next tick anything happens anywhere
 * and, in a fixed order, delivers what arrives then (in sending order), lets each node that has something to do
 * decide that tick with the kernel's own advanceTo, applies the network's faults of that tick, and puts what the
 * nodes' processes sent on its way. A node with nothing to do is not touched, so its own trace is what it would
 * be alone, but for what the network brings it.
 */
export function advanceCluster(cl: ClusterState, target: number): void {
  while (!cl.finished) {
    const t = nextClusterTick(cl);
    if (t === Infinity) {
      cl.finished = true;
      return;
    }
    if (t > target) return;
    stepAt(cl, t);
  }
}

function stepAt(cl: ClusterState, t: number): void {
  cl.now = t;
  while (cl.inflight.length > 0 && (cl.inflight[0] as Hop)[0] === t) arrive(cl, heapPop(cl.inflight, byArrival) as Hop);
  migrationsStep(cl);
  // A migration starts before the nodes decide the tick, as it stops its process on the source at once.
  for (let k = cl.nextOperation; k < cl.operationOrder.length; k++) {
    const at = cl.operationOrder[k] as number;
    const op = cl.scenario.operations[at] as Extract<ScheduledOperation, { op: 'net' }>;
    if (op.tick > t) break;
    if (op.fault.kind === 'migrate') applyFault(cl, at);
  }
  balanceStep(cl);
  cl.nodes.forEach((st, i) => {
    if (cl.status[i] === 'down' || (cl.due[i] as number) > t) return;
    advanceTo(st, t);
    cl.due[i] = nodeDue(st);
  });
  let aimed: number[] | null = null;
  for (;;) {
    const at = cl.operationOrder[cl.nextOperation];
    if (at === undefined || (cl.scenario.operations[at] as { tick: number }).tick > t) break;
    cl.nextOperation++;
    const op = cl.scenario.operations[at] as Extract<ScheduledOperation, { op: 'net' }>;
    if (aimsAtMessage(op.fault)) (aimed ??= []).push(at);
    else if (op.fault.kind !== 'migrate') applyFault(cl, at);
  }
  cl.nodes.forEach((st, i) => {
    const run = st.sub.net as NetRun;
    if (run.outbox.length === 0) return;
    const out = run.outbox.splice(0);
    if (cl.status[i] === 'up') for (const o of out) send(cl, o);
    else if (cl.status[i] === 'paused') cl.parked[i]?.push(...out);
  });
  protocolStep(cl);
  afsStep(cl);
  // A fault on one message on its way comes last: it finds the tick's messages on their way, as its picture shows them.
  if (aimed) for (const at of aimed) applyFault(cl, at);
}

/** A message reaches node `node`: held there if it is paused, lost if it is down, passed on, or delivered. */
function arrive(cl: ClusterState, hop: Hop): void {
  const [, , id, node] = hop;
  const m = cl.messages[id] as NetMessage;
  const status = cl.status[node];
  if (status === 'down') return lose(cl, m, node, 'nodeDown');
  if (status === 'paused') {
    cl.held[node]?.push(hop);
    cl.log.push({ tick: cl.now, kind: 'held', id, at: cl.ids[node] as string });
    return;
  }
  if (node !== m.to.node) return forward(cl, m, node);
  if (exactlyOnce(m.body) && deliveredOf(cl.deliveredCount, id) > 0) {
    cl.log.push({ tick: cl.now, kind: 'suppressed', id, at: cl.ids[node] as string });
    return;
  }
  if (!openOnArrival(cl, m, node)) return;
  if (m.body.kind === 'afs') afsReceive(cl, m, node);
  else if (m.to.pid === null) protocolReceive(cl, m, node);
  else {
    const st = cl.nodes[node] as SimState;
    const refused = deliverToProcess(st, m, cl.now);
    if (refused) return lose(cl, m, node, refused);
    cl.due[node] = Math.min(cl.due[node] as number, nodeDue(st));
  }
  countDelivered(cl.deliveredCount, id);
  cl.deliveries.push(cl.now, id);
}
