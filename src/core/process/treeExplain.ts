import type { ReparentRule, TreeReason, TreeRefusal } from './tree';

/** How a process is named in a sentence (the kernel's "P3", fork.py's "b"). */
export type NameOf = (id: number) => string;

const list = (ids: readonly number[], name: NameOf): string => {
  const names = ids.map(name);
  return names.length < 2
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] as string}`;
};

const RULE_WORDS: Record<ReparentRule, string> = {
  'descendants-to-root':
    "every descendant goes to the root, childless (OSTEP's fork.py: the whole subtree is flattened under init)",
  'children-to-root': 'orphans are adopted by init, each keeping its own children (Unix)',
  'children-to-parent': "orphans go to the exiting process's own parent (local re-parenting, fork.py -R)",
};

/** A tree change in words, for the narration and the OSTEP view. */
export function treeSentence(r: TreeReason, name: NameOf = String): string {
  switch (r.kind) {
    case 'forked':
      return `${name(r.parent)} forks ${name(r.child)}: ${name(r.child)} is a new child of ${name(r.parent)}, after its other children.`;
    case 'exited-leaf':
      return `${name(r.pid)} exits: it had no children, so it just leaves ${name(r.parent)}'s children.`;
    case 'exited-orphans': {
      const verb = r.orphans.length === 1 ? 'becomes a child' : 'become children';
      return `${name(r.pid)} exits, leaving ${name(r.parent)}'s children; ${list(r.orphans, name)} ${verb} of ${name(r.adopter)}: ${RULE_WORDS[r.rule]}.`;
    }
    case 'exit-refused-has-children':
      return `${name(r.pid)} cannot exit: only a leaf may (it has ${r.children} ${r.children === 1 ? 'child' : 'children'}); the tree is unchanged.`;
  }
}

/** Why the tree refused an action, in words. */
export function treeRefusalText(r: TreeRefusal, name: NameOf = String): string {
  switch (r.kind) {
    case 'not-live':
      return r.role === 'parent'
        ? `${name(r.id)} cannot fork: it is not a live process`
        : `${name(r.id)} cannot exit: it is not a live process`;
    case 'already-live':
      return `${name(r.id)} is already a live process: a new child needs a name of its own`;
    case 'root-cannot-exit':
      return `${name(r.id)} is the root process: it cannot exit`;
  }
}
