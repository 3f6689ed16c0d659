import { fetchPublicJson } from '../files/fetchPublicJson';
import type { AppStore } from '../../store/appStore';
import { refusedWith, type LoadResult } from '../../store/results';
import { isPresetInfo, PRESET_FILE_NAME, type PresetInfo } from '../../core/scenario/presetIndex';

/** Relative to the page, so the build works from any sub-path (vite's base is './'). */
const fetchJson = (file: string) => fetchPublicJson('scenarios', file);

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
    if (!PRESET_FILE_NAME.test(file)) throw new Error(`${JSON.stringify(file)} is not a preset file name`);
    const input = await fetchJson(file);
    if (!stillWanted()) return refusedWith(`Another scenario was opened before ${file} came.`);
    return await store.getState().load(input, source);
  } catch (e) {
    const message = `The preset could not be loaded: ${e instanceof Error ? e.message : String(e)}. The current scenario is kept.`;
    store.getState().reportError(source, 'preset', 'a readable scenario file', message);
    return refusedWith(message);
  }
}
