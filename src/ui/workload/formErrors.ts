import type { FieldError } from '../../core/index';

/** Errors at `path` or below it (`scheduler.levels` also takes `scheduler.levels[0].quantum`). */
export function errorsAt(errors: readonly FieldError[], path: string): FieldError[] {
  return errors.filter((e) => e.path === path || e.path.startsWith(`${path}.`) || e.path.startsWith(`${path}[`));
}

/**
 * Errors that no control of a form shows (e.g. a process needing more GPUs than a node it no longer has):
 * the form lists them once at its foot so that no refusal goes unexplained.
 */
export function unclaimedErrors(errors: readonly FieldError[], paths: readonly string[]): FieldError[] {
  return errors.filter((e) => !paths.some((p) => errorsAt([e], p).length > 0));
}
