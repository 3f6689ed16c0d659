import { describe, expect, it } from 'vitest';
import { validateScenario } from '../core/index';
import { scenarioOf } from '../core/testing/scenarioOf';
import { PROTOCOL_VERSION, type FromSim } from '../protocol';
import { UPCOMING_SHOWN } from './frame';
import { createHandler } from './handler';

describe('the processes not yet arrived', () => {
  it('are listed by pid up to UPCOMING_SHOWN, the next to arrive first, and counted in full', () => {
    // 60 processes, pids given in an order other than their arrival's
    const jobs = Array.from({ length: 60 }, (_, i) => ({ arrival: 10 + ((i * 37) % 60), bursts: [2] }));
    const v = validateScenario(scenarioOf({ policy: 'FIFO' }, jobs));
    if (!v.ok) throw new Error(v.errors[0]?.message);
    const handle = createHandler({ nowMs: () => 0 });
    let id = 0;
    const ask = (msg: object) => handle({ ...msg, id: ++id })[0] as FromSim;
    ask({ type: 'hello', protocol: PROTOCOL_VERSION });
    const loaded = ask({ type: 'load', scenario: v.scenario });
    if (loaded.type !== 'loaded') throw new Error(loaded.type);
    const byArrival = [...v.scenario.processes].sort((a, b) => a.arrival - b.arrival || a.pid - b.pid);
    expect(loaded.frame.upcoming).toEqual({
      pids: byArrival.slice(0, UPCOMING_SHOWN).map((p) => p.pid),
      total: 60,
    });
    expect(UPCOMING_SHOWN).toBeLessThan(60);
  });
});
