/** A node as the load balancer sees it: its load (live processes per CPU) and the processes it could move. */
export interface NodeLoad {
  id: string;
  /** up and not paused: only such a node gives or takes a process */
  up: boolean;
  load: number;
  /** processes free to migrate (cluster/moveProcess.ts's unmovable), with the CPU ticks each has left */
  movable: { pid: number; name: string; remaining: number }[];
}

/** What a balancing policy chose to do, with the loads it compared; each says why in words (balanceText). */
export type BalanceChoice =
  | { kind: 'move'; from: string; to: string; pid: number; name: string; fromLoad: number; toLoad: number }
  | { kind: 'balanced'; busiest: string; idlest: string; fromLoad: number; toLoad: number }
  | { kind: 'nothingMovable'; from: string; to: string; fromLoad: number; toLoad: number }
  | { kind: 'tooFewNodes'; up: number };

/** A choice as logged: the policy, its threshold, and for a move the migration's refusal if it had one. */
export interface BalanceDecision {
  policy: string;
  threshold: number;
  choice: BalanceChoice;
  refused: string | null;
}

const load = (x: number): string => `${Number(x.toFixed(2))} processes per CPU`;

export function balanceText(d: BalanceDecision): string {
  const c = d.choice;
  const head = `load balancer (${d.policy}, threshold ${d.threshold})`;
  switch (c.kind) {
    case 'move': {
      const why = `${c.from} runs ${load(c.fromLoad)}, ${c.to} ${load(c.toLoad)}: the gap is at least ${d.threshold}`;
      return d.refused === null
        ? `${head}: ${why}, so P${c.pid} (${c.name}), the one with the most CPU work left, moves to ${c.to}`
        : `${head}: ${why}, but P${c.pid} (${c.name}) cannot move: ${d.refused}`;
    }
    case 'balanced':
      return `${head}: ${c.busiest} runs ${load(c.fromLoad)}, ${c.idlest} ${load(c.toLoad)}: the gap is under ${d.threshold}, nothing moves`;
    case 'nothingMovable':
      return `${head}: ${c.from} runs ${load(c.fromLoad)}, ${c.to} ${load(c.toLoad)}, but none of ${c.from}'s processes can migrate`;
    case 'tooFewNodes':
      return `${head}: only ${c.up} node${c.up === 1 ? ' is' : 's are'} up, nothing to balance`;
  }
}
