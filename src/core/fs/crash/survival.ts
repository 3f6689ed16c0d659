import { KIND_NOUN } from '../fileSystem';
import type { FsState } from '../types';
import { fileTree, type TreeEntry } from './fileTree';
import type { CrashPlan } from './planWrites';

/** What became of one workload operation after a crash, recovery and fsck. */
export type OpStatus = 'survived' | 'damaged' | 'notDurable' | 'refused';

export interface OpFate {
  op: number;
  status: OpStatus;
  sentence: string;
  /** for the operation in flight at the crash: what the file system shows of it ("/a/f does not exist") */
  effect?: string;
}

const same = (a: TreeEntry | undefined, b: TreeEntry | undefined) =>
  a?.kind === b?.kind && JSON.stringify(a?.data) === JSON.stringify(b?.data);

/** How a path differs from what the durable operations promised, in words. */
function difference(path: string, want: TreeEntry | undefined, got: TreeEntry | undefined): string {
  if (!want) return `${path} exists, though the durable operations leave no such name`;
  if (!got) return `${path} is missing`;
  if (want.kind !== got.kind) return `${path} is a ${KIND_NOUN[got.kind]}, not a ${KIND_NOUN[want.kind]}`;
  if (want.data.length !== got.data.length) return `${path} has ${got.data.length} blocks, not ${want.data.length}`;
  const k = want.data.findIndex((d, i) => d !== got.data[i]);
  const held = got.data[k];
  const shown = held === null || held === undefined ? 'bytes never written' : `"${held}"`;
  return `${path}'s block ${k} holds ${shown} instead of "${want.data[k]}": stale data`;
}

/** A plan's file trees after each operation, and the paths each operation changed: the same at every crash point. */
export interface PlanChanges {
  trees: Map<string, TreeEntry>[];
  touched: string[][];
}

export function planChanges(plan: CrashPlan): PlanChanges {
  const trees = plan.states.map(fileTree);
  const touched = plan.ops.map((_, i) => {
    const before = trees[i] as Map<string, TreeEntry>;
    const mine = trees[i + 1] as Map<string, TreeEntry>;
    return [...new Set([...before.keys(), ...mine.keys()])].filter((p) => !same(before.get(p), mine.get(p)));
  });
  return { trees, touched };
}

/** What the file system shows of an operation in flight at `path`: as before it, as it would leave it, or torn. */
function inFlight(
  path: string,
  before: TreeEntry | undefined,
  mine: TreeEntry | undefined,
  got: TreeEntry | undefined,
) {
  if (same(got, before)) return got ? `${path} is as before it` : `${path} does not exist`;
  if (same(got, mine)) return got ? `${path} is as it would leave it` : `${path} is gone, as it would leave it`;
  return `${path} is neither as before it nor as it would leave it`;
}

/**
 * Each operation's fate, judged on the file system a person gets after the crash (replayed, and repaired when
 * fsck found something): an operation that was durable (committed, or all its writes home) survived when every
 * path it changed is as the durable operations left it.
 */
export function opFates(
  plan: CrashPlan,
  after: number,
  got: FsState,
  changes: PlanChanges = planChanges(plan),
): { fates: OpFate[]; durable: number; extras: string[] } {
  const durable = plan.ops.filter((o) => o.durableAfter <= after).length;
  const want = changes.trees[durable] as Map<string, TreeEntry>;
  const have = fileTree(got);
  const journalled = plan.mode !== 'none';
  const fates = plan.ops.map((o, i): OpFate => {
    const label = `${i + 1}. ${o.text}`;
    if (!o.result.ok)
      return {
        op: i,
        status: 'refused',
        sentence: `${label}: refused (${o.result.error.code}: ${o.result.error.message}); it wrote nothing.`,
      };
    if (i >= durable) {
      const onDisk = Math.max(0, Math.min(after, o.last) - o.first + 1);
      const total = o.last - o.first + 1;
      if (onDisk === 0)
        return {
          op: i,
          status: 'notDurable',
          sentence: `${label}: not durable (none of its writes reached the disk).`,
        };
      const before = changes.trees[i] as Map<string, TreeEntry>;
      const mine = changes.trees[i + 1] as Map<string, TreeEntry>;
      const touched = changes.touched[i] as string[];
      const effect = touched.map((p) => inFlight(p, before.get(p), mine.get(p), have.get(p))).join('; ');
      const why = journalled
        ? `${onDisk} of its ${total} writes reached the disk, but not its TxE: replay discards it`
        : `${onDisk} of its ${total} writes reached the disk`;
      return { op: i, status: 'notDurable', sentence: `${label}: in flight at the crash (${why}): ${effect}.`, effect };
    }
    const wrong = (changes.touched[i] as string[]).find((p) => !same(want.get(p), have.get(p)));
    return wrong === undefined
      ? { op: i, status: 'survived', sentence: `${label}: survived.` }
      : {
          op: i,
          status: 'damaged',
          sentence: `${label}: durable but damaged: ${difference(wrong, want.get(wrong), have.get(wrong))}.`,
        };
  });
  const extras = [...have.keys()].filter((p) => !want.has(p)).map((p) => difference(p, undefined, have.get(p)));
  return { fates, durable, extras };
}
