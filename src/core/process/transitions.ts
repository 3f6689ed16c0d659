import type { Pcb } from './pcb';
import { PROCESS_STATES, type ProcessState } from './types';

/**
 * The process state machine as one table: for each state, the states it may move to and what the move
 * is called. Anything not listed is illegal; operations check here first and refuse with a reason.
 */
export const TRANSITIONS: Readonly<Record<ProcessState, Partial<Record<ProcessState, string>>>> = {
  NEW: { READY: 'admit', TERMINATED: 'kill' },
  READY: { RUNNING: 'dispatch', SUSPENDED: 'suspend', TERMINATED: 'kill' },
  RUNNING: { READY: 'preempt', WAITING: 'block for I/O', SUSPENDED: 'suspend', TERMINATED: 'exit' },
  WAITING: { READY: 'I/O done', SUSPENDED: 'suspend', TERMINATED: 'kill' },
  SUSPENDED: { READY: 'resume', WAITING: 'resume', TERMINATED: 'kill' },
  TERMINATED: {},
};

/**
 * Each state's moves as bits in PROCESS_STATES' order, read off the table: a move is checked at every step of a run,
 * and a lookup by two names in the table's nested records (each of its own shape) was the engine's costliest line
 * in a long round robin.
 */
const MOVES = PROCESS_STATES.map((from) =>
  PROCESS_STATES.reduce((bits, to, i) => (TRANSITIONS[from][to] === undefined ? bits : bits | (1 << i)), 0),
);

export function canTransition(from: ProcessState, to: ProcessState): boolean {
  return (((MOVES[stateIndex(from)] as number) >> stateIndex(to)) & 1) === 1;
}

/**
 * A state's place in PROCESS_STATES, as a switch (a case compares the names as pointers): the two `indexOf` calls of
 * each move cost a few percent of a long round robin; transitions.test.ts checks it against the list.
 */
export function stateIndex(s: ProcessState): number {
  switch (s) {
    case 'NEW':
      return 0;
    case 'READY':
      return 1;
    case 'RUNNING':
      return 2;
    case 'WAITING':
      return 3;
    case 'SUSPENDED':
      return 4;
    case 'TERMINATED':
      return 5;
  }
}

/** Moves `p` to `to` at `now`, closing the accounting of the state it leaves. */
export function transition(p: Pcb, to: ProcessState, now: number): void {
  if (!canTransition(p.state, to)) throw new Error(`internal: illegal transition ${p.state} -> ${to} for ${p.pid}`);
  const spent = now - p.stateSince;
  switch (p.state) {
    case 'READY':
      p.readyTime += spent;
      break;
    case 'WAITING':
      p.waitingTime += spent;
      break;
    case 'SUSPENDED':
      p.suspendedTime += spent;
      break;
    default:
      // NEW is not accounted; RUNNING is counted as CPU time when each run ends.
      break;
  }
  p.state = to;
  p.stateSince = now;
}

/** Time spent in `state` so far, including the stretch in progress. */
export function timeIn(
  p: Pick<Pcb, 'state' | 'stateSince' | 'readyTime' | 'waitingTime' | 'suspendedTime'>,
  state: 'READY' | 'WAITING' | 'SUSPENDED',
  now: number,
): number {
  const open = p.state === state ? now - p.stateSince : 0;
  const closed = state === 'READY' ? p.readyTime : state === 'WAITING' ? p.waitingTime : p.suspendedTime;
  return closed + open;
}
