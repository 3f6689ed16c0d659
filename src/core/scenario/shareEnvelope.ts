import { FORBIDDEN_KEYS, capErrors, describeValue, type FieldError } from './fieldErrors';
import type { Scenario } from './types';
import { validateScenario } from './validate';

/**
 * Display choices that change what is seen, carried by a link so that it shows what its sender saw. Each is
 * optional: a link leaves out what is at its default, and a newer app may add choices (with a new version).
 */
export interface ShareDisplay {
  /** the Gantt chart's lane per process, besides the CPU lanes */
  processLanes?: boolean;
  /** what the memory grid's colours say */
  memoryColour?: MemoryColour;
  /** the memory grid's zoom: pixels per frame (the app takes its nearest size) */
  memoryCell?: number;
}

export const MEMORY_COLOURS = ['owner', 'type', 'state'] as const;
export type MemoryColour = (typeof MEMORY_COLOURS)[number];
/** The largest memory-grid cell a link may ask for, in pixels. */
const MAX_CELL = 256;

/** What a link (or the autosave) carries: a scenario, and optionally where the viewer was in it and what it showed. */
export interface SharePayload {
  scenario: Scenario;
  view?: { tick: number; tab: string };
  display?: ShareDisplay;
}
export type PayloadResult = { ok: true; payload: SharePayload } | { ok: false; errors: FieldError[] };

/**
 * Version of the envelope {v, s, t?, w?, d?} around a scenario; the scenario carries its own format version.
 * Version 2 added `d`, the display choices; version 1 (without it) is still read, and still written when a link
 * has no display choice, so that such a link opens in an app from before version 2 too.
 */
export const SHARE_ENVELOPE_VERSION = 2;
const READ_VERSIONS: ReadonlySet<unknown> = new Set([1, 2]);
const KEYS: ReadonlySet<string> = new Set(['v', 's', 't', 'w', 'd']);
const DISPLAY_KEYS: ReadonlySet<string> = new Set(['lanes', 'colour', 'cell']);
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
        limit: 'keys v, s, t, w and d only',
        message: `${root} has an unknown key ${JSON.stringify(key.slice(0, 40))}: keys v, s, t, w and d only`,
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
  if (!READ_VERSIONS.has(env.v)) {
    return fail(
      `${root}.v`,
      `version 1 or ${SHARE_ENVELOPE_VERSION}`,
      `${root} is of an unknown version (${describeValue(env.v)}): this app reads versions 1 and ${SHARE_ENVELOPE_VERSION}; a newer app may have made it`,
    );
  }
  const { t, w, d } = env;
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
  const display = d === undefined ? undefined : parseDisplay(d, env.v, `${root}.d`, errors);
  const checked = validateScenario(env.s);
  if (!checked.ok) errors.push(...checked.errors);
  if (errors.length > 0 || !checked.ok) return { ok: false, errors };
  const payload: SharePayload = { scenario: checked.scenario };
  if (typeof t === 'number' && typeof w === 'string') payload.view = { tick: t, tab: w };
  if (display) payload.display = display;
  return { ok: true, payload };
}

/** The envelope's `d` (version 2): {lanes?, colour?, cell?}; errors go to `errors`. */
function parseDisplay(d: unknown, version: unknown, path: string, errors: FieldError[]): ShareDisplay | undefined {
  const limit = `an object {lanes?: true or false, colour?: ${MEMORY_COLOURS.join(', ')}, cell?: 1 to ${MAX_CELL} pixels}, in version 2`;
  if (version !== 2 || typeof d !== 'object' || d === null || Array.isArray(d)) {
    errors.push({ path, limit, message: `${path} (the display choices) must be ${limit} (got ${describeValue(d)})` });
    return undefined;
  }
  const display = d as Record<string, unknown>;
  const unknown = Object.keys(display).filter((k) => !DISPLAY_KEYS.has(k));
  const { lanes, colour, cell } = display;
  const bad =
    unknown.length > 0 ||
    (lanes !== undefined && typeof lanes !== 'boolean') ||
    (colour !== undefined && !(MEMORY_COLOURS as readonly unknown[]).includes(colour)) ||
    (cell !== undefined && !(Number.isSafeInteger(cell) && (cell as number) >= 1 && (cell as number) <= MAX_CELL));
  if (bad) {
    errors.push({ path, limit, message: `${path} (the display choices) must be ${limit}` });
    return undefined;
  }
  return {
    ...(lanes !== undefined && { processLanes: lanes as boolean }),
    ...(colour !== undefined && { memoryColour: colour as MemoryColour }),
    ...(cell !== undefined && { memoryCell: cell as number }),
  };
}

function fail(path: string, limit: string, message: string): { ok: false; errors: FieldError[] } {
  return { ok: false, errors: [{ path, limit, message }] };
}
