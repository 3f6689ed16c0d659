import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTreeAction,
  copyTree,
  descendants,
  exitProcess,
  forkChild,
  newTree,
  REPARENT_RULES,
  treeRows,
  type ExitRules,
  type ProcessTree,
  type TreeAction,
} from './tree';
import { treeRefusalText, treeSentence } from './treeExplain';
import { treeProblems } from './treeInvariants';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const letter = (id: number) => LETTERS[id] ?? String(id);
const INIT: ExitRules = { reparent: 'descendants-to-root', leafOnly: false };

/** a forks b, b forks c, c forks d, b forks e, e forks f, a forks g: a chain and a branch under b */
function sample(): ProcessTree {
  const t = newTree(0);
  for (const [p, c] of [
    [0, 1],
    [1, 2],
    [2, 3],
    [1, 4],
    [4, 5],
    [0, 6],
  ] as const)
    expect(forkChild(t, p, c).ok).toBe(true);
  return t;
}

const shape = (t: ProcessTree) => treeRows(t).map((r) => `${'  '.repeat(r.depth)}${letter(r.id)}`);

describe('the process tree', () => {
  it('forks children in order and draws itself in preorder', () => {
    const t = sample();
    expect(shape(t)).toEqual(['a', '  b', '    c', '      d', '    e', '      f', '  g']);
    expect(descendants(t, 1)).toEqual([2, 3, 4, 5]);
    expect(
      treeRows(t)
        .filter((r) => r.last)
        .map((r) => letter(r.id)),
    ).toEqual(['d', 'e', 'f', 'g']);
  });

  it("re-parents as fork.py does by default: b's whole subtree flattened under the root, after g", () => {
    const t = sample();
    const r = exitProcess(t, 1, INIT);
    expect(r).toEqual({
      ok: true,
      reason: {
        kind: 'exited-orphans',
        pid: 1,
        parent: 0,
        orphans: [2, 3, 4, 5],
        adopter: 0,
        rule: 'descendants-to-root',
      },
    });
    expect(shape(t)).toEqual(['a', '  g', '  c', '  d', '  e', '  f']);
    if (r.ok) expect(treeSentence(r.reason, letter)).toContain('c, d, e and f become children of a');
  });

  it('re-parents as Unix does (children to init, subtrees kept) and as fork.py -R does (to the local parent)', () => {
    const unix = sample();
    exitProcess(unix, 1, { reparent: 'children-to-root', leafOnly: false });
    expect(shape(unix)).toEqual(['a', '  g', '  c', '    d', '  e', '    f']);
    const local = sample();
    exitProcess(local, 2, { reparent: 'children-to-parent', leafOnly: false });
    expect(shape(local)).toEqual(['a', '  b', '    e', '      f', '    d', '  g']);
  });

  it('keeps a process with children under -L, and a leaf just leaves', () => {
    const t = sample();
    const before = copyTree(t);
    const kept = exitProcess(t, 1, { ...INIT, leafOnly: true });
    expect(kept).toEqual({ ok: true, reason: { kind: 'exit-refused-has-children', pid: 1, children: 2 } });
    expect(t).toEqual(before);
    if (kept.ok)
      expect(treeSentence(kept.reason, letter)).toBe(
        'b cannot exit: only a leaf may (it has 2 children); the tree is unchanged.',
      );
    const leaf = exitProcess(t, 3, { ...INIT, leafOnly: true });
    expect(leaf).toEqual({ ok: true, reason: { kind: 'exited-leaf', pid: 3, parent: 2 } });
  });

  it('refuses what is not a tree change and changes nothing', () => {
    const t = sample();
    const before = copyTree(t);
    const refusals = [
      forkChild(t, 9, 10),
      forkChild(t, 0, 3),
      forkChild(t, 3, 3),
      exitProcess(t, 9, INIT),
      exitProcess(t, 0, INIT),
    ];
    expect(t).toEqual(before);
    expect(refusals.map((r) => (r.ok ? 'ok' : treeRefusalText(r.refusal, letter)))).toEqual([
      'j cannot fork: it is not a live process',
      'd is already a live process: a new child needs a name of its own',
      'd is already a live process: a new child needs a name of its own',
      'j cannot exit: it is not a live process',
      'a is the root process: it cannot exit',
    ]);
  });

  it('names a broken tree', () => {
    const t = sample();
    (t.nodes[3] as { parent: number }).parent = 1;
    (t.nodes[6] as { children: number[] }).children.push(0);
    expect(treeProblems(t)).toEqual([
      '2 lists 3, whose parent is 1',
      "3's parent 1 does not list it exactly once",
      '6 lists 0, whose parent is null',
    ]);
    const cycle = newTree(0);
    cycle.nodes[1] = { parent: 2, children: [2] };
    cycle.nodes[2] = { parent: 1, children: [1] };
    expect(treeProblems(cycle)).toContain('not reached from the root: 1, 2');
  });
});

describe('the process tree (properties)', () => {
  const action: fc.Arbitrary<TreeAction> = fc.oneof(
    fc.record({ kind: fc.constant('fork' as const), parent: fc.nat(15), child: fc.nat(15) }),
    fc.record({ kind: fc.constant('exit' as const), pid: fc.nat(15) }),
  );
  const rules = fc.record({ reparent: fc.constantFrom(...REPARENT_RULES), leafOnly: fc.boolean() });

  it('stays a tree after any forks and exits, under every rule; a refused action changes nothing', () => {
    fc.assert(
      fc.property(rules, fc.array(action, { maxLength: 60 }), (r, actions) => {
        const t = newTree(0);
        for (const a of actions) {
          const before = copyTree(t);
          const out = applyTreeAction(t, a, r);
          if (!out.ok || out.reason.kind === 'exit-refused-has-children') expect(t).toEqual(before);
          expect(treeProblems(t)).toEqual([]);
          // every live process is drawn once, the root first
          const rows = treeRows(t);
          expect(rows[0]?.id).toBe(0);
          expect(rows.map((x) => x.id).sort((x, y) => x - y)).toEqual(
            Object.keys(t.nodes)
              .map(Number)
              .sort((x, y) => x - y),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an exit moves exactly the orphans it names, and no one else changes parent', () => {
    fc.assert(
      fc.property(rules, fc.array(action, { maxLength: 40 }), fc.nat(15), (r, actions, victim) => {
        const t = newTree(0);
        for (const a of actions) applyTreeAction(t, a, r);
        const before = copyTree(t);
        const out = exitProcess(t, victim, r);
        if (!out.ok || out.reason.kind !== 'exited-orphans') return;
        const moved = new Set(out.reason.orphans);
        for (const id of Object.keys(t.nodes).map(Number)) {
          const was = before.nodes[id]?.parent;
          expect(t.nodes[id]?.parent).toBe(moved.has(id) ? out.reason.adopter : was);
        }
        const live = Object.keys(t.nodes).length;
        expect(live).toBe(Object.keys(before.nodes).length - 1);
      }),
      { numRuns: 200 },
    );
  });
});
