import { PROCESS_STATES, PROCESS_TYPES, type ProcessState, type ProcessType } from '../process/types';

/** How many processes there are, and how many are in each state. */
export interface StateCounts {
  total: number;
  byState: Record<ProcessState, number>;
}

/** The design's "AI node status": per process type, and over all of them, at one tick. */
export interface NodeStatus {
  /** every process type, in PROCESS_TYPES order, those with no process included */
  types: ({ type: ProcessType } & StateCounts)[];
  all: StateCounts;
}

const noCounts = (): StateCounts => ({
  total: 0,
  byState: Object.fromEntries(PROCESS_STATES.map((s) => [s, 0])) as Record<ProcessState, number>,
});

/** Counts the processes (rows of any per-process view with a type and a state) by type and state. */
export function nodeStatus(rows: readonly { type: ProcessType; state: ProcessState }[]): NodeStatus {
  const all = noCounts();
  const byType = new Map(PROCESS_TYPES.map((t) => [t, noCounts()]));
  for (const r of rows) {
    for (const c of [all, byType.get(r.type)!]) {
      c.total++;
      c.byState[r.state]++;
    }
  }
  return { types: PROCESS_TYPES.map((type) => ({ type, ...byType.get(type)! })), all };
}
