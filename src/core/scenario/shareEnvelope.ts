import { FORBIDDEN_KEYS, capErrors, describeValue, type FieldError } from './fieldErrors';
import type { Scenario } from './types';
import { validateScenario } from './validate';

/** What a link (or the autosave) carries: a scenario, and optionally where the viewer was in it. */
export interface SharePayload {
  scenario: Scenario;
  view?: { tick: number; tab: string };
}
export type PayloadResult = { ok: true; payload: SharePayload } | { ok: false; errors: FieldError[] };

/** Version of the envelope {v, s, t?, w?} around a scenario; the scenario carries its own format version. */
export const SHARE_ENVELOPE_VERSION = 1;
const KEYS: ReadonlySet<string> = new Set(['v', 's', 't', 'w']);
/** View names are short words (the app's tab ids); anything else is not one. */
const TAB = /^[a-z]{1,32}$/;

/**
 * The envelope {v: 1, s: scenario, t?: tick, w?: tab} -> a payload. The scenario passes validateScenario
 * (its errors are passed on as they are); `root` names the envelope in errors ("link", "autosave").
 */
export function parseEnvelope(value: unknown, root: string): PayloadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(
      root,
      'an object {v, s, t?, w?}',
      `${root} must hold an object {v, s, t?, w?} (got ${describeValue(value)})`,
    );
  }
  const env = value as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const key of Object.keys(env)) {
    if (FORBIDDEN_KEYS.has(key))
      errors.push({
        path: `${root}.${key}`,
        limit: 'no __proto__, constructor or prototype keys',
        message: `${root} has a refused key ${JSON.stringify(key)}: no __proto__, constructor or prototype keys`,
      });
    else if (!KEYS.has(key))
      errors.push({
        path: `${root}.${key.slice(0, 40)}`,
        limit: 'keys v, s, t and w only',
        message: `${root} has an unknown key ${JSON.stringify(key.slice(0, 40))}: keys v, s, t and w only`,
      });
  }
  if (errors.length > 0) return { ok: false, errors: capErrors(errors, root) };
  if (env.v === undefined) {
    return fail(
      `${root}.v`,
      `version ${SHARE_ENVELOPE_VERSION}`,
      `${root} has no version (v): this app reads version ${SHARE_ENVELOPE_VERSION}`,
    );
  }
  if (env.v !== SHARE_ENVELOPE_VERSION) {
    return fail(
      `${root}.v`,
      `version ${SHARE_ENVELOPE_VERSION}`,
      `${root} is of an unknown version (${describeValue(env.v)}): this app reads version ${SHARE_ENVELOPE_VERSION}; a newer app may have made it`,
    );
  }
  const { t, w } = env;
  // Any tick a run can reach: a run may end after the last arrival (LIMITS.maxTick), and a link at its end must
  // open there; a tick past the end opens at the end.
  if (t !== undefined && !(Number.isSafeInteger(t) && (t as number) >= 0)) {
    errors.push({
      path: `${root}.t`,
      limit: 'a whole number of ticks ≥ 0',
      message: `${root}.t (the tick) must be a whole number of ticks ≥ 0 (got ${describeValue(t)})`,
    });
  }
  if (w !== undefined && !(typeof w === 'string' && TAB.test(w))) {
    errors.push({
      path: `${root}.w`,
      limit: 'a view name (1 to 32 letters a–z)',
      message: `${root}.w (the view) must be a view name of 1 to 32 letters a–z (got ${describeValue(w)})`,
    });
  }
  if ((t === undefined) !== (w === undefined)) {
    errors.push({
      path: root,
      limit: 'both t and w, or neither',
      message: `${root} must give both the tick (t) and the view (w), or neither`,
    });
  }
  const checked = validateScenario(env.s);
  if (!checked.ok) errors.push(...checked.errors);
  if (errors.length > 0 || !checked.ok) return { ok: false, errors };
  const payload: SharePayload = { scenario: checked.scenario };
  if (typeof t === 'number' && typeof w === 'string') payload.view = { tick: t, tab: w };
  return { ok: true, payload };
}

function fail(path: string, limit: string, message: string): { ok: false; errors: FieldError[] } {
  return { ok: false, errors: [{ path, limit, message }] };
}
