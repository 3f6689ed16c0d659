import type { ForkAnswers } from '../../core/index';

/** Pixels: a level of the tree across, a process down, a box's height. */
export const FORK_COLUMN = 56;
export const FORK_ROW = 30;
export const FORK_BOX_HEIGHT = 22;
/** The most processes drawn: a larger tree draws its first ones, in fork.py's order, and says how many are left. */
export const MAX_DRAWN = 200;

/** A process's box: where it is drawn, what this step did to it, and how a screen reader names it. */
export interface ForkBox {
  name: string;
  x: number;
  y: number;
  width: number;
  /** `new`: forked by this step's action; `adopted`: re-parented by it; `adopter`: took the orphans */
  mark: 'new' | 'adopted' | 'adopter' | null;
  label: string;
  level: number;
  posInSet: number;
  setSize: number;
}

/** A line from a parent down and across to its child (an SVG path), marked when this step drew it anew. */
export interface ForkEdge {
  key: string;
  d: string;
  changed: boolean;
}

export interface ForkPicture {
  boxes: ForkBox[];
  edges: ForkEdge[];
  width: number;
  height: number;
  /** processes of the tree not drawn */
  hidden: number;
  title: string;
  explanation: string;
}

const MARK_WORDS = { new: ', forked now', adopted: ', adopted now', adopter: ', adopts the orphans' } as const;

/**
 * The tree after `step` actions (0: the first tree) laid out as fork.py prints it, left to right: a column per
 * level, a row per process in preorder, each joined to its parent by an elbow line; what the step changed marked.
 */
export function forkPicture(answer: ForkAnswers, step: number): ForkPicture {
  const s = step === 0 ? undefined : answer.steps[step - 1];
  const rows = s ? s.tree : answer.initial;
  const drawn = rows.slice(0, MAX_DRAWN);
  const adopted = new Set(s?.orphans ?? []);
  const child = s?.kind === 'fork' ? s.action.split('+')[1] : undefined;
  const markOf = (name: string): ForkBox['mark'] =>
    name === child ? 'new' : adopted.has(name) ? 'adopted' : name === s?.adopter ? 'adopter' : null;
  const siblings = new Map<string | null, string[]>();
  for (const r of rows) siblings.set(r.parent, [...(siblings.get(r.parent) ?? []), r.name]);
  const at = new Map<string, { x: number; y: number }>();
  const boxes: ForkBox[] = [];
  const edges: ForkEdge[] = [];
  drawn.forEach((r, i) => {
    const x = r.depth * FORK_COLUMN;
    const y = i * FORK_ROW;
    at.set(r.name, { x, y });
    const set = siblings.get(r.parent) ?? [r.name];
    const mark = markOf(r.name);
    const parentWords = r.parent === null ? 'the root' : `child of ${r.parent}`;
    boxes.push({
      name: r.name,
      x,
      y,
      width: 16 + 8 * [...r.name].length,
      mark,
      label: `${r.name}, ${parentWords}${mark ? MARK_WORDS[mark] : ''}`,
      level: r.depth + 1,
      posInSet: set.indexOf(r.name) + 1,
      setSize: set.length,
    });
    const from = r.parent === null ? undefined : at.get(r.parent);
    if (from)
      edges.push({
        key: `${r.parent ?? ''}>${r.name}`,
        d: `M${from.x + 10} ${from.y + FORK_BOX_HEIGHT}V${y + FORK_BOX_HEIGHT / 2}H${x}`,
        changed: mark === 'new' || mark === 'adopted',
      });
  });
  const width = Math.max(0, ...boxes.map((b) => b.x + b.width)) + 4;
  return {
    boxes,
    edges,
    width,
    height: drawn.length * FORK_ROW,
    hidden: rows.length - drawn.length,
    title: s ? `Action ${step} of ${answer.steps.length}: ${s.text}` : 'The first tree: the root process a alone.',
    explanation: s ? s.sentence : 'Every other process will be forked by a live one; a forks first.',
  };
}
