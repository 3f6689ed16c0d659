import { retimeWait } from '../../kernel/io';
import type { SimState } from '../../kernel/state';
import type { KernelCalls } from '../../kernel/subsystem';
import type { Pcb } from '../../process/pcb';
import { serialisationTicks } from '../cluster/links';
import type { MessageStep } from '../config';
import type { NetMessage } from '../message';
import type { Delivered, NetRun, NetWait, StepProgress } from './state';

export function netRun(st: SimState): NetRun {
  return st.sub.net as NetRun;
}

function progressOf(run: NetRun, pid: number): StepProgress {
  let p = run.progress.get(pid);
  if (!p) {
    p = { made: 0, waiting: null };
    run.progress.set(pid, p);
  }
  return p;
}

/**
 * The tick at which a running process takes its next messaging step, or Infinity: every `every` ticks of progress
 * (CPU time less memory stalls), as file requests are made, until its steps have run `repeat` times.
 */
export function nextStep(run: NetRun, p: Pcb): number {
  const io = run.io[p.pid];
  if (!io) return Infinity;
  const made = run.progress.get(p.pid)?.made ?? 0;
  if (made >= io.repeat * io.steps.length) return Infinity;
  return p.runSince + Math.max(0, (made + 1) * io.every + p.memoryStall - p.cpuTime);
}

/** The first message in `pid`'s mailbox that `wait` takes, removed; undefined when there is none. */
function take(run: NetRun, pid: number, wants: (d: Delivered) => boolean): Delivered | undefined {
  const box = run.mailbox.get(pid);
  const at = box?.findIndex(wants) ?? -1;
  if (!box || at < 0) return undefined;
  return box.splice(at, 1)[0];
}

const wantsOf =
  (w: NetWait) =>
  (d: Delivered): boolean =>
    w.kind === 'receive'
      ? d.body.kind === 'data'
      : w.kind === 'serve'
        ? d.body.kind === 'request'
        : w.kind === 'request' && d.body.kind === 'reply' && d.body.seq === w.seq;

function received(st: SimState, run: NetRun, pid: number, d: Delivered): void {
  run.stats.received++;
  run.log.push({
    tick: st.now,
    kind: 'receive',
    pid,
    from: run.ids[d.from] as string,
    fromPid: d.fromPid,
    id: d.id,
    bytes: d.bytes,
  });
}

/** A server answers the request it took: the reply goes back to the requester, matched by its step. */
function answer(st: SimState, run: NetRun, pid: number, d: Delivered, bytes: number): void {
  if (d.body.kind !== 'request' || d.fromPid === null) return;
  run.outbox.push({
    from: { node: run.place, pid },
    to: { node: d.from, pid: d.fromPid },
    body: { kind: 'reply', seq: d.body.seq },
    bytes,
  });
  run.stats.replied++;
  run.log.push({
    tick: st.now,
    kind: 'reply',
    pid,
    to: run.ids[d.from] as string,
    toPid: d.fromPid,
    seq: d.body.seq,
    bytes,
  });
}

/**
 * `p` takes its next step now. A send goes to the outbox (the cluster takes it this tick) and blocks `p` while
 * its bytes leave at its `needs.networkMbps`; a receive, request or serve takes a message already delivered, or
 * blocks `p` until one comes (or its timeout). Returns true when `p` was blocked (its CPU is free).
 */
export function takeStep(st: SimState, run: NetRun, p: Pcb, kernel: KernelCalls): boolean {
  const io = run.io[p.pid];
  if (!io) return false;
  const progress = progressOf(run, p.pid);
  const seq = progress.made;
  const step = io.steps[seq % io.steps.length] as MessageStep;
  progress.made++;
  const wait = (w: NetWait): boolean => {
    progress.waiting = w;
    const forWhat = w.kind === 'request' ? 'reply' : w.kind === 'serve' ? 'request' : 'receive';
    run.log.push({ tick: st.now, kind: 'waits', pid: p.pid, for: forWhat, until: w.until });
    st.events.push({
      tick: st.now,
      kind: 'netWait',
      pid: p.pid,
      for: forWhat,
      until: w.until === Infinity ? null : w.until,
    });
    kernel.block(st, p, w.until - st.now, 'net');
    return true;
  };
  switch (step.kind) {
    case 'send': {
      const to = run.ids.indexOf(step.to.node);
      run.outbox.push({
        from: { node: run.place, pid: p.pid },
        to: { node: to, pid: step.to.pid },
        body: { kind: 'data' },
        bytes: step.bytes,
      });
      run.stats.sent++;
      const ticks = serialisationTicks(step.bytes, p.needs.networkMbps);
      run.log.push({
        tick: st.now,
        kind: 'send',
        pid: p.pid,
        to: step.to.node,
        toPid: step.to.pid,
        bytes: step.bytes,
        ticks,
        mbps: p.needs.networkMbps,
      });
      if (ticks === 0) return false;
      run.stats.sendTicks += ticks;
      progress.waiting = { kind: 'send', until: st.now + ticks };
      st.events.push({ tick: st.now, kind: 'netWait', pid: p.pid, for: 'send', until: st.now + ticks });
      kernel.block(st, p, ticks, 'net');
      return true;
    }
    case 'request': {
      const to = run.ids.indexOf(step.to.node);
      run.outbox.push({
        from: { node: run.place, pid: p.pid },
        to: { node: to, pid: step.to.pid },
        body: { kind: 'request', seq },
        bytes: step.bytes,
      });
      run.stats.sent++;
      run.log.push({
        tick: st.now,
        kind: 'request',
        pid: p.pid,
        to: step.to.node,
        toPid: step.to.pid,
        bytes: step.bytes,
        seq,
        timeout: step.timeout,
      });
      return wait({ kind: 'request', seq, until: st.now + step.timeout });
    }
    case 'receive':
    case 'serve': {
      const w: NetWait =
        step.kind === 'receive'
          ? { kind: 'receive', until: st.now + (step.timeout ?? Infinity) }
          : { kind: 'serve', bytes: step.bytes, until: st.now + (step.timeout ?? Infinity) };
      const d = take(run, p.pid, wantsOf(w));
      if (!d) return wait(w);
      received(st, run, p.pid, d);
      if (w.kind === 'serve') answer(st, run, p.pid, d, w.bytes);
      return false;
    }
  }
}

/** `p`'s network wait is over: it came (take it), or its time ran out (a timeout), or its bytes have left. */
export function wakeFromNet(st: SimState, run: NetRun, p: Pcb): void {
  const progress = progressOf(run, p.pid);
  const w = progress.waiting;
  progress.waiting = null;
  st.events.push({ tick: st.now, kind: 'netDone', pid: p.pid });
  if (!w || w.kind === 'send') return;
  const d = take(run, p.pid, wantsOf(w));
  if (d) {
    received(st, run, p.pid, d);
    if (w.kind === 'serve') answer(st, run, p.pid, d, w.bytes);
    return;
  }
  run.stats.timeouts++;
  const forWhat = w.kind === 'request' ? 'reply' : w.kind === 'serve' ? 'request' : 'receive';
  const since = [...run.log].reverse().find((e) => e.kind === 'waits' && e.pid === p.pid)?.tick ?? st.now;
  run.log.push({ tick: st.now, kind: 'timeout', pid: p.pid, for: forWhat, waited: st.now - since });
}

/** Why a message for a process could not be put in its mailbox. */
export type NoReceiver = 'noProcess' | 'ended';

/**
 * The cluster delivers `m` to its process on this node at `at` (the node has not decided tick `at` yet): it goes to
 * the mailbox, and a process waiting for just such a message wakes at `at`.
 */
export function deliverToProcess(st: SimState, m: NetMessage, at: number): NoReceiver | null {
  const run = netRun(st);
  const pid = m.to.pid as number;
  const index = st.index.get(pid);
  if (index === undefined) return 'noProcess';
  const p = st.procs[index] as Pcb;
  if (p.state === 'TERMINATED') return 'ended';
  const d: Delivered = { id: m.id, from: m.from.node, fromPid: m.from.pid, body: m.body, bytes: m.bytes, at };
  const box = run.mailbox.get(pid);
  if (box) box.push(d);
  else run.mailbox.set(pid, [d]);
  const w = run.progress.get(pid)?.waiting;
  if (w && w.kind !== 'send' && p.waitingFor === 'net' && p.ioUntil !== null && p.ioUntil > at && wantsOf(w)(d))
    retimeWait(st, p, at);
  return null;
}

/** Some process waits for a message with no timeout: only another node can end its wait. */
export function waitsForever(run: NetRun): boolean {
  for (const p of run.progress.values()) if (p.waiting && p.waiting.until === Infinity) return true;
  return false;
}
