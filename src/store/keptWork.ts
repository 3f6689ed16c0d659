import { autosaveText } from '../core/scenario/scenarioText';
import type { Scenario, SharePayload } from '../core/index';
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

/** An autosave's text read by the worker (decoded and validated there), or null when it is not a good one. */
export type ReadAutosave = (text: string) => Promise<SharePayload | null>;

/**
 * Keeps `work` under KEPT_KEY unless it is the scenario a link brought (or there is none); returns what the
 * notice names, or null when nothing was kept.
 */
export async function keepWork(work: Work, linked: Scenario, read: ReadAutosave): Promise<{ title: string } | null> {
  const payload = work.text === null ? null : await read(work.text);
  if (!payload || JSON.stringify(payload.scenario) === JSON.stringify(linked)) return null;
  if (!writeStored(KEPT_KEY, work.text)) return null;
  writeStored(KEPT_PRESET_KEY, work.preset);
  return { title: payload.scenario.title };
}

/** The title of the work kept from an earlier link, or null when there is none. */
export async function keptTitle(read: ReadAutosave): Promise<{ title: string } | null> {
  const text = readStored(KEPT_KEY);
  const payload = text === null ? null : await read(text);
  return payload ? { title: payload.scenario.title } : null;
}
