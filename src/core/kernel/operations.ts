import { newPcb, type Pcb } from '../process/pcb';
import { canTransition, transition } from '../process/transitions';
import type { ProcessState } from '../process/types';
import type { ProcessSpec, ScheduledOperation } from '../scenario/types';
import { releaseCpu } from './cpu';
import { cancelIo, startIo } from './io';
import { dequeue, enqueue } from './readyQueue';
import { joinTree, orphansOf } from './reparent';
import { ownPcb, pcbOf, withIndex, type SimState } from './state';
import { subsystemFor } from './subsystems';

/** What each operation asks of the state machine, for the refusal message. */
const TARGET: Record<'kill' | 'suspend' | 'resume' | 'setPriority', ProcessState> = {
  kill: 'TERMINATED',
  suspend: 'SUSPENDED',
  resume: 'READY',
  setPriority: 'READY',
};

/**
 * Applies the operation at place `at` of the scenario's list, at now. Anything the state machine does not
 * allow is refused with an event that says why; user input never throws here.
 */
export function applyOperation(st: SimState, at: number): void {
  const op = st.scenario.operations[at] as ScheduledOperation;
  if (op.op === 'create') return create(st, op.process);
  const sub = subsystemFor(op.op);
  if (sub) {
    if (!st.subsystems.includes(sub)) return refuseAbsent(st, op, sub.absent);
    if (sub.apply?.(st, op, at)) admitWaiting(st);
    return;
  }
  processOperation(st, op as ProcessOperation);
}

/** The operations the kernel applies itself: on one process's state. */
type ProcessOperation = Extract<ScheduledOperation, { op: keyof typeof TARGET }>;

function processOperation(st: SimState, op: ProcessOperation): void {
  const found = pcbOf(st, op.pid);
  const p = found && ownPcb(st, found);
  const refuse = (why: string): void => {
    st.events.push({ tick: st.now, kind: 'refused', op: op.op, pid: op.pid, state: p?.state ?? null, why });
  };
  if (!p) return refuse(`there is no process with pid ${op.pid}`);
  const from = p.state;
  if (op.op === 'setPriority') {
    if (from === 'TERMINATED') return refuse(`P${p.pid} has terminated`);
    const queued = from === 'READY' && p.cpu === null;
    if (queued) dequeue(st, p);
    p.priority = op.priority;
    if (queued) enqueue(st, p, 'keep');
    st.events.push({ tick: st.now, kind: 'op', op: op.op, pid: p.pid, from, to: from, priority: op.priority });
    return;
  }
  if (op.op === 'resume' && from !== 'SUSPENDED') return refuse(`P${p.pid} is ${from}, not SUSPENDED`);
  if (op.op !== 'resume' && !canTransition(from, TARGET[op.op])) {
    return refuse(
      from === 'TERMINATED' ? `P${p.pid} has already terminated` : `${from} cannot become ${TARGET[op.op]}`,
    );
  }
  if (op.op === 'kill') kill(st, p);
  else if (op.op === 'suspend') suspend(st, p);
  else resume(st, p);
  st.events.push({ tick: st.now, kind: 'op', op: op.op, pid: p.pid, from, to: p.state });
}

/** An operation of a subsystem the scenario does not have. */
function refuseAbsent(st: SimState, op: ScheduledOperation, why: string): void {
  const pid = 'pid' in op ? op.pid : -1;
  st.events.push({ tick: st.now, kind: 'refused', op: op.op, pid, state: pcbOf(st, pid)?.state ?? null, why });
}

export function create(st: SimState, spec: ProcessSpec): void {
  if (pcbOf(st, spec.pid)) {
    st.events.push({
      tick: st.now,
      kind: 'refused',
      op: 'create',
      pid: spec.pid,
      state: null,
      why: `pid ${spec.pid} is taken`,
    });
    return;
  }
  const p = newPcb({ ...spec, arrival: st.now }, st.scenario.node.id, st.procs.length);
  st.index = withIndex(st.index, p.pid, st.procs.length);
  st.procs.push(p);
  if (p.deadline !== null) {
    const at = st.deadlines.findIndex(
      ([d, pid], i) => i >= st.nextDeadline && (d > (p.deadline as number) || (d === p.deadline && pid > p.pid)),
    );
    st.deadlines.splice(at < 0 ? st.deadlines.length : at, 0, [p.deadline, p.pid]);
  }
  st.events.push({ tick: st.now, kind: 'op', op: 'create', pid: p.pid, from: 'NEW', to: 'NEW' });
  joinTree(st, p);
  admit(st, p);
}

/** NEW -> READY, once every subsystem lets it in (it waits in NEW for memory until it has it). */
export function admit(st: SimState, p: Pcb): void {
  for (const s of st.subsystems) if (s.admit && !s.admit(st, p)) return;
  makeReady(st, p);
}

function makeReady(st: SimState, p: Pcb): void {
  transition(p, 'READY', st.now);
  if (st.policy.admit) st.sched.procs[p.index] = st.policy.admit(p, st);
  enqueue(st, p, 'tail');
  st.events.push({ tick: st.now, kind: 'arrive', pid: p.pid });
}

/** Something was freed (memory): processes waiting in NEW for it come in, oldest first. */
export function admitWaiting(st: SimState): void {
  for (const s of st.subsystems) if (s.admitWaiting) for (const p of s.admitWaiting(st)) makeReady(st, ownPcb(st, p));
}

/** A process ends (exit, kill, segfault): what it held goes back, which may let others in. */
export function terminate(st: SimState, p: Pcb): void {
  transition(p, 'TERMINATED', st.now);
  // Killed before it arrived, it never entered the system: it has no completion (and no turnaround).
  p.completion = st.now >= p.arrival ? st.now : null;
  st.terminated++;
  orphansOf(st, p);
  for (const s of st.subsystems) s.onExit?.(st, p);
  admitWaiting(st);
}

/** Takes a READY or RUNNING process off the queue or its CPU; a RUNNING one's run counts. */
function deschedule(st: SimState, p: Pcb): void {
  if (p.cpu !== null) {
    const wasRunning = p.state === 'RUNNING';
    const ran = releaseCpu(st, p);
    if (wasRunning) st.policy.onRunEnd?.(p, st, ran, false);
  } else if (p.state === 'READY') dequeue(st, p);
}

export function kill(st: SimState, p: Pcb): void {
  deschedule(st, p);
  cancelIo(st, p);
  p.killed = true;
  terminate(st, p);
}

/** An I/O already in flight goes on while suspended (the device works alone); a queued one gives up its place. */
function suspend(st: SimState, p: Pcb): void {
  const wasWaiting = p.state === 'WAITING';
  deschedule(st, p);
  if (wasWaiting && p.ioUntil === null) cancelIo(st, p);
  p.suspendedFrom = wasWaiting ? 'WAITING' : 'READY';
  transition(p, 'SUSPENDED', st.now);
}

function resume(st: SimState, p: Pcb): void {
  const back = p.suspendedFrom ?? 'READY';
  p.suspendedFrom = null;
  transition(p, back, st.now);
  if (back === 'READY') enqueue(st, p, 'tail');
  else if (p.ioUntil === null) startIo(st, p);
}
