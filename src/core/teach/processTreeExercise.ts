import { nextFloat, nextInt, seedRng, type RngState } from '../kernel/rng';
import { forkName, ROOT_NAME } from '../ostep/fork/forkActions';
import { drawTree } from '../ostep/fork/forkDraw';
import {
  applyTreeAction,
  copyTree,
  newTree,
  treeRows,
  type ExitRules,
  type ProcessTree,
  type ReparentRule,
  type TreeAction,
} from '../process/tree';
import { treeSentence } from '../process/treeExplain';
import { exerciseId } from './draw';
import type { Choice, Difficulty, Exercise, ExerciseSpec, ProblemTable, Question } from './types';

/** Actions, the re-parenting rule, and how many parents to name, by difficulty. */
const LEVEL: Readonly<Record<Difficulty, { actions: number; rules: readonly ReparentRule[]; asked: number }>> = {
  1: { actions: 5, rules: ['descendants-to-root'], asked: 3 },
  2: { actions: 7, rules: ['descendants-to-root', 'children-to-parent'], asked: 4 },
  3: { actions: 9, rules: ['descendants-to-root', 'children-to-parent', 'children-to-root'], asked: 5 },
};

const RULE_TEXT: Record<ReparentRule, string> = {
  'descendants-to-root':
    "as OSTEP's fork.py does by default: every descendant of the exiting process becomes a child of a, with no children of its own",
  'children-to-root': 'as Unix does: the exiting process’s children go to a (init), each keeping its own children',
  'children-to-parent':
    "as fork.py -R does: the exiting process's children go to its own parent, each keeping its own children",
};

/** Process ids are fork order: a is 0, and the n-th process forked is id n with fork.py's n-th name. */
const nameOf = (id: number): string => (id === 0 ? ROOT_NAME : forkName(id - 1));

/** fork.py's draw: a fork (7 in 10) by a live process, else an exit of a live process other than a. */
function drawActions(rng: RngState, count: number): TreeAction[] {
  const live = [0];
  const actions: TreeAction[] = [];
  let next = 1;
  while (actions.length < count) {
    if (live.length === 1 || nextFloat(rng) < 0.7) {
      actions.push({ kind: 'fork', parent: live[nextInt(rng, live.length)] as number, child: next });
      live.push(next++);
    } else {
      const pid = live.splice(1 + nextInt(rng, live.length - 1), 1)[0] as number;
      actions.push({ kind: 'exit', pid });
    }
  }
  return actions;
}

const actionText = (a: TreeAction): string =>
  a.kind === 'fork' ? `${nameOf(a.parent)} forks ${nameOf(a.child)}` : `${nameOf(a.pid)} exits`;
const actionValue = (a: TreeAction): string =>
  a.kind === 'fork' ? `${nameOf(a.parent)}+${nameOf(a.child)}` : `${nameOf(a.pid)}-`;

/** fork.py's indent before every line of a tree, which a table does without. */
const INDENT = 31;

/**
 * The tree drawn as fork.py draws it (fancy), a line a table row; its spaces no-break spaces, so a page that
 * shows the cell keeps the columns of the drawing.
 */
function treeTable(caption: string, tree: ProcessTree): ProblemTable {
  const rows = treeRows(tree).map((r) => ({
    name: nameOf(r.id),
    parent: null,
    depth: r.depth,
    last: r.last,
  }));
  return {
    caption,
    columns: ['Process tree'],
    rows: drawTree(rows, 'fancy').map((line) => [line.slice(INDENT).replaceAll(' ', '\u00a0')]),
  };
}

const treeShape = (t: ProcessTree): string =>
  treeRows(t)
    .map((r) => `${r.depth}:${r.id}`)
    .join(' ');

/**
 * Process trees, both ways round: after a drawn series of forks and exits, who is each asked process's parent (or
 * has it exited)? And, shown the tree before and after one of the actions, which action was it? Every answer is
 * our process tree's own (src/core/process/tree.ts), under the re-parenting rule the exercise names.
 */
export function makeProcessTreeExercise(spec: ExerciseSpec): Exercise {
  const rng = seedRng(spec.seed);
  const level = LEVEL[spec.difficulty];
  const rules: ExitRules = { reparent: level.rules[nextInt(rng, level.rules.length)] as ReparentRule, leafOnly: false };
  const actions = drawActions(rng, level.actions);
  const tree = newTree(0);
  const trees: ProcessTree[] = [copyTree(tree)];
  const sentences: string[] = [];
  for (const a of actions) {
    const out = applyTreeAction(tree, a, rules);
    if (!out.ok) throw new Error(`internal: a drawn action was refused: ${actionText(a)}`);
    sentences.push(treeSentence(out.reason, nameOf));
    trees.push(copyTree(tree));
  }
  const forked = actions.flatMap((a) => (a.kind === 'fork' ? [a.child] : []));
  const everyone: Choice[] = [
    { value: 'exited', label: 'it has exited' },
    ...[0, ...forked].map((id) => ({ value: nameOf(id), label: nameOf(id) })),
  ];
  const pool = [...forked];
  const asked: number[] = [];
  while (asked.length < level.asked && pool.length > 0)
    asked.push(pool.splice(nextInt(rng, pool.length), 1)[0] as number);
  asked.sort((a, b) => a - b);
  const parents: Question[] = asked.map((id) => {
    const node = tree.nodes[id];
    return {
      id: `parent-${nameOf(id)}`,
      label: `After the last action, who is ${nameOf(id)}'s parent?`,
      answerType: 'choice',
      hint: 'a process, or "it has exited"',
      expected: node ? nameOf(node.parent as number) : 'exited',
      choices: everyone.filter((c) => c.value !== nameOf(id)),
      steps: sentences.map((s, i) => `${i + 1}. ${s}`),
    };
  });
  // the reverse question: the last exit of a process with children if there is one, else the last action
  const orphaning = actions.map((a, i) => a.kind === 'exit' && (trees[i]?.nodes[a.pid]?.children.length ?? 0) > 0);
  const k = orphaning.lastIndexOf(true);
  const at = k >= 0 ? k : actions.length - 1;
  const before = trees[at] as ProcessTree;
  const after = trees[at + 1] as ProcessTree;
  const truth = actions[at] as TreeAction;
  const candidates: TreeAction[] = [
    ...Object.keys(before.nodes)
      .map(Number)
      .filter((id) => id !== 0)
      .map((pid): TreeAction => ({ kind: 'exit', pid })),
    ...Object.keys(before.nodes)
      .map(Number)
      .map((parent): TreeAction => ({ kind: 'fork', parent, child: forked.length + 1 })),
  ];
  // a choice that gives the same tree would be right too: only the true action and those that do not are offered
  const differs = (a: TreeAction) => {
    const t = copyTree(before);
    applyTreeAction(t, a, rules);
    return treeShape(t) !== treeShape(after);
  };
  const wrong = candidates.filter((a) => actionValue(a) !== actionValue(truth) && differs(a));
  // By code unit, not localeCompare: a collation is the runtime's ICU data, and the core's output is not.
  const offered = [truth, ...wrong.slice(0, 4)].sort((a, b) => {
    const [x, y] = [actionValue(a), actionValue(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const reverse: Question = {
    id: `action-${at + 1}`,
    label: `Which action turned the tree before action ${at + 1} into the tree after it?`,
    answerType: 'choice',
    hint: 'one of the actions',
    expected: actionValue(truth),
    choices: offered.map((a) => ({ value: actionValue(a), label: actionText(a) })),
    steps: [sentences[at] as string],
  };
  return {
    ...spec,
    id: exerciseId(spec),
    title: `Process trees: ${actions.length} forks and exits`,
    intro: [
      `Process a starts alone. Each action is a fork (a live process creates a child) or an exit. When a process exits, its orphans are re-parented ${RULE_TEXT[rules.reparent]}.`,
      'First follow the actions to the final tree. Then look at the two trees below them and say which action turned one into the other.',
    ],
    tables: [
      {
        caption: 'The actions, in order',
        columns: ['#', 'Action'],
        rows: actions.map((a, i) => [
          String(i + 1),
          i === at ? '(hidden: the last question asks for it)' : actionText(a),
        ]),
      },
      treeTable(`The tree before action ${at + 1}`, before),
      treeTable(`The tree after action ${at + 1}`, after),
    ],
    questions: [...parents, reverse],
    scenario: null,
    grid: null,
  };
}
