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
 */
export interface PostCopyWire {
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
}

/** The link as the process resumes at `start`: nothing sent, nothing asked. */
export function startWire(input: MigrationInput, method: PostCopy, start: number): PostCopyWire {
  const perTick = input.bandwidthMbps * BYTES_PER_TICK_PER_MBPS;
  const none = (): number[] => Array.from({ length: input.pages }, () => -1);
  return {
    pages: input.pages,
    pageSize: input.pageSize,
    hop: Math.max(1, input.latencyTicks),
    perTick,
    pushPerTick: perTick * method.pushShare,
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
  };
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
  for (const f of faults) if (f.fetch === 'demand') w.requests.push([f.page, t + w.hop]);
  while (missing.some((page) => (w.arrivedAt[page] as number) < 0)) stepTick(w);
  for (const f of faults) f.waitTicks = (w.arrivedAt[f.page] as number) - t;
  return faults;
}

/** How many pages the source had not sent by the end of tick `t` (lost with it if it goes down then). */
export function unsentBy(w: PostCopyWire, t: number): number {
  let n = 0;
  for (const at of w.sentAt) if (at < 0 || at > t) n++;
  return n;
}
