import { parseEnvelope, type PayloadResult } from './shareEnvelope';
import { parseJsonText } from './shareJson';
import { validateScenario, type Validation } from './validate';

/**
 * Largest scenario file read, in characters (UTF-16 code units): 64 Mi, room for the largest workloads
 * validation allows in practice while a mistaken multi-gigabyte file is refused before it is parsed.
 */
export const MAX_FILE_CHARS = 64 * 1024 * 1024;

/** A scenario file's text (as exported, or as the presets are written) -> the validated scenario. Never throws. */
export function parseScenarioFile(text: string, name: string): Validation {
  try {
    const json = parseJsonText(text, name, MAX_FILE_CHARS);
    return json.ok ? validateScenario(json.value) : json;
  } catch {
    return { ok: false, errors: [{ path: name, limit: 'a readable file', message: `${name} could not be read.` }] };
  }
}

/**
 * The autosave's text: the share envelope as plain JSON. `scenarioJson` is JSON.stringify of the scenario,
 * made once per scenario so that saving a new tick does not serialize the workload again.
 */
export function autosaveText(scenarioJson: string, tick: number, tab: string): string {
  return `{"v":1,"t":${JSON.stringify(tick)},"w":${JSON.stringify(tab)},"s":${scenarioJson}}`;
}

/** The autosave's text -> payload, through the same checks as a link. Never throws. */
export function parseAutosave(text: string): PayloadResult {
  try {
    const json = parseJsonText(text, 'autosave', MAX_FILE_CHARS);
    return json.ok ? parseEnvelope(json.value, 'autosave') : json;
  } catch {
    return {
      ok: false,
      errors: [{ path: 'autosave', limit: 'a readable autosave', message: 'The autosave could not be read.' }],
    };
  }
}
