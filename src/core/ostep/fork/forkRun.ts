import { exitProcess, forkChild, newTree, treeRows, type ExitRules, type TreeReason } from '../../process/tree';
import { treeRefusalText } from '../../process/treeExplain';
import { ROOT_NAME, type ForkAction } from './forkActions';
import type { ForkOptions } from './forkFlags';

/** A process of the drawn tree: its name, its parent's (null for the root), depth and whether it is the last child. */
export interface NamedRow {
  name: string;
  parent: string | null;
  depth: number;
  last: boolean;
}

/** One action taken: what fork.py prints for it (`a forks b`, `b EXITS`, `b EXITS (failed: has children)`). */
export interface ForkTaken {
  action: ForkAction;
  reason: TreeReason;
  text: string;
}

/** The run of the actions over one process tree: the tree as drawn now, and each action as it is taken. */
export interface ForkRun {
  rows(): NamedRow[];
  /** name of each process by its id in the tree (ids are never reused, names are once a process has exited) */
  names: readonly string[];
  /** each action taken in turn: `rows()` read between two gives the tree after the first */
  steps: Generator<ForkTaken | { refused: string }, void>;
}

export const rulesOf = (v: ForkOptions): ExitRules => ({
  reparent: v.localReparent ? 'children-to-parent' : 'descendants-to-root',
  leafOnly: v.leafOnly,
});

/**
 * fork.py's actions on our process tree (src/core/process/tree.ts): names become ids in the order they are
 * forked. An action fork.py stops on (`bad action`, `root process: cannot exit`) or a name forked while it is
 * live (which fork.py would draw twice, or loop on drawing) ends the run with the refusal in words.
 */
export function forkRun(v: ForkOptions, actions: readonly ForkAction[]): ForkRun {
  const tree = newTree(0);
  const names: string[] = [ROOT_NAME];
  const live = new Map<string, number>([[ROOT_NAME, 0]]);
  const rules = rulesOf(v);
  const nameOf = (id: number) => names[id] as string;
  const rows = (): NamedRow[] =>
    treeRows(tree).map((r) => {
      const parent = tree.nodes[r.id]?.parent ?? null;
      return { name: nameOf(r.id), parent: parent === null ? null : nameOf(parent), depth: r.depth, last: r.last };
    });
  function* steps(): Generator<ForkTaken | { refused: string }, void> {
    for (const [i, action] of actions.entries()) {
      const where = `-A/--action_list: action ${i + 1}, ${JSON.stringify(action.raw)}`;
      if (action.kind === 'fork') {
        const parent = live.get(action.parent);
        if (parent === undefined) return yield { refused: `${where}: ${action.parent} is not a live process to fork` };
        const id = names.length;
        const out = live.has(action.child)
          ? { ok: false as const, refusal: { kind: 'already-live' as const, id: live.get(action.child) as number } }
          : forkChild(tree, parent, id);
        if (!out.ok) return yield { refused: `${where}: ${treeRefusalText(out.refusal, nameOf)}` };
        names.push(action.child);
        live.set(action.child, id);
        yield { action, reason: out.reason, text: `${action.parent} forks ${action.child}` };
      } else {
        const pid = live.get(action.process);
        if (pid === undefined) return yield { refused: `${where}: ${action.process} is not a live process to exit` };
        const out = exitProcess(tree, pid, rules);
        if (!out.ok) return yield { refused: `${where}: ${treeRefusalText(out.refusal, nameOf)}` };
        const failed = out.reason.kind === 'exit-refused-has-children';
        if (!failed) live.delete(action.process);
        yield { action, reason: out.reason, text: `${action.process} EXITS${failed ? ' (failed: has children)' : ''}` };
      }
    }
  }
  return { rows, names, steps: steps() };
}
