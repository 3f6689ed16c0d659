import { fetchPublicJson } from '../files/fetchPublicJson';
import type { AppStore } from '../../store/appStore';
import { refusedWith, type LoadResult } from '../../store/results';

/** One entry of public/scenarios/index.json. */
export interface PresetInfo {
  file: string;
  title: string;
  summary: string;
  watchFor: string;
}

/** A bare file name in the scenarios folder: an index entry cannot point anywhere else. */
const FILE_NAME = /^[\w.-]+\.json$/;

/** Relative to the page, so the build works from any sub-path (vite's base is './'). */
const fetchJson = (file: string) => fetchPublicJson('scenarios', file);

function isPresetInfo(x: unknown): x is PresetInfo {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.file === 'string' &&
    FILE_NAME.test(r.file) &&
    typeof r.title === 'string' &&
    typeof r.summary === 'string' &&
    typeof r.watchFor === 'string'
  );
}

/** The preset list; rejects with a sentence for people when the index is missing or malformed. */
export async function fetchPresetIndex(): Promise<PresetInfo[]> {
  const json = await fetchJson('index.json');
  if (!Array.isArray(json)) throw new Error('index.json is not a list of presets');
  return json.filter(isPresetInfo);
}

/**
 * Loads a preset into the store. Never throws: a file that cannot be fetched or parsed is reported as a
 * store error (the simulation keeps its scenario), and a parsed file goes through the one validation step.
 * `stillWanted` is asked once the file has come: the start-up's default gives way to what the viewer opened.
 */
export async function loadPreset(
  store: AppStore,
  file: string,
  stillWanted: () => boolean = () => true,
): Promise<LoadResult> {
  const source = `preset ${file}`;
  try {
    if (!FILE_NAME.test(file)) throw new Error(`${JSON.stringify(file)} is not a preset file name`);
    const input = await fetchJson(file);
    if (!stillWanted()) return refusedWith(`Another scenario was opened before ${file} came.`);
    return await store.getState().load(input, source);
  } catch (e) {
    const message = `The preset could not be loaded: ${e instanceof Error ? e.message : String(e)}. The current scenario is kept.`;
    store.getState().reportError(source, 'preset', 'a readable scenario file', message);
    return refusedWith(message);
  }
}
