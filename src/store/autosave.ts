import type { StoreApi } from 'zustand/vanilla';
import { autosaveText } from '../core/scenario/scenarioText';
import type { Scenario } from '../core/scenario/types';
import type { AppState } from './types';

/** localStorage key of the autosave; the suffix is the envelope's version. */
export const AUTOSAVE_KEY = 'bcos.autosave.v1';
/**
 * The tick and view, saved apart from the scenario: rewriting a 10,000-process scenario every second
 * while playing took long enough to stall a frame, and only the position changes then.
 */
export const AUTOSAVE_POSITION_KEY = 'bcos.autosave.v1.position';
/** The preset the autosaved scenario came from, and whether it was changed since: {f: file, e: edited}. */
export const AUTOSAVE_PRESET_KEY = 'bcos.autosave.v1.preset';
/** A bare file name in the scenarios folder (as presets.ts checks it). */
const PRESET_FILE = /^[\w.-]+\.json$/;
/**
 * The viewer's own work that a link replaced, in the autosave's format: kept until they restore it or let it go,
 * so that opening a link never silently loses it (the autosave itself follows the link's scenario).
 */
export const KEPT_KEY = 'bcos.kept.v1';
/** The preset the kept work came from, as AUTOSAVE_PRESET_KEY holds it. */
export const KEPT_PRESET_KEY = 'bcos.kept.v1.preset';

/** The scenario last written, its JSON and the preset written with it, kept by the share slice between saves. */
export interface SavedScenario {
  scenario: Scenario;
  json: string;
  preset: { file: string; json: string } | null;
}

/**
 * What to write for an autosave, in order, and the saved scenario afterwards: the scenario only when it is not
 * the one last written (so saving a new tick does not write the workload again), the preset it came from
 * when that changed (the Preset menu names it after a reload), then the position.
 */
export function autosaveWrites(
  saved: SavedScenario | null,
  scenario: Scenario,
  scenarioJson: string,
  tick: number,
  view: string,
  preset: { file: string; json: string } | null = null,
): { saved: SavedScenario; writes: [key: string, value: string][] } {
  const position: [string, string] = [AUTOSAVE_POSITION_KEY, JSON.stringify({ t: tick, w: view })];
  const same = saved?.scenario === scenario;
  if (same && saved.preset === preset) return { saved, writes: [position] };
  const json = same ? saved.json : scenarioJson;
  const writes: [string, string][] = same ? [] : [[AUTOSAVE_KEY, autosaveText(json, tick, view)]];
  writes.push([AUTOSAVE_PRESET_KEY, presetRecord(preset, json)], position);
  return { saved: { scenario, json, preset }, writes };
}

/** What AUTOSAVE_PRESET_KEY holds for a scenario (as JSON) loaded from `preset`, or not. */
export function presetRecord(preset: { file: string; json: string } | null, json: string): string {
  return JSON.stringify(preset ? { f: preset.file, e: json !== preset.json } : null);
}

/**
 * The preset of the autosaved scenario as the store keeps it (`json` is the preset's own scenario: the restored
 * one when it was not changed, else '' so that it reads as edited), or null; anything malformed is ignored.
 */
export function savedPreset(restoredJson: string, key = AUTOSAVE_PRESET_KEY): { file: string; json: string } | null {
  try {
    const raw: unknown = JSON.parse(readStored(key) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const { f, e } = raw as { f?: unknown; e?: unknown };
    if (typeof f !== 'string' || !PRESET_FILE.test(f) || typeof e !== 'boolean') return null;
    return { file: f, json: e ? '' : restoredJson };
  } catch {
    return null;
  }
}

/** localStorage, or null where it is missing or refused (private modes, sandboxed frames). */
export function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The stored text at `key`, or null when there is none or storage is refused. */
export function readStored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes (or, with null, removes) `key`; false when storage is missing, refused or full. */
export function writeStored(key: string, text: string | null): boolean {
  try {
    const store = storage();
    if (!store) return false;
    if (text === null) store.removeItem(key);
    else store.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** The saved tick and view, when they are there and well formed (anything else is ignored). */
export function savedPosition(): { tick: number; tab: string } | undefined {
  try {
    const raw: unknown = JSON.parse(storage()?.getItem(AUTOSAVE_POSITION_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { t, w } = raw as { t?: unknown; w?: unknown };
    return Number.isSafeInteger(t) && (t as number) >= 0 && typeof w === 'string' && w.length <= 32
      ? { tick: t as number, tab: w }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves after every accepted scenario change (and change of the preset it came from) in the next task, and after
 * tick or view changes at most once per `intervalMs` (the last change is always saved). Returns a function that
 * stops watching.
 */
export function watchAutosave(store: StoreApi<AppState>, intervalMs = 1000, clockMs = () => Date.now()): () => void {
  let lastSave = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastSave = clockMs();
    store.getState().saveAutosave();
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.scenario !== prev.scenario || s.preset !== prev.preset) {
      // Not in the task that applied the scenario, which also draws its first frame: writing it is a task of its
      // own (a large scenario's text is megabytes, 10-20 ms to write or be refused).
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(save, 0);
    } else if (s.frame?.tick !== prev.frame?.tick || s.view !== prev.view) {
      const wait = lastSave + intervalMs - clockMs();
      if (wait <= 0) save();
      else timer ??= setTimeout(save, wait);
    }
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
