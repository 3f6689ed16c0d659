import { BYTES_PER_TICK_PER_MBPS } from './link';
import type { MigrationInput, PageFault } from './types';

type PostCopy = Extract<MigrationInput['method'], { kind: 'postCopy' }>;

/**
 * Post-copy's link once the process runs on the target: the source sends the pages the target asked for first
 * (their requests having crossed the link), then pushes the rest in page order on at most `pushShare` of the
 * bandwidth; every page crosses with the same latency. Plain data (a checkpoint copies it): the model steps it with
 * a process that runs every tick (postCopy.ts), a node's kernel with the process as it really runs
 * (network/subsystem/remotePages.ts). Only the process asks, and it asks nothing while it waits: so a fault may step
 * the link ahead to the arrival of what it waits for. Ticks are the caller's: the model's count from the
 * migration's start, the cluster's are its own.
 *
 * In the cluster the stream can stall (network/cluster/postCopyStall.ts): while the route is cut or the source is
 * paused, the source sends nothing; what is already on the wire still arrives, as a message that has taken its link
 * does in the cluster's transport (the cut is met when a message takes a link). A fault is known only once it
 * happens, so a link stepped ahead for a fault's wait is taken back to the fault's tick and stepped again.
 */
export interface PostCopyWire {
  /** the tick the process resumed, from which the link is stepped again when taken back */
  start: number;
  pages: number;
  pageSize: number;
  hop: number;
  perTick: number;
  pushPerTick: number;
  /** the first tick not stepped yet */
  next: number;
  /** the tick the source sent each page, -1 while it has not */
  sentAt: number[];
  sentCount: number;
  /** the tick each page arrived, -1 while it has not; how many did, and the last arrival */
  arrivedAt: number[];
  arrivedCount: number;
  lastArrived: number;
  /** pages on the wire as [page, tick it arrives], in sending order from `head` (one latency: a FIFO) */
  inFlight: [page: number, at: number][];
  head: number;
  /** the target's asks as [page, tick they reach the source], from `requestHead` */
  requests: [page: number, at: number][];
  requestHead: number;
  /** pages asked for that reached the source, sent in this order from `demandHead` */
  demand: number[];
  demandHead: number;
  pushNext: number;
  budget: number;
  pushBudget: number;
  /** the first tick of a stall under way (the source sends nothing from it on), -1 while the stream flows */
  stalledSince: number;
  /** stalls over, as [first tick, first tick it sent again) */
  stalls: [from: number, to: number][];
  /** the route is cut: the target keeps its asks (`heldAsks`) until it is whole again */
  holdAsks: boolean;
  heldAsks: number[];
}

/** The link as the process resumes at `start`: nothing sent, nothing asked. */
export function startWire(input: MigrationInput, method: PostCopy, start: number): PostCopyWire {
  const perTick = input.bandwidthMbps * BYTES_PER_TICK_PER_MBPS;
  return blankWire(
    input.pages,
    input.pageSize,
    Math.max(1, input.latencyTicks),
    perTick,
    perTick * method.pushShare,
    start,
  );
}

function blankWire(
  pages: number,
  pageSize: number,
  hop: number,
  perTick: number,
  pushPerTick: number,
  start: number,
): PostCopyWire {
  const none = (): number[] => Array.from({ length: pages }, () => -1);
  return {
    start,
    pages,
    pageSize,
    hop,
    perTick,
    pushPerTick,
    next: start,
    sentAt: none(),
    sentCount: 0,
    arrivedAt: none(),
    arrivedCount: 0,
    lastArrived: -1,
    inFlight: [],
    head: 0,
    requests: [],
    requestHead: 0,
    demand: [],
    demandHead: 0,
    pushNext: 0,
    budget: 0,
    pushBudget: 0,
    stalledSince: -1,
    stalls: [],
    holdAsks: false,
    heldAsks: [],
  };
}

/** The source sends nothing at tick `t` (a stall under way or over covers it). */
function stalledAt(w: PostCopyWire, t: number): boolean {
  if (w.stalledSince >= 0 && t >= w.stalledSince) return true;
  for (const [from, to] of w.stalls) if (t >= from && t < to) return true;
  return false;
}

function send(w: PostCopyWire, page: number, now: number): void {
  w.sentAt[page] = now;
  w.sentCount++;
  w.inFlight.push([page, now + w.hop]);
  w.budget -= w.pageSize;
}

/**
 * One tick of the link: what is due arrives, the asks that reached the source join its demand, the budgets fill,
 * and the source sends: asked pages first, then the push.
 */
function stepTick(w: PostCopyWire): void {
  const now = w.next++;
  while (w.head < w.inFlight.length && (w.inFlight[w.head] as [number, number])[1] <= now) {
    const page = (w.inFlight[w.head++] as [number, number])[0];
    w.arrivedAt[page] = now;
    w.arrivedCount++;
    w.lastArrived = now;
  }
  while (w.requestHead < w.requests.length && (w.requests[w.requestHead] as [number, number])[1] <= now) {
    w.demand.push((w.requests[w.requestHead++] as [number, number])[0]);
  }
  const { pageSize, perTick, pushPerTick } = w;
  w.budget = Math.min(w.budget + perTick, perTick + pageSize);
  w.pushBudget = Math.min(w.pushBudget + pushPerTick, pushPerTick + pageSize);
  // Stalled, the source takes the asks that reach it but sends nothing: the link idles, its budgets full.
  if (stalledAt(w, now)) return;
  for (; w.demandHead < w.demand.length && w.budget >= pageSize; w.demandHead++) {
    const page = w.demand[w.demandHead] as number;
    if ((w.sentAt[page] as number) < 0) send(w, page, now);
  }
  for (;;) {
    while (w.pushNext < w.pages && (w.sentAt[w.pushNext] as number) >= 0) w.pushNext++;
    if (w.pushNext === w.pages || w.budget < pageSize || w.pushBudget < pageSize) break;
    w.pushBudget -= pageSize;
    send(w, w.pushNext, now);
  }
}

/** Steps the link through tick `t` (its sends of that tick made); a link already past it stays. */
export function wireThrough(w: PostCopyWire, t: number): void {
  while (w.next <= t) stepTick(w);
}

/** Every page arrived before tick `t`: the migration is over at `t`. */
export const completeBefore = (w: PostCopyWire, t: number): boolean => w.arrivedCount === w.pages && w.lastArrived < t;

/**
 * The tick the migration is over (the last page in, plus one) when every page has left the source; before that, a
 * tick it cannot be over before, whatever is asked: the pages not sent need the budget of that many ticks at least.
 */
export function overNoSoonerThan(w: PostCopyWire): number {
  if (w.sentCount === w.pages) {
    const last = w.head < w.inFlight.length ? (w.inFlight.at(-1) as [number, number])[1] : w.lastArrived;
    return last + 1;
  }
  // A stall under way ends only by a fault: nothing more leaves the source until then.
  if (w.stalledSince >= 0) return Infinity;
  const bytes = (w.pages - w.sentCount) * w.pageSize - w.budget;
  const lastSend = Math.max(w.next, w.next - 1 + Math.ceil(bytes / w.perTick - 1e-9));
  return lastSend + w.hop + 1;
}

/** The pages of `touched` not on the target at tick `t` (the link stepped through `t`), each once. */
export function missingAt(w: PostCopyWire, touched: readonly number[], t: number): number[] {
  const out: number[] = [];
  for (const page of touched) {
    const at = w.arrivedAt[page] as number;
    if ((at < 0 || at > t) && !out.includes(page)) out.push(page);
  }
  return out;
}

/**
 * The process touched `missing` (pages not there yet) at tick `t`, the link stepped through `t`: each is a fault,
 * asked for unless the source already sent it. It waits for them all, asking nothing more, so the link steps on
 * until the last of them arrives. Returns the faults, each with its wait (its page's arrival less `t`).
 */
export function ask(w: PostCopyWire, t: number, missing: readonly number[]): PageFault[] {
  const faults: PageFault[] = missing.map((page) => ({
    tick: t,
    page,
    fetch: (w.sentAt[page] as number) < 0 ? 'demand' : 'inFlight',
    waitTicks: 0,
  }));
  for (const f of faults) {
    if (f.fetch !== 'demand') continue;
    if (w.holdAsks) w.heldAsks.push(f.page);
    else w.requests.push([f.page, t + w.hop]);
  }
  arrivalOf(w, missing);
  for (const f of faults) {
    const at = w.arrivedAt[f.page] as number;
    f.waitTicks = at < 0 ? -1 : at - t;
  }
  return faults;
}

/**
 * The tick the last of `pages` arrives, the link stepped on until it does; Infinity while a stall under way keeps
 * one of them on the source (then it steps only as far as the stall).
 */
export function arrivalOf(w: PostCopyWire, pages: readonly number[]): number {
  const waiting = (): boolean => pages.some((page) => (w.arrivedAt[page] as number) < 0);
  while (waiting()) {
    if (w.stalledSince >= 0 && w.next >= w.stalledSince && !pages.some((page) => onTheWire(w, page))) return Infinity;
    stepTick(w);
  }
  return Math.max(...pages.map((page) => w.arrivedAt[page] as number));
}

/** `page` has left the source and not arrived yet. */
function onTheWire(w: PostCopyWire, page: number): boolean {
  return (w.sentAt[page] as number) >= 0 && (w.arrivedAt[page] as number) < 0;
}

/**
 * The link as it was stepped through tick `t` and no further: one stepped ahead (for a fault's wait) is stepped
 * again from the process's resumption with the asks and stalls it has, which gives the same link up to `t` (asks are
 * made only by the target, at ticks it has lived); one behind is stepped on.
 */
function through(w: PostCopyWire, t: number): void {
  if (w.next <= t + 1) return wireThrough(w, t);
  const again = blankWire(w.pages, w.pageSize, w.hop, w.perTick, w.pushPerTick, w.start);
  again.requests = w.requests;
  again.stalls = w.stalls;
  again.stalledSince = w.stalledSince;
  again.holdAsks = w.holdAsks;
  again.heldAsks = w.heldAsks;
  wireThrough(again, t);
  Object.assign(w, again);
}

/** The source stops sending after tick `t` (the fault's tick: what it sent then has left). */
export function stallAfter(w: PostCopyWire, t: number): void {
  through(w, t);
  w.stalledSince = t + 1;
}

/** The source sends again after tick `t`: the stall covered the ticks from its start through `t`. */
export function flowAfter(w: PostCopyWire, t: number): void {
  through(w, t);
  w.stalls.push([w.stalledSince, t + 1]);
  w.stalledSince = -1;
}

/**
 * Whether the route is cut at tick `t`: while it is, the target's asks wait on it; once whole again, those it kept
 * leave now (a paused source takes asks in, and acts on them once it resumes).
 */
export function holdAsksAt(w: PostCopyWire, hold: boolean, t: number): void {
  if (w.holdAsks && !hold) {
    for (const page of w.heldAsks) w.requests.push([page, t + w.hop]);
    w.heldAsks = [];
  }
  w.holdAsks = hold;
}

/** How many pages the source had not sent by the end of tick `t` (lost with it if it goes down then). */
export function unsentBy(w: PostCopyWire, t: number): number {
  let n = 0;
  for (const at of w.sentAt) if (at < 0 || at > t) n++;
  return n;
}
