import { deepFreeze } from '../../deepFreeze';
import type { ClusterState } from '../cluster/state';
import { send } from '../cluster/transport';
import type { NetMessage } from '../message';
import { AFS_CONTROL_BYTES, type AfsAction } from './afsSpec';
import type { AfsClientRun, AfsEvent, AfsPending, AfsRun, AfsWire } from './afsClusterTypes';
import { applyAfs, brokenClient, createAfs, fetchedClient, servedFetch, storedClient, storedFile } from './afsModel';
import type { AfsClient, AfsOp, AfsReason, AfsState } from './afsTypes';

/*
 * AFS run by the cluster below the nodes' processes. Each side does its half of afs.py's rules (afsModel.ts) when
 * a message reaches it; a request with no reply after `retryAfter` ticks is sent again, a break until it is
 * acknowledged, up to `maxTries` tries. AFS keeps its cache and the server its files on disk, so a crash and
 * restart keep both here; a down node's actions and tries wait for its restart. (Real AFS also keeps its callbacks
 * on the server's disk only as long as it trusts them; this model keeps them through a server crash.)
 */

/** The protocol of a validated scenario's `network.afs`, before anything is done; null when it has none. */
export function createAfsRun(cl: Pick<ClusterState, 'scenario' | 'ids'>): AfsRun | null {
  const spec = cl.scenario.network?.afs;
  if (!spec) return null;
  const base = createAfs(0, spec.clients.length);
  const model: AfsState = {
    ...base,
    files: spec.files.map((f) => ({ name: f.name, value: f.value, callbacks: [], fetchedBy: [] })),
    nextValue: spec.files.reduce((m, f) => Math.max(m, f.value + 1), 0),
  };
  return {
    spec,
    server: cl.ids.indexOf(spec.server),
    clientNodes: deepFreeze(spec.clients.map((c) => cl.ids.indexOf(c.node))),
    model,
    clients: spec.clients.map(() => ({
      next: 0,
      doneAt: 0,
      pending: null,
      seq: 0,
      heard: [],
      reads: [],
      refused: 0,
      timedOut: 0,
    })),
    breaks: [],
    nextBreak: 0,
    lastStore: spec.clients.map(() => ({ seq: -1, broken: [] })),
    breaksSent: 0,
  };
}

const log = (cl: ClusterState, event: AfsEvent): void => {
  cl.log.push({ tick: cl.now, kind: 'afs', event });
};

/** The tick of a client's next action, or of its request's next try; Infinity when it has nothing left to do. */
function clientNext(run: AfsRun, c: number): number {
  const cr = run.clients[c] as AfsClientRun;
  if (cr.pending) return cr.pending.sentAt + run.spec.retryAfter;
  const act = run.spec.clients[c]?.actions[cr.next];
  return act ? Math.max(act.tick, cr.doneAt) : Infinity;
}

/** The next tick the protocol acts on its own (a client's action, a try again), or Infinity. */
export function afsNext(cl: ClusterState): number {
  const run = cl.afs;
  if (!run) return Infinity;
  let next = Infinity;
  // A paused node's timers wait for its resume, a fault at a tick of its own.
  run.clients.forEach((_, c) => {
    if (cl.status[run.clientNodes[c] as number] === 'up') next = Math.min(next, clientNext(run, c));
  });
  if (cl.status[run.server] === 'up') for (const b of run.breaks) next = Math.min(next, b.sentAt + run.spec.retryAfter);
  return next;
}

function sendWire(cl: ClusterState, run: AfsRun, from: number, to: number, client: number, wire: AfsWire, tries = 1) {
  const file = run.spec.files.find((f) => f.name === wire.file);
  const carriesFile = wire.kind === 'file' || wire.kind === 'store';
  // said before it goes, so a loss on its first link is told after it
  log(cl, { tick: cl.now, kind: 'sent', node: cl.ids[from] as string, client, wire, tries });
  send(cl, {
    from: { node: from, pid: null },
    to: { node: to, pid: null },
    body: { kind: 'afs', afs: wire },
    bytes: carriesFile ? (file?.bytes ?? AFS_CONTROL_BYTES) : AFS_CONTROL_BYTES,
  });
}

const nodeOf = (cl: ClusterState, run: AfsRun, c: number): string => cl.ids[run.clientNodes[c] as number] as string;

/** A client's action is done: the next one may start, at this tick if it is due. */
function finish(cl: ClusterState, run: AfsRun, c: number, op: AfsOp, reason: AfsReason): void {
  const cr = run.clients[c] as AfsClientRun;
  if (reason.kind === 'read') cr.reads.push({ tick: cl.now, file: op.file, value: reason.data, valid: reason.valid });
  cr.next++;
  cr.doneAt = cl.now;
  cr.pending = null;
  const step = { tick: cl.now, client: c, op, reason, messages: [] };
  log(cl, { tick: cl.now, kind: 'step', node: nodeOf(cl, run, c), step });
}

function withClient(st: AfsState, c: number, client: AfsClient): AfsState {
  return { ...st, clients: st.clients.map((x, i) => (i === c ? client : x)) };
}

/** A client's request goes (again) to the server. */
function request(cl: ClusterState, run: AfsRun, c: number, pending: AfsPending): void {
  const cr = run.clients[c] as AfsClientRun;
  cr.pending = { ...pending, sentAt: cl.now };
  sendWire(cl, run, run.clientNodes[c] as number, run.server, c, pending.wire, pending.tries);
}

/**
 * A client starts its next action: an open of a file it holds no valid copy of sends a fetch, and a close of a
 * written copy a store (each done when the reply comes); every other action is the model's, done at once (a
 * refused one, in words, changes nothing and the client goes on).
 */
function startAction(cl: ClusterState, run: AfsRun, c: number, act: AfsAction): void {
  const cr = run.clients[c] as AfsClientRun;
  const op: AfsOp = { kind: act.kind, file: act.file, fd: 0 };
  const entry = run.model.clients[c]?.cache.find((e) => e.file === act.file);
  if (act.kind === 'open' && !entry?.valid) {
    request(cl, run, c, { wire: { kind: 'fetch', file: act.file, seq: cr.seq++ }, op, tries: 1, sentAt: cl.now });
    return;
  }
  if (act.kind === 'close' && entry?.dirty) {
    const wire = { kind: 'store' as const, file: act.file, seq: cr.seq++, value: entry.data };
    request(cl, run, c, { wire, op, tries: 1, sentAt: cl.now });
    return;
  }
  const applied = applyAfs(run.model, c, op);
  if (!applied.ok) {
    cr.refused++;
    cr.next++;
    cr.doneAt = cl.now;
    log(cl, {
      tick: cl.now,
      kind: 'refused',
      node: nodeOf(cl, run, c),
      client: c,
      op,
      message: applied.refusal.message,
    });
    return;
  }
  run.model = applied.state;
  finish(cl, run, c, op, applied.step.reason);
}

/** The protocol's work at this tick, after the nodes': tries again, then each client's due actions, in client order. */
export function afsStep(cl: ClusterState): void {
  const run = cl.afs;
  if (!run) return;
  const { retryAfter, maxTries } = run.spec;
  if (cl.status[run.server] === 'up')
    for (const b of run.breaks.filter((x) => x.sentAt + retryAfter <= cl.now)) {
      if (b.tries >= maxTries) {
        run.breaks = run.breaks.filter((x) => x !== b);
        log(cl, {
          tick: cl.now,
          kind: 'gaveUp',
          node: cl.ids[run.server] as string,
          client: b.client,
          wire: b.wire,
          tries: b.tries,
        });
        continue;
      }
      b.tries++;
      b.sentAt = cl.now;
      sendWire(cl, run, run.server, run.clientNodes[b.client] as number, b.client, b.wire, b.tries);
    }
  run.clients.forEach((cr, c) => {
    if (cl.status[run.clientNodes[c] as number] !== 'up') return;
    const p = cr.pending;
    if (p && p.sentAt + retryAfter <= cl.now) {
      if (p.tries < maxTries) request(cl, run, c, { ...p, tries: p.tries + 1 });
      else {
        cr.timedOut++;
        cr.pending = null;
        cr.next++;
        cr.doneAt = cl.now;
        log(cl, { tick: cl.now, kind: 'gaveUp', node: nodeOf(cl, run, c), client: c, wire: p.wire, tries: p.tries });
      }
    }
    const actions = run.spec.clients[c]?.actions ?? [];
    for (;;) {
      const act = actions[cr.next];
      if (cr.pending || !act || Math.max(act.tick, cr.doneAt) > cl.now) break;
      startAction(cl, run, c, act);
    }
  });
}

/** An AFS message reaches node `at`: the server serves a fetch, takes a store, hears a break's acknowledgement; a client takes a reply or a break. */
export function afsReceive(cl: ClusterState, m: NetMessage, at: number): void {
  const run = cl.afs;
  if (!run || m.body.kind !== 'afs') return;
  const wire = m.body.afs;
  if (at === run.server) return serverReceive(cl, run, m.from.node, wire);
  run.clientNodes.forEach((node, c) => {
    if (node === at) clientReceive(cl, run, c, wire);
  });
}

function serverReceive(cl: ClusterState, run: AfsRun, from: number, wire: AfsWire): void {
  const c = run.clientNodes.indexOf(from);
  const fileAt = run.model.files.findIndex((f) => f.name === wire.file);
  const f = run.model.files[fileAt];
  if (c < 0 || !f) return;
  const files = [...run.model.files];
  if (wire.kind === 'breakAck') {
    run.breaks = run.breaks.filter((b) => b.id !== wire.id);
    return;
  }
  if (wire.kind === 'fetch') {
    files[fileAt] = servedFetch(f, c);
    run.model = { ...run.model, files, gets: run.model.gets + 1 };
    // A fresh copy under a fresh callback: a break still owed for the old one would only invalidate it.
    run.breaks = run.breaks.filter((b) => b.client !== c || b.wire.file !== f.name);
    sendWire(cl, run, run.server, from, c, { kind: 'file', file: f.name, seq: wire.seq, value: f.value });
    return;
  }
  if (wire.kind !== 'store') return;
  const last = run.lastStore[c] as AfsRun['lastStore'][number];
  if (wire.seq > last.seq) {
    const { file, broken } = storedFile(f, c, wire.value);
    files[fileAt] = file;
    run.model = { ...run.model, files, puts: run.model.puts + 1 };
    run.lastStore[c] = { seq: wire.seq, broken };
    for (const id of broken) {
      const b = { kind: 'break' as const, file: f.name, id: run.nextBreak++, promised: f.callbacks.includes(id) };
      run.breaks = [
        ...run.breaks.filter((x) => x.client !== id || x.wire.file !== f.name),
        { id: b.id, client: id, wire: b, tries: 1, sentAt: cl.now },
      ];
      run.breaksSent++;
      sendWire(cl, run, run.server, run.clientNodes[id] as number, id, b);
    }
  }
  const { broken } = run.lastStore[c] as AfsRun['lastStore'][number];
  sendWire(cl, run, run.server, from, c, { kind: 'stored', file: f.name, seq: wire.seq, broken });
}

function clientReceive(cl: ClusterState, run: AfsRun, c: number, wire: AfsWire): void {
  const cr = run.clients[c] as AfsClientRun;
  const client = run.model.clients[c] as AfsClient;
  if (wire.kind === 'break') {
    const again = cr.heard.includes(wire.id);
    if (!again) {
      cr.heard.push(wire.id);
      const { client: after, held } = brokenClient(client, wire.file);
      run.model = withClient(run.model, c, after);
      log(cl, {
        tick: cl.now,
        kind: 'broken',
        node: nodeOf(cl, run, c),
        client: c,
        file: wire.file,
        held,
        again: !wire.promised,
      });
    }
    sendWire(cl, run, run.clientNodes[c] as number, run.server, c, { kind: 'breakAck', file: wire.file, id: wire.id });
    return;
  }
  const p = cr.pending;
  // A reply to an earlier try, or to a request given up: the one awaited has been answered or never will be.
  if (!p || (wire.kind !== 'file' && wire.kind !== 'stored') || wire.seq !== p.wire.seq) return;
  const entry = client.cache.find((e) => e.file === wire.file);
  if (wire.kind === 'file') {
    run.model = withClient(run.model, c, fetchedClient(client, wire.file, wire.value));
    finish(cl, run, c, p.op, { kind: 'open-fetch', data: wire.value, had: entry ? 'invalid' : 'none' });
    return;
  }
  if (!entry) return;
  run.model = withClient(run.model, c, storedClient(client, entry));
  finish(cl, run, c, p.op, { kind: 'close-store', value: entry.data, broken: wire.broken });
}
