import type { Scenario } from '../core/index';
import type { FromSim } from './messages';

type WithScenario = Extract<FromSim, { scenario: Scenario }>;

/**
 * A reply as the worker posts it: a loaded or operated reply carries its scenario as JSON text only. Read back
 * by JSON.parse, 10,000 processes cost the page's main thread a few ms, against tens of ms as a structured clone
 * (100,000: hundreds); and the text is what the page autosaves, so the page never serializes the workload.
 */
export type PostedFromSim = Exclude<FromSim, WithScenario> | Omit<WithScenario, 'scenario'>;

/** What the worker posts for `reply`. */
export function postedReply(reply: FromSim): PostedFromSim {
  if (!('scenario' in reply)) return reply;
  const { scenario: _sent, ...posted } = reply;
  return posted;
}

/** The reply the worker made, from what it posted. */
export function receivedReply(posted: PostedFromSim): FromSim {
  return 'scenarioJson' in posted ? ({ ...posted, scenario: JSON.parse(posted.scenarioJson) } as FromSim) : posted;
}
