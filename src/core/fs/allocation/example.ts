import { parseFsOp, type FsOp } from '../fsOp';
import type { AllocGeometry } from './types';

/**
 * A small workload on which the four strategies differ visibly: two logs that grow in turn (contiguous must
 * move one, the others interleave them), a file removed to leave a hole, a file of more than 12 blocks (an
 * indirect block under INDEXED) and a log grown often enough between others to need more than 4 extents.
 */
export const EXAMPLE_ALLOCATION_LINES: readonly string[] = [
  'mkdir /logs',
  'write /logs/a 8192',
  'write /logs/b 8192',
  'write /logs/a 8192',
  'write /tmp 12288',
  'write /logs/b 8192',
  'write /logs/a 4096',
  'rm /tmp',
  'write /model 61440',
  'write /logs/b 4096',
  'write /logs/a 4096',
  'write /logs/b 4096',
  'write /logs/a 4096',
  'truncate /logs/b 12288',
  'write /logs/a 4096',
];

export const EXAMPLE_ALLOCATION_GEOMETRY: Readonly<AllocGeometry> = { blocks: 64, blockSize: 4096 };

/** The example as operations (its lines are fixed, so each parses). */
export function exampleAllocationWorkload(): FsOp[] {
  return EXAMPLE_ALLOCATION_LINES.map((line) => (parseFsOp(line) as { ok: true; op: FsOp }).op);
}
