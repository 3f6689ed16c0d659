import { deepCopy } from '../../deepCopy';
import { advanceTo } from '../../kernel/engine';
import type { SimState } from '../../kernel/state';
import { subsystemFor } from '../../kernel/subsystems';
import type { ScheduledOperation } from '../../scenario/types';
import type { NetFault } from '../config';
import type { NetRun } from '../subsystem/state';
import { bootNode, type ClusterState } from './state';
import { nodeDue } from './step';
import { pushHop, send } from './transport';
import { rebootProtocol } from '../p2p/protocol';
import { launchAttack } from './attackFault';
import { startMigration } from './migrations';
import { postCopySourceDown } from './postCopyLanding';
import { syncStreams } from './postCopyStall';
import { aimsAtMessage, applyMessageFault, messageRefusal } from './messageFault';

type NetOperation = Extract<ScheduledOperation, { op: 'net' }>;

/** Why a fault cannot happen now (validation refuses these in a scenario; an operation added during a run may). */
function refusal(cl: ClusterState, f: Exclude<NetFault, { kind: 'migrate' }>): string | null {
  if (f.kind === 'partition' || f.kind === 'heal') return null;
  const names =
    f.kind === 'drop' || f.kind === 'duplicate' || f.kind === 'delay'
      ? [f.from, f.to]
      : f.kind === 'attack' && f.victim !== undefined
        ? [f.node, f.victim]
        : [f.node];
  for (const name of names) if (!cl.ids.includes(name)) return `there is no node "${name}" in the cluster`;
  const node = cl.ids.indexOf(names[0] as string);
  const status = cl.status[node];
  if (f.kind === 'restart') return status === 'down' ? null : `${f.node} is up: only a crashed node restarts`;
  if (status === 'down') return `${names[0]} has crashed: a ${f.kind} needs a node that is up`;
  if (f.kind === 'pause' && status === 'paused') return `${f.node} is already paused`;
  if (f.kind === 'resume' && status !== 'paused') return `${f.node} is not paused`;
  if ((f.kind === 'drop' || f.kind === 'duplicate' || f.kind === 'delay') && linkOf(cl, f.from, f.to) === undefined)
    return `there is no link between ${f.from} and ${f.to}`;
  return aimsAtMessage(f) ? messageRefusal(cl, f) : null;
}

function linkOf(cl: ClusterState, from: string, to: string) {
  const [a, b] = [cl.ids.indexOf(from), cl.ids.indexOf(to)];
  return cl.links[cl.linkOf[a * cl.ids.length + b] as number];
}

/** Applies the network operation at place `at` of the scenario's list, now; a refusal changes nothing and says why. */
export function applyFault(cl: ClusterState, at: number): void {
  const f = (cl.scenario.operations[at] as NetOperation).fault;
  const why = f.kind === 'migrate' ? startMigration(cl, f, 'operation') : refusal(cl, f);
  if (why !== null) {
    cl.log.push({ tick: cl.now, kind: 'faultRefused', fault: f, why });
    return;
  }
  if (aimsAtMessage(f)) {
    // Logged before what it does, so the loss it makes finds it in force (the checker reads the log in order).
    cl.log.push({ tick: cl.now, kind: 'fault', fault: f });
    return applyMessageFault(cl, f, linkOf(cl, f.from, f.to));
  }
  switch (f.kind) {
    case 'crash':
      return crash(cl, f);
    case 'restart':
      return restart(cl, f.node);
    case 'pause':
      cl.status[cl.ids.indexOf(f.node)] = 'paused';
      break;
    case 'resume':
      resume(cl, cl.ids.indexOf(f.node));
      break;
    case 'partition': {
      const side = cl.ids.map(() => f.groups.length);
      f.groups.forEach((g, i) => g.forEach((id) => (side[cl.ids.indexOf(id)] = i)));
      for (const id of f.bridge ?? []) side[cl.ids.indexOf(id)] = -1;
      cl.side = side;
      break;
    }
    case 'heal':
      cl.side = cl.ids.map(() => 0);
      break;
    case 'drop':
      (linkOf(cl, f.from, f.to) as NonNullable<ReturnType<typeof linkOf>>).dropNext++;
      break;
    case 'duplicate':
      (linkOf(cl, f.from, f.to) as NonNullable<ReturnType<typeof linkOf>>).duplicateNext++;
      break;
    case 'delay':
      (linkOf(cl, f.from, f.to) as NonNullable<ReturnType<typeof linkOf>>).delayNext.push(f.ticks);
      break;
    case 'skew':
      skew(cl, cl.ids.indexOf(f.node), f.ticks);
      break;
    case 'migrate':
      // Started above; its own events say what it does.
      return;
    case 'attack': {
      const refused = launchAttack(cl, f);
      if (refused !== null) {
        cl.log.push({ tick: cl.now, kind: 'faultRefused', fault: f, why: refused });
        return;
      }
      break;
    }
  }
  cl.log.push({ tick: cl.now, kind: 'fault', fault: f });
  // Post-copy's page streams stall or flow again with the routes and the sources (postCopyStall.ts).
  if (f.kind === 'partition' || f.kind === 'heal' || f.kind === 'pause' || f.kind === 'resume') syncStreams(cl);
}

/**
 * The node stops at the end of this tick: its processes and its memory are lost with what they had not sent, what
 * reaches it from now on is lost, and its file system takes the crash the fs subsystem gives a power failure
 * (fs/subsystem/crashRun.ts: what a commit had not made durable is gone, the journal replays at mount).
 */
function crash(cl: ClusterState, f: Extract<NetFault, { kind: 'crash' }>): void {
  const node = cl.ids.indexOf(f.node);
  const st = cl.nodes[node] as SimState;
  if (st.now < cl.now && !st.finished) advanceTo(st, cl.now);
  const lostProcesses = st.procs.filter((p) => p.state !== 'TERMINATED').length;
  (st.sub.net as NetRun).outbox.length = 0;
  const fs = subsystemFor('fs');
  const fsCrash = st.sub.fs !== undefined && fs !== undefined;
  if (fsCrash) fs.apply?.(st, { tick: cl.now, op: 'fs', action: { kind: 'crash' } }, -1);
  cl.status[node] = 'down';
  postCopySourceDown(cl, node);
  cl.held[node] = [];
  cl.parked[node] = [];
  cl.log.push({ tick: cl.now, kind: 'fault', fault: f, lostProcesses, fsCrash });
}

/**
 * The node boots again: a fresh kernel with none of its processes (they were lost) and fresh memory, and its file
 * system as the crash left it on disk.
 */
function restart(cl: ClusterState, id: string): void {
  const node = cl.ids.indexOf(id);
  const old = cl.nodes[node] as SimState;
  const scenario = cl.nodeScenarios[node] as (typeof cl.nodeScenarios)[number];
  const st = bootNode({ ...scenario, processes: [], operations: [] }, cl.ids, node);
  if (old.sub.fs) st.sub.fs = deepCopy(old.sub.fs);
  st.now = cl.now;
  cl.nodes[node] = st;
  cl.status[node] = 'up';
  cl.due[node] = nodeDue(st);
  cl.log.push({ tick: cl.now, kind: 'fault', fault: { kind: 'restart', node: id } });
  rebootProtocol(cl, node);
}

/** What waited at a paused node goes on: what reached it arrives next tick, what it made is sent now. */
function resume(cl: ClusterState, node: number): void {
  cl.status[node] = 'up';
  for (const hop of cl.held[node] ?? []) pushHop(cl, cl.now + 1, hop[2], node, node);
  cl.held[node] = [];
  for (const out of cl.parked[node] ?? []) send(cl, out);
  cl.parked[node] = [];
}

/** The node's clock now runs `ticks` off the cluster's: its next round comes as much sooner (ahead) or later (behind). */
function skew(cl: ClusterState, node: number, ticks: number): void {
  const change = ticks - (cl.skew[node] as number);
  cl.skew[node] = ticks;
  const pr = cl.protocol;
  if (pr) pr.nextRound[node] = Math.max(cl.now + 1, (pr.nextRound[node] as number) - change);
}
