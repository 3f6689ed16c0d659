import {
  decodeShare,
  describeScheduler,
  estimateCost,
  loneQuantum,
  parseAutosave,
  parseScenarioFile,
  type Scenario,
  type ShareDecoding,
} from '../core/index';
import type { ScenarioFacts, ScenarioText } from '../protocol';

/** A scenario's text -> its payload, through the one validation step (a file carries no view). Never throws. */
export function decodeText(text: ScenarioText): ShareDecoding {
  switch (text?.kind) {
    case 'file': {
      const v = parseScenarioFile(text.text, text.name);
      return v.ok ? { ok: true, payload: { scenario: v.scenario } } : v;
    }
    case 'link':
      return decodeShare(text.fragment);
    case 'autosave':
      return parseAutosave(text.text);
    default:
      return {
        ok: false,
        errors: [{ path: 'text', limit: 'a file, a link or the autosave', message: 'The scenario could not be read.' }],
      };
  }
}

/**
 * Worked out once a scenario: the page's `end` with `atMost`, right behind each load and operation, asks for the
 * cost again (a pass over every process).
 */
const factsMade = new WeakMap<Scenario, ScenarioFacts>();

/** What the page shows of a scenario and cannot work out without the core. */
export function factsOf(scenario: Scenario): ScenarioFacts {
  const made = factsMade.get(scenario);
  if (made) return made;
  const { steps, horizon } = estimateCost(scenario);
  const facts = {
    scheduler: describeScheduler(scenario.scheduler),
    loneQuantum: loneQuantum(scenario.scheduler),
    cost: { steps, horizon },
  };
  factsMade.set(scenario, facts);
  return facts;
}
