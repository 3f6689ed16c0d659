import { parseEnvelope, type PayloadResult } from './shareEnvelope';
import { parseJsonText } from './shareJson';
import { MAX_FILE_CHARS } from './scenarioText';
import { validateScenario, type Validation } from './validate';

export { autosaveText, MAX_FILE_CHARS } from './scenarioText';

/** A scenario file's text (as exported, or as the presets are written) -> the validated scenario. Never throws. */
export function parseScenarioFile(text: string, name: string): Validation {
  try {
    const json = parseJsonText(text, name, MAX_FILE_CHARS);
    return json.ok ? validateScenario(json.value) : json;
  } catch {
    return { ok: false, errors: [{ path: name, limit: 'a readable file', message: `${name} could not be read.` }] };
  }
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
