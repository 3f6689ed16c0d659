import { autosaveText, parseAutosave } from '../core/scenario/shareFile';
import type { Scenario } from '../core/scenario/types';
import {
  AUTOSAVE_KEY,
  AUTOSAVE_PRESET_KEY,
  KEPT_KEY,
  KEPT_PRESET_KEY,
  presetRecord,
  readStored,
  writeStored,
} from './autosave';
import type { AppState } from './types';

/** The viewer's work as the autosave keeps it: its text, and its preset record (AUTOSAVE_PRESET_KEY). */
export interface Work {
  text: string | null;
  preset: string | null;
}

/** The viewer's work: the scenario loaded now, else (at startup, before anything is loaded) the autosave. */
export function ownWork(s: Pick<AppState, 'scenario' | 'frame' | 'view' | 'preset'>): Work {
  if (!s.scenario) return { text: readStored(AUTOSAVE_KEY), preset: readStored(AUTOSAVE_PRESET_KEY) };
  const json = JSON.stringify(s.scenario);
  return { text: autosaveText(json, s.frame?.tick ?? 0, s.view), preset: presetRecord(s.preset, json) };
}

/**
 * Keeps `work` under KEPT_KEY unless it is the scenario a link brought (or there is none); returns what the
 * notice names, or null when nothing was kept.
 */
export function keepWork(work: Work, linked: Scenario): { title: string } | null {
  const parsed = work.text === null ? null : parseAutosave(work.text);
  if (!parsed?.ok || JSON.stringify(parsed.payload.scenario) === JSON.stringify(linked)) return null;
  if (!writeStored(KEPT_KEY, work.text)) return null;
  writeStored(KEPT_PRESET_KEY, work.preset);
  return { title: parsed.payload.scenario.title };
}

/** The title of the work kept from an earlier link, or null when there is none. */
export function keptTitle(): { title: string } | null {
  const text = readStored(KEPT_KEY);
  const parsed = text === null ? null : parseAutosave(text);
  return parsed?.ok ? { title: parsed.payload.scenario.title } : null;
}
