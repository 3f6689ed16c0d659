import fc from 'fast-check';
import type { FsOp } from '../fs/fsOp';

/**
 * Random namespace operations over `path` — mkdir, touch, rm, rmdir, write and truncate of `bytes`, link and
 * rename — the workload the file system's properties run, each adding what it needs beside.
 */
export function namespaceOps(path: fc.Arbitrary<string>, bytes: fc.Arbitrary<number>): fc.Arbitrary<FsOp> {
  return fc.oneof(
    fc.record({ kind: fc.constantFrom('mkdir' as const, 'touch' as const, 'rm' as const, 'rmdir' as const), path }),
    fc.record({ kind: fc.constantFrom('write' as const, 'truncate' as const), path, bytes }),
    fc.record({ kind: fc.constant('link' as const), target: path, path }),
    fc.record({ kind: fc.constant('rename' as const), from: path, to: path }),
  );
}
