import { BYTES_PER_TICK_PER_MBPS } from './link';
import type { MigrationInput, PageFault } from './types';

type PostCopy = Extract<MigrationInput['method'], { kind: 'postCopy' }>;

/**
 * Post-copy's link once the process runs on the target: the source sends the pages the target asked for first
 * (their requests having crossed the link), then pushes the rest in page order on at most `pushShare` of the
 * bandwidth; every page crosses with the same latency. Plain data (a checkpoint copies it): the model steps it with
 * a process that runs every tick (postCopy.ts), a node's kernel with the process as it really runs
 * (network/subsystem/remotePages.ts). Ticks are the caller's: the model's count from the migration's start, the
 * cluster's are its own.
 */
export interface PostCopyWire {
  pages: number;
  pageSize: number;
  hop: number;
  perTick: number;
  pushPerTick: number;
  /** the first tick not stepped yet */
  next: number;
  /** 1 once the source has sent the page */
  sent: number[];
  sentCount: number;
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
  /** each page's arrival tick if nothing more is asked (exact until the next ask), and the last of them */
  plan: number[];
  lastArrival: number;
}

/** The link as the process resumes at `start`: nothing sent, nothing asked; its plan made. */
export function startWire(input: MigrationInput, method: PostCopy, start: number): PostCopyWire {
  const perTick = input.bandwidthMbps * BYTES_PER_TICK_PER_MBPS;
  const w: PostCopyWire = {
    pages: input.pages,
    pageSize: input.pageSize,
    hop: Math.max(1, input.latencyTicks),
    perTick,
    pushPerTick: perTick * method.pushShare,
    next: start,
    sent: Array.from({ length: input.pages }, () => 0),
    sentCount: 0,
    inFlight: [],
    head: 0,
    requests: [],
    requestHead: 0,
    demand: [],
    demandHead: 0,
    pushNext: 0,
    budget: 0,
    pushBudget: 0,
    plan: [],
    lastArrival: start,
  };
  replan(w);
  return w;
}

/**
 * One tick of the link: what is due arrives (`arrived` hears of it), the asks that reached the source join its
 * demand, the budgets fill, and the source sends: asked pages first, then the push.
 */
function stepTick(w: PostCopyWire, arrived: (page: number, at: number) => void): void {
  const now = w.next++;
  while (w.head < w.inFlight.length && (w.inFlight[w.head] as [number, number])[1] <= now) {
    arrived((w.inFlight[w.head] as [number, number])[0], now);
    w.head++;
  }
  while (w.requestHead < w.requests.length && (w.requests[w.requestHead] as [number, number])[1] <= now) {
    w.demand.push((w.requests[w.requestHead++] as [number, number])[0]);
  }
  const { pageSize, perTick, pushPerTick } = w;
  w.budget = Math.min(w.budget + perTick, perTick + pageSize);
  w.pushBudget = Math.min(w.pushBudget + pushPerTick, pushPerTick + pageSize);
  const at = now + w.hop;
  for (; w.demandHead < w.demand.length && w.budget >= pageSize; w.demandHead++) {
    const page = w.demand[w.demandHead] as number;
    if (w.sent[page] === 1) continue;
    w.sent[page] = 1;
    w.sentCount++;
    w.inFlight.push([page, at]);
    w.budget -= pageSize;
  }
  for (;;) {
    while (w.pushNext < w.pages && w.sent[w.pushNext] === 1) w.pushNext++;
    if (w.pushNext === w.pages || w.budget < pageSize || w.pushBudget < pageSize) break;
    w.sent[w.pushNext] = 1;
    w.sentCount++;
    w.inFlight.push([w.pushNext, at]);
    w.budget -= pageSize;
    w.pushBudget -= pageSize;
  }
}

const ignore = (): void => {};

/** Steps the link through tick `t` (its sends of that tick made). */
export function wireThrough(w: PostCopyWire, t: number): void {
  while (w.next <= t) stepTick(w, ignore);
}

/** Every page's arrival if nothing more is asked: a copy of the link stepped until the last page arrives. */
function replan(w: PostCopyWire): void {
  const copy: PostCopyWire = {
    ...w,
    sent: w.sent.slice(),
    inFlight: w.inFlight.slice(w.head),
    head: 0,
    requests: w.requests.slice(w.requestHead),
    requestHead: 0,
    demand: w.demand.slice(w.demandHead),
    demandHead: 0,
  };
  const plan = w.plan.length === w.pages ? w.plan : Array.from({ length: w.pages }, () => -1);
  let left = plan.reduce((n, at) => (at >= 0 && at < w.next ? n : n + 1), 0);
  let last = w.lastArrival;
  const arrived = (page: number, at: number): void => {
    plan[page] = at;
    last = at;
    left--;
  };
  while (left > 0) stepTick(copy, arrived);
  w.plan = plan;
  w.lastArrival = last;
}

/** The pages of `touched` not on the target at tick `t` (the link planned through the last ask), each once. */
export function missingAt(w: PostCopyWire, touched: readonly number[], t: number): number[] {
  const out: number[] = [];
  for (const page of touched) if ((w.plan[page] as number) > t && !out.includes(page)) out.push(page);
  return out;
}

/**
 * The process touched `missing` (pages not there yet) at tick `t`, the link stepped through `t`: each is a fault,
 * asked for unless the source already sent it, and the plan is made again with the asks. Returns the faults, each
 * with its wait (its page's new arrival less `t`).
 */
export function ask(w: PostCopyWire, t: number, missing: readonly number[]): PageFault[] {
  const faults: PageFault[] = missing.map((page) => ({
    tick: t,
    page,
    fetch: w.sent[page] === 0 ? 'demand' : 'inFlight',
    waitTicks: 0,
  }));
  for (const f of faults) if (f.fetch === 'demand') w.requests.push([f.page, t + w.hop]);
  replan(w);
  for (const f of faults) f.waitTicks = (w.plan[f.page] as number) - t;
  return faults;
}

/** The pages the source has not sent yet (lost with it if it goes down now). */
export function unsentPages(w: PostCopyWire): number[] {
  const out: number[] = [];
  for (let p = 0; p < w.pages; p++) if (w.sent[p] === 0) out.push(p);
  return out;
}
