import type { ProcessMetrics, ProcessState } from '../../core/index';

/** The most processes the tree lists: a larger workload lists its first ones and says how many are left. */
export const MAX_TREE_ROWS = 500;

export interface ProcessTreeRow {
  pid: number;
  name: string;
  state: ProcessState;
  /** 1 for a root */
  level: number;
  posInSet: number;
  setSize: number;
  /** how many of the processes name it as their parent */
  children: number;
  label: string;
}

/**
 * The processes as the tree their parents make: roots (no parent) first, each followed by its children, all in pid
 * order; null when no process has a parent (the scenario describes no tree). Iterative: a long chain lists too.
 */
export function processTreeRows(
  processes: readonly ProcessMetrics[],
): { rows: ProcessTreeRow[]; hidden: number } | null {
  if (!processes.some((p) => p.parent !== undefined)) return null;
  const known = new Set(processes.map((p) => p.pid));
  const kids = new Map<number | null, ProcessMetrics[]>();
  for (const p of [...processes].sort((a, b) => a.pid - b.pid)) {
    const parent = p.parent !== undefined && known.has(p.parent) ? p.parent : null;
    const siblings = kids.get(parent);
    if (siblings) siblings.push(p);
    else kids.set(parent, [p]);
  }
  const rows: ProcessTreeRow[] = [];
  const stack = [...(kids.get(null) ?? [])]
    .reverse()
    .map((p, i, all) => ({ p, level: 1, pos: all.length - i, size: all.length }));
  for (let top = stack.pop(); top !== undefined && rows.length < MAX_TREE_ROWS; top = stack.pop()) {
    const { p, level, pos, size } = top;
    const children = kids.get(p.pid) ?? [];
    const parent = level === 1 ? 'a root' : `child of P${p.parent ?? ''}`;
    const count = children.length === 0 ? '' : `, ${children.length} ${children.length === 1 ? 'child' : 'children'}`;
    rows.push({
      pid: p.pid,
      name: p.name,
      state: p.state,
      level,
      posInSet: pos,
      setSize: size,
      children: children.length,
      label: `P${p.pid} ${p.name}, ${p.state}, ${parent}${count}`,
    });
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ p: children[i] as ProcessMetrics, level: level + 1, pos: i + 1, size: children.length });
  }
  return { rows, hidden: processes.length - rows.length };
}
