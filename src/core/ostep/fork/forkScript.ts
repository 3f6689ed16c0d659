import { treeSentence } from '../../process/treeExplain';
import { scriptFlags, type OstepScript } from '../script';
import { forkActions } from './forkActions';
import { FORK_FLAGS, type ForkOptions } from './forkFlags';
import { forkRun, type ForkRun, type ForkTaken, type NamedRow } from './forkRun';
import { forkFlagsOf, forkScenario } from './forkScenario';
import { forkLines, type TextStep } from './forkText';

/** One action of fork.py -c as data: as written and as printed, what it did in words, and the tree after it. */
export interface ForkStepAnswer {
  action: string;
  /** `exit-failed`: -L kept a process with children */
  kind: 'fork' | 'exit' | 'exit-failed';
  text: string;
  sentence: string;
  /** the processes that changed parent, in the order they joined `adopter` (none for a fork or a leaf's exit) */
  orphans: string[];
  adopter: string | null;
  tree: NamedRow[];
}

/** The answer of fork.py -c as data: the first tree, each action with the tree after it, the final tree. */
export interface ForkAnswers {
  initial: NamedRow[];
  steps: ForkStepAnswer[];
  final: NamedRow[];
}

/**
 * The most tree rows an answer holds (a tree after each action): the command line streams the text instead, in
 * bounded memory, whatever its size.
 */
export const MAX_HELD_ROWS = 1_000_000;

const fail = (error: string) => ({ ok: false as const, error });

/** The run the flags ask for, or why fork.py stops before it starts. */
function runOf(v: ForkOptions): ForkRun | string {
  const actions = forkActions(v);
  return typeof actions === 'string' ? actions : forkRun(v, actions);
}

function stepAnswer(t: ForkTaken, run: ForkRun, tree: NamedRow[]): ForkStepAnswer {
  const name = (id: number) => run.names[id] as string;
  const r = t.reason;
  const kind = r.kind === 'forked' ? 'fork' : r.kind === 'exit-refused-has-children' ? 'exit-failed' : 'exit';
  const orphans = r.kind === 'exited-orphans' ? r.orphans.map(name) : [];
  const adopter = r.kind === 'exited-orphans' ? name(r.adopter) : null;
  return { action: t.action.raw, kind, text: t.text, sentence: treeSentence(r, name), orphans, adopter, tree };
}

/**
 * OSTEP's fork.py: processes fork and exit (drawn from the seed, or -A's), on our process tree
 * (src/core/process/tree.ts: fork.py's re-parenting to the root, or to the local parent with -R; -L's leaf-only
 * exits), each tree drawn in fork.py's styles. The command line streams the text, a line at a time.
 */
export const forkScript: OstepScript<ForkAnswers, typeof FORK_FLAGS> = {
  ...scriptFlags({ name: 'fork', path: 'cpu-api/fork.py', runsOn: 'on our process tree' }, FORK_FLAGS, {
    width: 22,
    nextLineFrom: 22,
  }),
  solve(v) {
    const run = runOf(v);
    if (typeof run === 'string') return fail(run);
    const initial = run.rows();
    const steps: ForkStepAnswer[] = [];
    let heldRows = initial.length;
    for (const t of run.steps) {
      if ('refused' in t) return fail(t.refused);
      const tree = run.rows();
      heldRows += tree.length;
      if (heldRows > MAX_HELD_ROWS)
        return fail(
          `the trees after each action pass ${MAX_HELD_ROWS} rows: run it with the command line (sim ostep fork), which streams the text`,
        );
      steps.push(stepAnswer(t, run, tree));
    }
    const final = steps.at(-1)?.tree ?? initial;
    const stepsHeld: TextStep[] = steps.map((s) => ({ text: s.text, rows: () => s.tree }));
    const text = `${[...forkLines(v, initial, stepsHeld, () => final)].join('\n')}\n`;
    const scenario = forkScenario(v);
    return { ok: true, answer: { initial, steps, final }, text, ...(typeof scenario === 'string' ? {} : { scenario }) };
  },
  scenario: forkScenario,
  flagsOf: forkFlagsOf,
  stream(v) {
    const actions = forkActions(v);
    if (typeof actions === 'string') return fail(actions);
    // the actions are tried first, drawing nothing, so a refusal comes before any text does
    for (const t of forkRun(v, actions).steps) if ('refused' in t) return fail(t.refused);
    const run = forkRun(v, actions);
    return { ok: true, lines: forkLines(v, run.rows(), textSteps(run), run.rows) };
  },
};

/** The run's steps as the text reads them (all taken once already), the tree read from the run as each is printed. */
function* textSteps(run: ForkRun): Generator<TextStep> {
  for (const t of run.steps) if (!('refused' in t)) yield { text: t.text, rows: run.rows };
}
