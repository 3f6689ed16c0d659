import type { PrintStyle } from './forkFlags';
import type { NamedRow } from './forkRun';

/** fork.py's indent before every line of a tree. */
const INDENT = ' '.repeat(31);

/** Per style: the vertical, the horizontal, a child with siblings after it, the last child (treelib's for fancy). */
const CHARS: Record<Exclude<PrintStyle, 'basic'>, readonly [string, string, string, string]> = {
  line1: ['|', '-', '+', '|'],
  line2: ['|', '_', '|', '|'],
  fancy: ['\u2502', '\u2500', '\u251c', '\u2514'],
};

/** Python's `'%2s' % s`: right-aligned in 2 characters (counted in code points, as Python counts them). */
const pad2 = (s: string): string => ' '.repeat(Math.max(0, 2 - [...s].length)) + s;

/**
 * The tree as fork.py's walk prints it, a line a process in preorder. Its `pmask[i]` says whether a vertical
 * continues below level i: set as a process's children begin, cleared when the last child of level i + 1 is
 * printed, and shared by the whole walk, so the lines come out exactly as fork.py's do.
 */
export function drawTree(rows: readonly NamedRow[], style: PrintStyle): string[] {
  if (style === 'basic') return rows.map((r) => `${INDENT}${'   '.repeat(r.depth)}${pad2(r.name)}`);
  const [vertical, horizontal, tee, corner] = CHARS[style];
  const across = horizontal.repeat(2);
  const pmask: boolean[] = [];
  // prefixes[k]: the indent and the verticals (or blanks) of levels 0..k-1, valid for k ≤ valid; a change of
  // pmask[j] spoils those past j. A tree of n rows is then drawn with a few strings a row, not depth-many.
  const prefixes: string[] = [INDENT];
  let valid = 0;
  const prefix = (k: number): string => {
    for (; valid < k; valid++) prefixes[valid + 1] = prefixes[valid] + (pmask[valid] ? `${vertical}   ` : '    ');
    return prefixes[k] as string;
  };
  const setMask = (level: number, on: boolean): void => {
    if ((pmask[level] ?? false) === on) return;
    pmask[level] = on;
    if (valid > level) valid = level;
  };
  return rows.map(({ name, depth, last }) => {
    let line = INDENT;
    if (depth > 0)
      line = prefix(depth - 1) + (pmask[depth - 1] ? `${last ? corner : tee}${across} ` : ` ${horizontal}${across} `);
    if (last && depth > 0) setMask(depth - 1, false);
    setMask(depth, true);
    return line + name;
  });
}
