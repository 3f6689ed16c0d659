import { kill } from '../../kernel/operations';
import { seedRng, type RngState } from '../../kernel/rng';
import { pcbOf, type SimState } from '../../kernel/state';
import type { Pcb } from '../../process/pcb';
import type { MigrateSpec } from '../config';
import { dirtyModelOf, writerOn } from '../migration/dirtyModel';
import { endRound, iterativeResult, preCopyStop, startCopy, stopPhase } from '../migration/iterative';
import { transferTicks } from '../migration/link';
import { postCopyMigration } from '../migration/postCopy';
import { sendDirty, type SourceRun } from '../migration/source';
import type { CopyRound, DirtyModel, MigrationInput, MigrationResult, StopPhase } from '../migration/types';
import { migrationErrors } from '../migration/validate';
import type { AbandonReason } from './migrationEvents';
import { logStep as log, nodeNow } from './migrationLog';
import { routeOf } from './migrationRoute';
import { cpuTicksBy, pageSizeOf, pagesOf, putOn, takeOff, unmovable, type Carried } from './moveProcess';
import { dueOf, dropRemote, landRemote, livedResult, pagesAllIn, remoteOf } from './postCopyLanding';
import { overNoSoonerThan } from '../migration/postCopyWire';
import { syncStream } from './postCopyStall';
import type { StreamStall } from '../subsystem/remotePages';
import type { ClusterState } from './state';

/**
 * One migration in the cluster: plain data (a checkpoint copies it). `origin` is the process's cluster-wide
 * identity, the node and pid it first ran as ("n0:3"), kept across migrations; `landed` is where it runs once the
 * migration is over (the target, or the source again), null while in flight or when it was lost.
 */
export interface ClusterMigration {
  origin: string;
  name: string;
  from: number;
  to: number;
  /** its pid on the source */
  pid: number;
  by: 'operation' | 'balance';
  input: MigrationInput;
  startTick: number;
  /** copying: pre-copy rounds while it runs on the source; stopped: in flight; running: post-copy, pages coming */
  phase: 'copying' | 'stopped' | 'running' | 'done' | 'abandoned';
  /** the next tick it acts: a round's end, the resumption, the last page's arrival (Infinity when over) */
  nextAt: number;
  rng: RngState;
  src: SourceRun;
  target: number[];
  rounds: CopyRound[];
  /** the round under way, and the CPU ticks the process had when it began */
  round: Pick<CopyRound, 'index' | 'startTick' | 'durationTicks' | 'sent'> | null;
  cpuAtRound: number;
  carried: Carried | null;
  result: MigrationResult | null;
  landed: [node: number, pid: number] | null;
  reason: AbandonReason | null;
  /** post-copy: pages its source crashed without sending (the process is lost at the next tick); 0 otherwise */
  lostPages: number;
  /** post-copy: the stretches its stream of pages stalled, from the fault's tick to the heal's or resume's (null: on) */
  stalls: { since: number; until: number | null; why: StreamStall }[];
}

const OVER = new Set<ClusterMigration['phase']>(['done', 'abandoned']);

/** The next tick a migration acts, or Infinity. */
export function migrationsNext(cl: ClusterState): number {
  let next = Infinity;
  for (const m of cl.migrations) if (!OVER.has(m.phase)) next = Math.min(next, dueOf(cl, m));
  return next;
}

/** The process a spec names on its node: by pid, or the live one of that name. */
function processNamed(st: SimState, process: number | string): Pcb | undefined {
  if (typeof process === 'number') return pcbOf(st, process);
  return st.procs.find((p) => p.name === process && p.state !== 'TERMINATED');
}

/** Where node `node`'s `pid` came from: the identity of the migration that landed it there, else its own. */
function originOf(cl: ClusterState, node: number, pid: number): string {
  for (let i = cl.migrations.length - 1; i >= 0; i--) {
    const m = cl.migrations[i] as ClusterMigration;
    if (m.landed && m.landed[0] === node && m.landed[1] === pid) return m.origin;
  }
  return `${cl.ids[node]}:${pid}`;
}

/** A migration of this process (by where it runs now) not yet over. */
function underWay(cl: ClusterState, node: number, pid: number): ClusterMigration | undefined {
  return cl.migrations.find(
    (m) =>
      (m.phase === 'copying' && m.from === node && m.pid === pid) ||
      (m.phase === 'running' && m.landed?.[0] === node && m.landed[1] === pid),
  );
}

/** Whether `node` is down, or crashed at or after `tick` (the log is in tick order: it is read from its end). */
export function crashedSince(cl: ClusterState, node: number, tick: number): boolean {
  if (cl.status[node] === 'down') return true;
  const id = cl.ids[node];
  for (let i = cl.log.length - 1; i >= 0; i--) {
    const e = cl.log[i] as ClusterState['log'][number];
    if (e.tick < tick) return false;
    if (e.kind === 'fault' && e.fault.kind === 'crash' && e.fault.node === id) return true;
  }
  return false;
}

/** Salt of each migration's PRNG (the writable working set's draws), apart from the nodes' and the network's. */
const MIGRATION_SALT = 0x6d696772;

/**
 * Starts migrating a process now, or refuses, saying why in words that name the field and the limit; a refusal
 * changes nothing. Stop-and-copy and post-copy stop the process at once; pre-copy begins its first round.
 */
export function startMigration(cl: ClusterState, spec: MigrateSpec, by: ClusterMigration['by']): string | null {
  const [from, to] = [cl.ids.indexOf(spec.from), cl.ids.indexOf(spec.to)];
  if (from < 0) return `from: there is no node "${spec.from}" in the cluster`;
  if (to < 0) return `to: there is no node "${spec.to}" in the cluster`;
  if (from === to) return `to: "${spec.to}" is the process's own node: a migration goes to another node`;
  const status = (node: number): string | null =>
    cl.status[node] === 'down' ? 'has crashed' : cl.status[node] === 'paused' ? 'is paused' : null;
  const fromStatus = status(from);
  if (fromStatus) return `from: ${spec.from} ${fromStatus}: a migration needs a source that is up`;
  const toStatus = status(to);
  if (toStatus) return `to: ${spec.to} ${toStatus}: a migration needs a target that is up`;
  const st = cl.nodes[from] as SimState;
  const p = processNamed(st, spec.process);
  if (!p) return `process: there is no process ${JSON.stringify(spec.process)} on ${spec.from}`;
  const why = unmovable(p, st);
  if (why) return `process: ${why}`;
  const busy = underWay(cl, from, p.pid);
  if (busy)
    return `process: P${p.pid} (${p.name}) is already migrating (${cl.ids[busy.from]} to ${cl.ids[busy.to]}, since tick ${busy.startTick})`;
  const dst = cl.nodes[to] as SimState;
  if (p.needs.gpus > dst.scenario.node.gpus)
    return `to: ${spec.to} has ${dst.scenario.node.gpus} GPUs; P${p.pid} needs ${p.needs.gpus}`;
  const memory = dst.sub.memory?.memory;
  if (memory) {
    const need = pagesOf(p, pageSizeOf(dst));
    if (need > memory.free)
      return `to: ${spec.to} has ${memory.free} free frames; P${p.pid} needs ${need} (${p.needs.memoryBytes} bytes in pages of ${pageSizeOf(dst)})`;
  }
  const route = routeOf(cl, from, to);
  if (route.kind === 'none') return `to: there is no path from ${spec.from} to ${spec.to} (${route.why})`;
  const pageSize = pageSizeOf(st);
  const pages = pagesOf(p, pageSize);
  const dirty = dirtyOf(spec, p, pages, pageSize);
  if (!dirty.ok) return `process: ${dirty.message}`;
  const seed = (cl.scenario.seed ^ Math.imul(cl.migrations.length + 1, MIGRATION_SALT)) >>> 0;
  const input: MigrationInput = {
    pages,
    pageSize,
    dirty: dirty.model,
    bandwidthMbps: route.bandwidthMbps,
    latencyTicks: route.latencyTicks,
    method: spec.method,
    seed,
  };
  const refused = migrationErrors(input)[0];
  if (refused) return refused.message;
  const m: ClusterMigration = {
    origin: originOf(cl, from, p.pid),
    name: p.name,
    from,
    to,
    pid: p.pid,
    by,
    input,
    startTick: cl.now,
    phase: 'copying',
    nextAt: Infinity,
    rng: seedRng(seed),
    src: startCopy(pages),
    target: Array.from({ length: pages }, () => -1),
    rounds: [],
    round: null,
    cpuAtRound: 0,
    carried: null,
    result: null,
    landed: null,
    reason: null,
    lostPages: 0,
    stalls: [],
  };
  cl.migrations.push(m);
  log(cl, m, {
    kind: 'started',
    from: spec.from,
    to: spec.to,
    pid: p.pid,
    method: spec.method.kind,
    pages,
    pageSize,
    bandwidthMbps: route.bandwidthMbps,
    latencyTicks: route.latencyTicks,
    hops: route.hops,
    by,
  });
  if (spec.method.kind === 'preCopy') beginRound(cl, m, p);
  else stop(cl, m, p, spec.method.kind === 'postCopy' ? { kind: 'cpuStateOnly' } : { kind: 'everyPage' });
  return null;
}

/** What the process writes: the spec's working set, else what its accesses write, else nothing. */
function dirtyOf(
  spec: MigrateSpec,
  p: Pcb,
  pages: number,
  pageSize: number,
): { ok: true; model: DirtyModel } | { ok: false; message: string } {
  if (spec.writes) {
    const { pages: set, writesPerTick } = spec.writes;
    return { ok: true, model: { kind: 'workingSet', firstPage: 0, pages: Math.min(set, pages), writesPerTick } };
  }
  if (p.accesses) return dirtyModelOf(p.accesses, pages, pageSize);
  return { ok: true, model: { kind: 'perTick', ticks: [[]] } };
}

const ticksFor = (m: ClusterMigration, pages: number): number =>
  transferTicks(pages, m.input.pageSize, m.input.bandwidthMbps, m.input.latencyTicks);

function beginRound(cl: ClusterState, m: ClusterMigration, p: Pcb): void {
  const sent = sendDirty(m.src, m.target);
  const durationTicks = ticksFor(m, sent);
  m.round = { index: m.rounds.length + 1, startTick: cl.now - m.startTick, durationTicks, sent };
  m.cpuAtRound = cpuTicksBy(p, cl.now);
  m.nextAt = cl.now + durationTicks;
}

/**
 * The process stops on the source now: what is dirty goes across (post-copy: only its CPU state), the source
 * takes it off its CPU and frees it, and it is in flight until the downtime is over.
 */
function stop(cl: ClusterState, m: ClusterMigration, p: Pcb, why: StopPhase['why']): void {
  const st = nodeNow(cl, m.from);
  const at = cl.now - m.startTick;
  const sourceAtSwitch = m.src.versions.slice();
  let phase: StopPhase;
  if (why.kind === 'cpuStateOnly') {
    const method = m.input.method as Extract<MigrationInput['method'], { kind: 'postCopy' }>;
    m.result = postCopyMigration(m.input, method);
    phase = m.result.stop;
    m.target = m.result.target;
  } else {
    phase = stopPhase(m.src, m.target, at, why, (n) => ticksFor(m, n));
    m.result = iterativeResult(
      m.input.method.kind,
      m.rounds,
      phase,
      m.input.pageSize,
      sourceAtSwitch,
      m.target,
      m.src.work,
    );
  }
  m.carried = takeOff(st, p);
  cl.due[m.from] = st.finished ? Infinity : cl.now;
  m.phase = 'stopped';
  m.nextAt = cl.now + phase.downtimeTicks;
  log(cl, m, { kind: 'stopped', stop: phase, cpuTicks: m.carried.cpuTicks, bursts: m.carried.spec.bursts });
}

function abandon(cl: ClusterState, m: ClusterMigration, reason: AbandonReason, pid: number | null): void {
  m.phase = 'abandoned';
  m.reason = reason;
  m.nextAt = Infinity;
  log(cl, m, { kind: 'abandoned', reason, pid });
}

/** Starts the carried process on `node` now, before that node decides the tick. */
function land(cl: ClusterState, m: ClusterMigration, node: number): number {
  const pid = putOn(cl.nodes[node] as SimState, (m.carried as Carried).spec, cl.now);
  cl.due[node] = cl.now;
  m.landed = [node, pid];
  return pid;
}

/**
 * What the migrations do now, before the nodes decide the tick (so a source fills the CPU a process left, and a
 * target dispatches the one that landed, in this very tick): stopped processes whose downtime is over resume on
 * their target (or, that being down or paused, on their source; with both down they are lost), then pre-copy rounds
 * end (the next begins, or the stop) and post-copy's last pages arrive.
 */
export function migrationsStep(cl: ClusterState): void {
  arrive(cl);
  for (const m of cl.migrations) {
    if (OVER.has(m.phase) || dueOf(cl, m) !== cl.now) continue;
    if (m.phase === 'running') {
      const [node, pid] = m.landed as [number, number];
      const alive = cl.status[node] === 'up' && pcbOf(cl.nodes[node] as SimState, pid) !== undefined;
      if (!alive) abandon(cl, m, 'lostWithTarget', pid);
      else if (m.lostPages > 0) lostWithSource(cl, m, node, pid);
      else if (pagesAllIn(cl, m)) done(cl, m);
    } else if (m.phase === 'copying') roundEnds(cl, m);
  }
}

/**
 * Post-copy's source crashed before sending every page: the landed process goes before its node decides this tick,
 * and its node says why.
 */
function lostWithSource(cl: ClusterState, m: ClusterMigration, node: number, pid: number): void {
  const rp = remoteOf(cl, m);
  if (rp) m.result = livedResult(m, rp, cl.now);
  dropRemote(cl, m);
  const st = nodeNow(cl, node);
  const p = pcbOf(st, pid) as Pcb;
  if (p.state !== 'TERMINATED') {
    st.events.push({ tick: cl.now, kind: 'remoteLost', pid, from: cl.ids[m.from] as string, unsent: m.lostPages });
    kill(st, p);
    cl.due[node] = cl.now;
  }
  abandon(cl, m, 'sourceLostPages', pid);
}

function arrive(cl: ClusterState): void {
  for (const m of cl.migrations) {
    if (m.phase !== 'stopped' || m.nextAt !== cl.now) continue;
    const stopped = m.startTick + (m.result as MigrationResult).stop.startTick;
    if (crashedSince(cl, m.from, stopped)) {
      abandon(cl, m, cl.status[m.to] === 'up' ? 'sourceDown' : 'lostInFlight', null);
      continue;
    }
    if (cl.status[m.to] !== 'up' || crashedSince(cl, m.to, m.startTick) || routeOf(cl, m.from, m.to).kind === 'none') {
      abandon(cl, m, 'returned', land(cl, m, m.from));
      continue;
    }
    const pid = land(cl, m, m.to);
    log(cl, m, { kind: 'resumed', at: cl.ids[m.to] as string, pid });
    // Post-copy runs on with its pages coming: the target's kernel makes its faults; the others are over.
    if (m.input.method.kind === 'postCopy') {
      m.phase = 'running';
      const rp = landRemote(cl, m, pid);
      syncStream(cl, m, cl.now);
      m.nextAt = overNoSoonerThan(rp.wire);
    } else done(cl, m);
  }
}

function done(cl: ClusterState, m: ClusterMigration): void {
  const rp = remoteOf(cl, m);
  if (rp) {
    m.result = livedResult(m, rp, cl.now);
    m.target = m.result.target;
    dropRemote(cl, m);
  }
  const r = m.result as MigrationResult;
  m.phase = 'done';
  m.nextAt = Infinity;
  log(cl, m, { kind: 'done', method: r.method, totals: r.totals, faults: r.faults.length });
}

function roundEnds(cl: ClusterState, m: ClusterMigration): void {
  const p = crashedSince(cl, m.from, m.startTick) ? undefined : pcbOf(cl.nodes[m.from] as SimState, m.pid);
  if (!p) return abandon(cl, m, 'sourceDown', null);
  if (p.state === 'TERMINATED') return abandon(cl, m, 'ended', m.pid);
  if (p.state === 'SUSPENDED') return abandon(cl, m, 'suspended', m.pid);
  // A target that crashed since the copy began lost what it had been sent, even if it restarted.
  if (crashedSince(cl, m.to, m.startTick)) return abandon(cl, m, 'targetDown', m.pid);
  if (cl.status[m.to] === 'paused') return abandon(cl, m, 'targetPaused', m.pid);
  if (routeOf(cl, m.from, m.to).kind === 'none') return abandon(cl, m, 'partitioned', m.pid);
  const work = cpuTicksBy(p, cl.now) - m.cpuAtRound;
  const round = endRound(
    m.src,
    writerOn(m.input.dirty, m.rng),
    work,
    m.round as NonNullable<ClusterMigration['round']>,
  );
  m.rounds.push(round);
  m.round = null;
  log(cl, m, { kind: 'round', round });
  const method = m.input.method as Extract<MigrationInput['method'], { kind: 'preCopy' }>;
  const why = preCopyStop(method, m.rounds.length, m.src.dirtyCount, ticksFor(m, m.src.dirtyCount));
  if (why) stop(cl, m, p, { kind: 'dirtyAfterRounds', stop: why });
  else beginRound(cl, m, p);
}
