import { fail } from '../operations';
import type { FsError } from '../types';
import { MODEL_STORE_LIMITS } from './types';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Why `text` cannot be a store name (a ref, a path segment, half a model id), or null. */
function nameProblem(text: string): string | null {
  if (text.length === 0 || text.length > MODEL_STORE_LIMITS.nameMax)
    return `must be 1–${MODEL_STORE_LIMITS.nameMax} characters (it has ${text.length})`;
  return NAME.test(text) ? null : 'must start with a letter or digit and hold only letters, digits, ".", "_" and "-"';
}

/** A model id ("org/name" or "name"), a ref, or a file path (names joined by "/"): null when fine, else the refusal. */
export function checkName(
  field: string,
  text: string,
  kind: 'model' | 'ref' | 'path',
): { ok: false; error: FsError } | null {
  if (kind === 'path' && text.length > MODEL_STORE_LIMITS.pathMax)
    return fail('ENAMETOOLONG', `${field} is ${text.length} characters; the limit is ${MODEL_STORE_LIMITS.pathMax}`);
  const parts = kind === 'ref' ? [text] : text.split('/');
  if (kind === 'model' && parts.length > 2) return fail('EINVAL', `${field} is "org/name" or "name" (it is "${text}")`);
  for (const part of parts) {
    const problem = nameProblem(part);
    if (problem)
      return fail(
        part.length > MODEL_STORE_LIMITS.nameMax ? 'ENAMETOOLONG' : 'EINVAL',
        `${field}: "${part}" ${problem}`,
      );
  }
  return null;
}
