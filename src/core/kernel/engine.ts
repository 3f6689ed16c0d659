import { ticksToFinish, type Pcb } from '../process/pcb';
import { transition } from '../process/transitions';
import { closeAll, dispatch, freeGpus, releaseCpu, splitRun, startRun } from './cpu';
import { allowedOn, warmUps, type WarmState } from './warmRun';
import type { PickReason } from './events';
import { completeIo, nextIoDone, startIo, startWait } from './io';
import { quantumExpired, stretchLoneSlices } from './loneStretch';
import { nextEventTime, operationTick, timersLive } from './nextEvent';
import { admit, applyOperation, kill, terminate } from './operations';
import { cpuFree, fillEachCpu } from './perCpuFill';
import {
  dequeue,
  enqueue,
  readyCount,
  readyKeysGrew,
  readyPop,
  readyPutBack,
  readyTopIndex,
  reorderReady,
} from './readyQueue';
import type { ReasonFacts } from '../sched/policy';
import { mustPcb, ownPcb, type CpuState, type SimState } from './state';
import type { KernelCalls, SubsystemName } from './subsystem';

/**
 * Runs the simulation up to `target` (inclusive: the decision point at `target` is processed), or until
 * the event log reaches `eventLimit`. Time jumps from one event to the next; nothing is done for the
 * ticks in between, so idle stretches cost nothing.
 */
export function advanceTo(st: SimState, target: number, eventLimit = Infinity): void {
  for (;;) {
    if (st.processedThrough < st.now) {
      decide(st);
      if (!st.finished && isStalled(st)) finish(st, true);
    }
    if (st.finished || st.now >= target || st.events.length >= eventLimit) return;
    const next = nextEventTime(st);
    if (next === Infinity) {
      if (!waitsOutside(st)) finish(st, true);
      return;
    }
    // Time only moves forward; anything else is a bug that must surface, not hang the page.
    if (next <= st.now) throw new Error(`internal: no progress at tick ${st.now}`);
    if (next > target) {
      // A stop short of the next event (a seek, a drained chunk) has nothing to decide there: deciding anyway would
      // let a policy act where a straight run does not (SRTF preempting a process stalled on memory).
      st.now = target;
      st.processedThrough = target;
      return;
    }
    st.now = next;
  }
}

/**
 * Nothing can happen any more without an operation from outside: no process is on a CPU, READY, or doing
 * I/O, and nothing is still to arrive or be applied. Only suspended ones are left, so timers (an MLFQ
 * boost every N ticks) would tick forever.
 */
function isStalled(st: SimState): boolean {
  return (
    readyCount(st) === 0 &&
    st.cpus.every((c) => c.phase === 'idle') &&
    st.ioQueue.length === 0 &&
    nextIoDone(st) === Infinity &&
    st.nextArrival >= st.arrivals.length &&
    st.nextOperation >= st.operationOrder.length &&
    !anyTimedHold(st) &&
    !waitsOutside(st)
  );
}

/** A subsystem's process waits for what only the outside (another node) can bring. */
function waitsOutside(st: SimState): boolean {
  return st.subsystems.some((s) => s.waitsOutside?.(st) === true);
}

/**
 * The decision point at now, in a fixed order: runs that end, switches that end, policy timers (boost,
 * aging), arrivals (pid order), I/O completions, requeue of expired slices (before the timers with
 * requeueOrder 'preemptedFirst'), scheduled operations, deadline checks, preemption, then dispatch.
 */
function decide(st: SimState): void {
  st.processedThrough = st.now;
  const policy = st.policy;
  if (policy.keysGrew) readyKeysGrew(st, policy.keysGrew(st));
  // The CPUs busy as the decision begins, a bit each (a node has at most LIMITS.maxCpus, 16).
  let busyBefore = 0;
  const cpus = st.cpus;
  for (let k = 0; k < cpus.length; k++) if ((cpus[k] as CpuState).phase !== 'idle') busyBefore |= 1 << k;
  const expired = EXPIRED;
  // Emptied here, not after the requeue: a decision point that threw (a bug a test caught) leaves none behind.
  expired.n = 0;
  for (let k = 0; k < cpus.length; k++) endRunOrSwitch(st, cpus[k] as CpuState, expired);
  if (st.cache) warmCaches(st, st.cache);
  const preemptedFirst = st.scenario.options.requeueOrder === 'preemptedFirst';
  if (preemptedFirst) requeue(st, expired);
  // Timers (an MLFQ boost, aging) act on the queues as they stood at the end of the last tick, before
  // this tick's arrivals and I/O completions join them (OSTEP mlfq.py: boost, then arrivals).
  const timerFired = timersLive(st) && policy.nextTimer !== undefined && policy.nextTimer(st, st.now) <= st.now;
  if (timerFired) policy.onTimer?.(st);
  while (st.nextArrival < st.arrivals.length) {
    const p = mustPcb(st, st.arrivals[st.nextArrival] as number);
    if (p.arrival > st.now) break;
    st.nextArrival++;
    if (p.state === 'NEW') admit(st, ownPcb(st, p));
  }
  completeIo(st);
  if (!preemptedFirst) requeue(st, expired);
  while (st.nextOperation < st.operationOrder.length) {
    const at = st.operationOrder[st.nextOperation] as number;
    if (operationTick(st, at) > st.now) break;
    st.nextOperation++;
    applyOperation(st, at);
  }
  if (timerFired || policy.dynamicKeys) reorderReady(st);
  checkDeadlines(st);
  fillAndPreempt(st);
  // A subsystem that blocks a process (a page fault, a file request) frees its CPU for someone else, who may need
  // it at once too; and with that CPU free, a preemption that could not help before may now let a process run.
  while (subsystemsDecide(st)) fillAndPreempt(st);
  // An I/O of zero ticks started by a zero-length CPU burst ended at this decision point wakes its process now.
  while (nextIoDone(st) === st.now) {
    completeIo(st);
    fillAndPreempt(st);
  }
  for (let k = 0; k < st.subsystems.length; k++) st.subsystems[k]?.endDecision?.(st);
  stretchLoneSlices(st);
  // A CPU held to the end of a quantum keeps the clock going: the run ends when the quantum does (OSTEP lottery.py).
  const done = st.terminated === st.procs.length && st.nextOperation >= st.operationOrder.length && !anyTimedHold(st);
  for (let k = 0; k < cpus.length; k++) {
    const cpu = cpus[k] as CpuState;
    if (cpu.phase !== 'idle') continue;
    // Going idle is news while work remains; at the very end it is just the end.
    if ((busyBefore >> cpu.id) & 1 && !done && cpu.hold === null)
      st.events.push({ tick: st.now, kind: 'idle', cpu: cpu.id });
    if (cpu.lastPid !== null && st.scenario.options.countIdleSwitches) cpu.switches++;
    cpu.lastPid = null;
  }
  if (done) finish(st, false);
}

/** Caches that warm now split their runs (warmRun.ts). Apart from decide, whose every call would hold `st` for this closure. */
function warmCaches(st: SimState, cache: WarmState): void {
  warmUps(st, cache, (cpu) => splitRun(st, cpu));
}

/**
 * The processes whose slices expire at a decision point, till their requeue within it: the first `n` of `pcbs`. One
 * list for every decision point, not one made at each (a round robin with a quantum of 1 has one a tick), emptied by
 * its count: setting an array's length is a call into the runtime, a tenth of such a decision point. At most one a
 * CPU, so the list never holds more than the CPUs (the places past `n` keep old entries till they are written over).
 */
interface Expired {
  pcbs: Pcb[];
  n: number;
}

/** endRunOrSwitch's list of expired slices, for a run that ends its burst (so never expires). */
const NO_EXPIRY: Expired = { pcbs: [], n: 0 };

const EXPIRED: Expired = { pcbs: [], n: 0 };

/** The CPU is held idle until a tick still to come. */
function timedHold(cpu: CpuState, now: number): boolean {
  return cpu.hold !== null && cpu.hold.until !== null && cpu.hold.until > now;
}

/** Some CPU is held idle until a tick still to come (a loop, not a closure a decision point). */
function anyTimedHold(st: SimState): boolean {
  for (const cpu of st.cpus) if (timedHold(cpu, st.now)) return true;
  return false;
}

function endRunOrSwitch(st: SimState, cpu: CpuState, expired: Expired): void {
  // A run that starts now may end now too: a CPU burst of zero ticks.
  if (cpu.phase === 'switch' && cpu.switchUntil === st.now) startRun(st, cpu, mustPcb(st, cpu.pid as number));
  if (cpu.phase !== 'run') return;
  const p = mustPcb(st, cpu.pid as number);
  const ran = st.now - p.runSince;
  const burstDone = ran === ticksToFinish(p);
  if (!burstDone && ran < p.sliceLeft) return;
  // Made before the run is settled and the policy told, which spend its slice.
  const expiry = burstDone || !st.logs.quantumExpired ? null : quantumExpired(st, p, cpu.id);
  const blocked = burstDone && p.burstIndex + 1 < p.bursts.length;
  releaseCpu(st, p);
  // A burst of zero ticks is done the moment it is dispatched: that turn is its first run (response counts from it).
  if (burstDone && p.firstRun === null) p.firstRun = st.now;
  // A process that ends has no slice left to account for (OSTEP: finishing beats expiry).
  if (!burstDone || blocked) st.policy.onRunEnd?.(p, st, ran, blocked);
  if (!burstDone) {
    if (expiry) st.events.push(expiry);
    transition(p, 'READY', st.now);
    expired.pcbs[expired.n++] = p;
    return;
  }
  if (blocked) {
    p.burstIndex++;
    p.burstLeft = p.bursts[p.burstIndex] ?? 0;
    transition(p, 'WAITING', st.now);
    startIo(st, p);
  } else {
    st.events.push({ tick: st.now, kind: 'exit', pid: p.pid });
    terminate(st, p);
  }
  const hold = st.policy.holdCpu?.(p, st, blocked) ?? null;
  if (hold) {
    cpu.hold = hold;
    st.events.push({ tick: st.now, kind: 'hold', cpu: cpu.id, pid: hold.pid, until: hold.until });
  }
}

/**
 * Releases holds that are over (their tick came, or their process is no longer doing I/O) and gives a CPU
 * held for a process back to it once it is READY.
 */
function resumeHolds(st: SimState): void {
  for (const cpu of st.cpus) {
    const hold = cpu.hold;
    if (cpu.phase !== 'idle' || !hold) continue;
    if (hold.until !== null) {
      if (hold.until <= st.now) cpu.hold = null;
      continue;
    }
    const p = mustPcb(st, hold.pid);
    // Its GPUs may have been taken meanwhile on another CPU: it waits for them here, still holding this CPU.
    if (p.state === 'READY' && p.needs.gpus <= freeGpus(st)) {
      dequeue(st, p);
      const reason = st.logs.dispatch
        ? { policy: st.scenario.scheduler.policy, competitors: readyCount(st) + 1, ...st.policy.held }
        : null;
      dispatch(st, p, cpu, reason);
      endZeroBurst(st, cpu, p);
    } else if (p.state !== 'WAITING' && p.state !== 'READY') cpu.hold = null;
  }
}

function requeue(st: SimState, expired: Expired): void {
  for (let k = 0; k < expired.n; k++) enqueue(st, expired.pcbs[k] as Pcb, 'tail');
}

/** Deadlines up to `until` that passed with the process unfinished are misses. */
function checkDeadlines(st: SimState, until = st.now): void {
  for (;;) {
    const d = st.deadlines[st.nextDeadline];
    if (!d || d[0] > until) return;
    st.nextDeadline++;
    const p = mustPcb(st, d[1]);
    if (p.state !== 'TERMINATED') {
      // Still NEW (waiting for memory) it may be a checkpoint's.
      ownPcb(st, p).deadlineMissed = true;
      st.events.push({ tick: st.now, kind: 'deadlineMiss', pid: p.pid, deadline: d[0] });
    }
  }
}

/**
 * Free CPUs are filled first (preempting a process while a CPU stands idle would only move it), then the policy
 * preempts while its best READY process beats a running one: nothing the decision point could do is left undone.
 */
function fillAndPreempt(st: SimState): void {
  fillIdleCpus(st);
  if (st.policy.preemptive) while (preemptOne(st)) fillIdleCpus(st);
}

/** The subsystems act for the running processes, in their order; true when one of them freed a CPU. */
function subsystemsDecide(st: SimState): boolean {
  let freed = false;
  for (let k = 0; k < st.subsystems.length; k++) if (st.subsystems[k]?.decide?.(st, KERNEL)) freed = true;
  return freed;
}

/** A RUNNING process waits for a subsystem (a page coming in from swap): it blocks like an I/O wait. */
function block(st: SimState, p: Pcb, ticks: number, by: SubsystemName): void {
  const ran = releaseCpu(st, p);
  st.policy.onRunEnd?.(p, st, ran, true);
  transition(p, 'WAITING', st.now);
  startWait(st, p, ticks, by);
}

const KERNEL: KernelCalls = { block, kill };

/** When the best READY process beats the weakest RUNNING one, that one gives up its CPU; true if it did. */
function preemptOne(st: SimState): boolean {
  const policy = st.policy;
  const top = readyTopIndex(st);
  if (top === undefined) return false;
  // Under a rank (Policy.rank: the order compare gives, kept fresh for READY processes), a candidate ranked after every
  // running process beats none of them, whatever CPUs it may use: known from the ranks, without reading the candidate
  // (a process not read since it last ran) or calling compare, at each decision point where nothing is preempted.
  if (policy.rank && !ranksBeforeARun(st, st.readyRanks[top] as number, policy.rank)) return false;
  const candidate = st.procs[top] as Pcb;
  let victim: Pcb | undefined;
  for (let k = 0; k < st.cpus.length; k++) {
    const cpu = st.cpus[k] as CpuState;
    // Only a process on a CPU the candidate may run on (its affinity) is a victim.
    if (cpu.phase !== 'run' || !allowedOn(candidate, cpu.id)) continue;
    const p = mustPcb(st, cpu.pid as number);
    if (!victim || policy.compare(p, victim, st) > 0) victim = p;
  }
  if (!victim || policy.compare(candidate, victim, st) >= 0) return false;
  // Only when the candidate could then run: the GPUs it needs must be free once the victim lets go.
  if (candidate.needs.gpus > freeGpus(st) + victim.gpusHeld.length) return false;
  const key = policy.key(victim, st);
  const byKey = policy.key(candidate, st);
  const cpu = victim.cpu as number;
  const ran = releaseCpu(st, victim);
  policy.onRunEnd?.(victim, st, ran, false);
  transition(victim, 'READY', st.now);
  enqueue(st, victim, 'keep');
  st.events.push({
    tick: st.now,
    kind: 'preempt',
    pid: victim.pid,
    cpu,
    by: candidate.pid,
    policy: st.scenario.scheduler.policy,
    ...(key !== undefined && { key }),
    ...(byKey !== undefined && { byKey }),
  });
  return true;
}

/** Some running process ranks after `rank` (Policy.rank's order). */
function ranksBeforeARun(st: SimState, rank: number, rankOf: NonNullable<SimState['policy']['rank']>): boolean {
  for (let k = 0; k < st.cpus.length; k++) {
    const cpu = st.cpus[k] as CpuState;
    if (cpu.phase === 'run' && rankOf(mustPcb(st, cpu.pid as number), st) > rank) return true;
  }
  return false;
}

/**
 * A CPU held for a process goes back to it once it is READY; then each free CPU takes the best READY process
 * whose GPU needs can be met; a process returns to its last CPU when that one is free.
 */
function fillIdleCpus(st: SimState): void {
  const policy = st.policy;
  // Only a policy's holdCpu holds a CPU: under any other, no CPU is ever held, and no call looks.
  if (policy.holdCpu) resumeHolds(st);
  if (policy.pickFor) {
    fillEachCpu(st, policy.pickFor, (p, cpu, why, eligible) => {
      dispatch(st, p, cpu, pickReason(st, p, eligible, 0, 0, why));
      endZeroBurst(st, cpu, p);
    });
    return;
  }
  for (;;) {
    if (readyCount(st) === 0) return;
    const firstFree = firstFreeCpu(st);
    if (firstFree === undefined) return;
    const gpusFree = freeGpus(st);
    const competitors = readyCount(st);
    let chosen: Pcb | undefined;
    let picked: ReasonFacts | undefined;
    let eligibleCount = 0;
    let affinitySkipped = 0;
    if (policy.pick) {
      const won = policy.pick(st, gpusFree);
      if (won) {
        chosen = won.pcb;
        picked = won.why;
        eligibleCount = won.eligible;
        dequeue(st, chosen);
      }
    } else {
      // O(log n) when the best READY process can run; each one passed over because its GPUs are busy costs
      // O(log n) more (rare: only while READY processes wait for GPUs).
      // Made only when one is skipped (rare), not at every pick.
      let skipped: number[] | null = null;
      // Of those skipped, how many for their affinity (no free CPU among theirs) rather than for GPUs.
      let elsewhere = 0;
      while (readyCount(st) > 0 && !chosen) {
        const i = readyPop(st) as number;
        const p = st.procs[i] as Pcb;
        if (p.needs.gpus > gpusFree) (skipped ??= []).push(i);
        else if (p.affinity !== null && firstFreeFor(st, p) === undefined) {
          (skipped ??= []).push(i);
          elsewhere++;
        } else chosen = p;
      }
      if (skipped) for (const i of skipped) readyPutBack(st, i);
      eligibleCount = competitors - (skipped?.length ?? 0);
      affinitySkipped = elsewhere;
      if (chosen) policy.dequeued?.(chosen, st);
    }
    if (!chosen) return;
    const last = chosen.lastCpu === null ? undefined : st.cpus[chosen.lastCpu];
    const cpu =
      last !== undefined && cpuFree(last) && allowedOn(chosen, last.id)
        ? last
        : chosen.affinity === null
          ? firstFree
          : (firstFreeFor(st, chosen) ?? firstFree);
    dispatch(
      st,
      chosen,
      cpu,
      pickReason(st, chosen, eligibleCount, competitors - eligibleCount - affinitySkipped, affinitySkipped, picked),
    );
    endZeroBurst(st, cpu, chosen);
  }
}

/**
 * A CPU burst of zero ticks (OSTEP's job of length 0) ends the moment it starts: the process exits or starts its
 * I/O at the tick it was dispatched, and the CPU is free for the next pick at that same tick. `p` was just dispatched
 * on `cpu`, so it is the one running there (read from the caller, not looked up by the CPU's pid).
 */
function endZeroBurst(st: SimState, cpu: CpuState, p: Pcb): void {
  if (cpu.phase === 'run' && p.burstLeft === 0) endRunOrSwitch(st, cpu, NO_EXPIRY);
}

/** The first free CPU (a loop: `find` with a callback cost a tenth of a round robin's pick). */
function firstFreeCpu(st: SimState): CpuState | undefined {
  for (let k = 0; k < st.cpus.length; k++) if (cpuFree(st.cpus[k] as CpuState)) return st.cpus[k];
  return undefined;
}

/** The first free CPU `p` may run on (its affinity). */
function firstFreeFor(st: SimState, p: Pcb): CpuState | undefined {
  return st.cpus.find((c) => cpuFree(c) && allowedOn(p, c.id));
}

/**
 * Why `p` was chosen, its keys in the order reason.ts gives (the trace hash reads them in order); null, and nothing
 * asked of the policy, when the log leaves dispatches out (SimState.logs).
 */
function pickReason(
  st: SimState,
  p: Pcb,
  competitors: number,
  skipped: number,
  elsewhere: number,
  picked?: ReasonFacts,
): PickReason | null {
  if (!st.logs.dispatch) return null;
  const policy = st.policy;
  const key = policy.key(p, st);
  const slice = policy.slice(p, st);
  const name = st.scenario.scheduler.policy;
  const plain = picked === undefined && skipped === 0 && elsewhere === 0;
  if (plain && policy.plainReason) return policy.plainReason(name, competitors, key, slice);
  const facts = policy.facts?.(p, st, key);
  // Most picks have no facts, no detail and none skipped (RR, FIFO, SJF): a literal of each shape they make, where a
  // key added to a literal goes to a store of its own, a second object at every dispatch.
  if (facts === undefined && plain) {
    if (key === undefined)
      return slice === Infinity ? { policy: name, competitors } : { policy: name, competitors, slice };
    return slice === Infinity ? { policy: name, competitors, key } : { policy: name, competitors, key, slice };
  }
  // Built key by key (a spread of each optional part costs an object and a copy, at every dispatch).
  const reason: Record<string, unknown> = { policy: name, competitors };
  if (key !== undefined) reason.key = key;
  if (facts?.lead) addFacts(reason, facts.lead);
  if (picked) addFacts(reason, picked);
  if (skipped > 0) reason.skippedForGpu = skipped;
  if (elsewhere > 0) reason.skippedForAffinity = elsewhere;
  if (facts?.trail) addFacts(reason, facts.trail);
  if (slice !== Infinity) reason.slice = slice;
  return reason as PickReason;
}

/** Adds facts to a reason in their order, as a spread would (a fact already there keeps its place, takes the value). */
function addFacts(reason: Record<string, unknown>, facts: ReasonFacts): void {
  // for…in, not Object.keys: no array of keys made at each dispatch, and the same order for a plain object's own keys.
  for (const k in facts) reason[k] = facts[k];
}

function finish(st: SimState, stalled: boolean): void {
  st.finished = true;
  st.stalled = stalled && st.terminated < st.procs.length;
  // Stalled processes will never finish, so every deadline still ahead of them is already lost.
  if (st.stalled) checkDeadlines(st, Infinity);
  closeAll(st);
}
