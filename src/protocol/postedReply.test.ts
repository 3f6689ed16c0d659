import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../core/testing/scenarioOf';
import type { FromSim, ScenarioFacts } from './messages';
import type { WireFrame } from './frame';
import { postedReply, receivedReply } from './postedReply';

const scenario = scenarioOf({ policy: 'RR', quantum: 2 }, [{ bursts: [5, 3, 2] }, { arrival: 1, bursts: [4] }]);
// The conversion touches the scenario only; the rest travels as it is.
const frame = { tick: 3 } as WireFrame;
const facts = { scheduler: 'RR' } as ScenarioFacts;
const scenarioJson = JSON.stringify(scenario);

describe('postedReply / receivedReply', () => {
  it('posts a loaded or operated reply with its scenario as text only, and reads back the reply made', () => {
    const replies: FromSim[] = [
      { type: 'loaded', id: 2, frame, scenario, scenarioJson, facts, shared: {} },
      { type: 'operated', id: 3, frame, scenario, scenarioJson, facts, narration: [] },
    ];
    for (const reply of replies) {
      const posted = postedReply(reply);
      expect('scenario' in posted).toBe(false);
      expect(posted).toMatchObject({ scenarioJson, frame, facts });
      expect(receivedReply(structuredClone(posted))).toEqual(reply);
    }
  });

  it('posts every other reply as it is', () => {
    const moved: FromSim = { type: 'frame', id: 4, frame };
    expect(postedReply(moved)).toBe(moved);
    expect(receivedReply(moved)).toBe(moved);
  });
});
