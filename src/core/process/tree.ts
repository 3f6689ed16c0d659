/**
 * The process tree: who forked whom, as plain data. Every live process but the root has one parent; a process that
 * exits leaves the tree, and its orphans are re-parented by one of three rules (ReparentRule). Ids are whole numbers
 * (the kernel's pids; OSTEP's fork.py names are numbered by the script in the order they are forked), so the
 * tree is a plain object that checkpoints copy.
 */
export interface ProcessTree {
  root: number;
  /** the live processes by id */
  nodes: Record<number, TreeNode>;
}

export interface TreeNode {
  /** null for the root only */
  parent: number | null;
  /** in the order they joined: forked, or adopted (appended) */
  children: number[];
}

/**
 * Where an exiting process's orphans go:
 * - `descendants-to-root`: OSTEP fork.py's default: every descendant, in preorder, becomes a childless child of the
 *   root (the whole subtree is flattened under init).
 * - `children-to-root`: Unix: its children go to init (the root), each keeping its own subtree.
 * - `children-to-parent`: fork.py's -R (local re-parenting, Linux's subreaper in spirit): its children go to the
 *   exiting process's own parent, each keeping its own subtree.
 */
export const REPARENT_RULES = ['descendants-to-root', 'children-to-root', 'children-to-parent'] as const;
export type ReparentRule = (typeof REPARENT_RULES)[number];

export type TreeAction = { kind: 'fork'; parent: number; child: number } | { kind: 'exit'; pid: number };

/** Why the tree changed as it did (or did not): each action's typed reason, put in words by treeSentence. */
export type TreeReason =
  | { kind: 'forked'; parent: number; child: number }
  | { kind: 'exited-leaf'; pid: number; parent: number }
  /** `orphans`: the processes that changed parent, in the order they were appended to `adopter`'s children */
  | { kind: 'exited-orphans'; pid: number; parent: number; orphans: number[]; adopter: number; rule: ReparentRule }
  /** under the leaf-only rule a process with children stays: the tree is unchanged */
  | { kind: 'exit-refused-has-children'; pid: number; children: number };

/** Input the tree cannot take: the tree is left as it was. */
export type TreeRefusal =
  | { kind: 'not-live'; id: number; role: 'parent' | 'exiting' }
  | { kind: 'already-live'; id: number }
  | { kind: 'root-cannot-exit'; id: number };

export type TreeOutcome = { ok: true; reason: TreeReason } | { ok: false; refusal: TreeRefusal };

export interface ExitRules {
  reparent: ReparentRule;
  /** fork.py's -L: only a process without children may exit */
  leafOnly: boolean;
}

export const newTree = (root: number): ProcessTree => ({ root, nodes: { [root]: { parent: null, children: [] } } });

export const isLive = (tree: ProcessTree, id: number): boolean => Object.hasOwn(tree.nodes, id);

function nodeOf(tree: ProcessTree, id: number): TreeNode {
  const n = tree.nodes[id];
  if (!n) throw new Error(`internal: process ${id} is not in the tree`);
  return n;
}

/** Every descendant of `id` (not itself), in preorder: children in their order, each before its own children. */
export function descendants(tree: ProcessTree, id: number): number[] {
  const out: number[] = [];
  const stack = [...nodeOf(tree, id).children].reverse();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    out.push(next);
    const kids = nodeOf(tree, next).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as number);
  }
  return out;
}

/** `parent` forks `child`: the child joins the tree as the parent's last child. */
export function forkChild(tree: ProcessTree, parent: number, child: number): TreeOutcome {
  if (!isLive(tree, parent)) return { ok: false, refusal: { kind: 'not-live', id: parent, role: 'parent' } };
  if (isLive(tree, child)) return { ok: false, refusal: { kind: 'already-live', id: child } };
  tree.nodes[child] = { parent, children: [] };
  nodeOf(tree, parent).children.push(child);
  return { ok: true, reason: { kind: 'forked', parent, child } };
}

/** `pid` exits: it leaves the tree and its orphans are re-parented by `rules.reparent` (or it stays, leaf-only). */
export function exitProcess(tree: ProcessTree, pid: number, rules: ExitRules): TreeOutcome {
  if (!isLive(tree, pid)) return { ok: false, refusal: { kind: 'not-live', id: pid, role: 'exiting' } };
  const node = nodeOf(tree, pid);
  if (rules.leafOnly && node.children.length > 0)
    return { ok: true, reason: { kind: 'exit-refused-has-children', pid, children: node.children.length } };
  if (node.parent === null) return { ok: false, refusal: { kind: 'root-cannot-exit', id: pid } };
  const parent = node.parent;
  const adopter = rules.reparent === 'children-to-parent' ? parent : tree.root;
  const orphans = rules.reparent === 'descendants-to-root' ? descendants(tree, pid) : node.children;
  const adopting = nodeOf(tree, adopter);
  for (const o of orphans) {
    const orphan = nodeOf(tree, o);
    orphan.parent = adopter;
    if (rules.reparent === 'descendants-to-root') orphan.children = [];
    adopting.children.push(o);
  }
  // fork.py appends the orphans before it takes the exiting process out of its parent's list: the same order here
  const siblings = nodeOf(tree, parent).children;
  siblings.splice(siblings.indexOf(pid), 1);
  delete tree.nodes[pid];
  if (orphans.length === 0) return { ok: true, reason: { kind: 'exited-leaf', pid, parent } };
  return {
    ok: true,
    reason: { kind: 'exited-orphans', pid, parent, orphans: [...orphans], adopter, rule: rules.reparent },
  };
}

export function applyTreeAction(tree: ProcessTree, action: TreeAction, rules: ExitRules): TreeOutcome {
  return action.kind === 'fork' ? forkChild(tree, action.parent, action.child) : exitProcess(tree, action.pid, rules);
}

/** One line of a drawn tree: a live process, its depth (the root's is 0) and whether it is its parent's last child. */
export interface TreeRow {
  id: number;
  depth: number;
  last: boolean;
}

/** The tree in preorder, as it is drawn top to bottom (iterative: a chain thousands deep draws too). */
export function treeRows(tree: ProcessTree): TreeRow[] {
  const rows: TreeRow[] = [];
  const stack: TreeRow[] = [{ id: tree.root, depth: 0, last: false }];
  for (let row = stack.pop(); row !== undefined; row = stack.pop()) {
    rows.push(row);
    const kids = nodeOf(tree, row.id).children;
    for (let i = kids.length - 1; i >= 0; i--)
      stack.push({ id: kids[i] as number, depth: row.depth + 1, last: i === kids.length - 1 });
  }
  return rows;
}

/** A copy sharing nothing with the tree (its children lists are fresh arrays). */
export function copyTree(tree: ProcessTree): ProcessTree {
  const nodes: Record<number, TreeNode> = {};
  for (const [id, n] of Object.entries(tree.nodes)) nodes[Number(id)] = { parent: n.parent, children: [...n.children] };
  return { root: tree.root, nodes };
}
