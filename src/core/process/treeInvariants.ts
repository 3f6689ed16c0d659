import type { ProcessTree } from './tree';

/**
 * What makes a process tree a tree, each broken rule in words (none: it is one): the root is live and parentless,
 * every other live process has a live parent that lists it once among its children, every listed child is live
 * and names that parent, and every live process is reached from the root (so there is no cycle and no second root).
 */
export function treeProblems(tree: ProcessTree): string[] {
  const problems: string[] = [];
  const ids = Object.keys(tree.nodes).map(Number);
  const root = tree.nodes[tree.root];
  if (!root) return [`the root ${tree.root} is not live`];
  if (root.parent !== null) problems.push(`the root ${tree.root} has a parent (${root.parent})`);
  for (const id of ids) {
    const n = tree.nodes[id];
    if (!n) continue;
    if (id !== tree.root) {
      const parent = n.parent === null ? undefined : tree.nodes[n.parent];
      if (n.parent === null) problems.push(`${id} has no parent but is not the root`);
      else if (!parent) problems.push(`${id}'s parent ${n.parent} is not live`);
      else if (parent.children.filter((c) => c === id).length !== 1)
        problems.push(`${id}'s parent ${n.parent} does not list it exactly once`);
    }
    for (const c of n.children) {
      const child = tree.nodes[c];
      if (!child) problems.push(`${id} lists ${c}, which is not live`);
      else if (child.parent !== id) problems.push(`${id} lists ${c}, whose parent is ${String(child.parent)}`);
    }
  }
  // reach from the root, never visiting twice: a cycle or a second root leaves someone unreached
  const seen = new Set<number>([tree.root]);
  const stack = [tree.root];
  for (let id = stack.pop(); id !== undefined; id = stack.pop())
    for (const c of tree.nodes[id]?.children ?? [])
      if (!seen.has(c) && tree.nodes[c]) {
        seen.add(c);
        stack.push(c);
      }
  const unreached = ids.filter((id) => !seen.has(id));
  if (unreached.length > 0) problems.push(`not reached from the root: ${unreached.join(', ')}`);
  return problems;
}
