import { parseFsOp, type FsOp } from '../fsOp';

/** Typed lines to operations, for tests ("write /a 1024"); a bad line fails the test at once. */
export function ops(...lines: string[]): FsOp[] {
  return lines.map((line) => {
    const parsed = parseFsOp(line);
    if (!parsed.ok) throw new Error(`${line}: ${parsed.error.message}`);
    return parsed.op;
  });
}
