import { iterativeMigration } from './iterative';
import { postCopyMigration } from './postCopy';
import type { MethodKind, MigrationInput, MigrationMethod, MigrationOutcome, MigrationResult } from './types';
import { migrationErrors } from './validate';

/** Runs one migration, or refuses its input with each field's error (nothing is run then). */
export function migrate(input: MigrationInput): MigrationOutcome {
  const errors = migrationErrors(input);
  if (errors.length > 0) return { ok: false, errors };
  const m = input.method;
  return { ok: true, result: m.kind === 'postCopy' ? postCopyMigration(input, m) : iterativeMigration(input) };
}

/** The three methods on one input: pre-copy and post-copy with the limits given, stop-and-copy as it is. */
export function compareMethods(
  input: Omit<MigrationInput, 'method'>,
  preCopy: Extract<MigrationMethod, { kind: 'preCopy' }>,
  postCopy: Extract<MigrationMethod, { kind: 'postCopy' }>,
): { ok: true; results: Record<MethodKind, MigrationResult> } | Extract<MigrationOutcome, { ok: false }> {
  const run = (method: MigrationMethod): MigrationOutcome => migrate({ ...input, method });
  const s = run({ kind: 'stopAndCopy' });
  if (!s.ok) return s;
  const pre = run(preCopy);
  if (!pre.ok) return pre;
  const post = run(postCopy);
  if (!post.ok) return post;
  return { ok: true, results: { stopAndCopy: s.result, preCopy: pre.result, postCopy: post.result } };
}
