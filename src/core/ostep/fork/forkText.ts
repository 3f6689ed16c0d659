import { pyBool, pyFloatRepr } from '../pyFormat';
import { drawTree } from './forkDraw';
import type { ForkOptions } from './forkFlags';
import type { NamedRow } from './forkRun';

/** The ARG block fork.py opens with. */
export const argLines = (v: ForkOptions): string[] => [
  '',
  `ARG seed ${v.seed}`,
  `ARG fork_percentage ${pyFloatRepr(v.forkPercentage)}`,
  `ARG actions ${v.actions}`,
  `ARG action_list ${v.actionList}`,
  `ARG show_tree ${pyBool(v.showTree)}`,
  `ARG just_final ${pyBool(v.justFinal)}`,
  `ARG leaf_only ${pyBool(v.leafOnly)}`,
  `ARG local_reparent ${pyBool(v.localReparent)}`,
  `ARG print_style ${v.printStyle}`,
  `ARG solve ${pyBool(v.solve)}`,
  '',
];

/** An action as the text needs it: its words, and the tree after it (read when it is printed, before the next). */
export interface TextStep {
  text: string;
  rows(): readonly NamedRow[];
}

/**
 * fork.py's text a line at a time: the ARG block, the first tree, then each action (or `Action?` with -t and no
 * -c) with the tree after it (or `Process Tree?`), and with -F only the actions and the final tree (or its
 * question). `finalRows` is read once every step is taken. A refusal met among the steps stops the text.
 */
export function* forkLines(
  v: ForkOptions,
  initial: readonly NamedRow[],
  steps: Iterable<TextStep>,
  finalRows: () => readonly NamedRow[],
): Generator<string> {
  yield* argLines(v);
  yield '                           Process Tree:';
  yield* drawTree(initial, v.printStyle);
  yield '';
  for (const s of steps) {
    if (v.showTree) {
      yield v.solve ? `Action: ${s.text}` : 'Action?';
      if (!v.justFinal) yield* drawTree(s.rows(), v.printStyle);
    } else {
      yield `Action: ${s.text}`;
      if (!v.justFinal) {
        if (v.solve) yield* drawTree(s.rows(), v.printStyle);
        else yield 'Process Tree?';
      }
    }
  }
  if (!v.justFinal) return;
  if (v.showTree || v.solve) {
    yield '';
    yield '                        Final Process Tree:';
    yield* drawTree(finalRows(), v.printStyle);
    yield '';
  } else {
    yield '';
    yield '                        Final Process Tree?';
    yield '';
  }
}
