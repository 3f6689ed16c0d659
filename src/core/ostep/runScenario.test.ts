import { describe, expect, it } from 'vitest';
import { runResult } from '../kernel/result';
import { Simulation } from '../kernel/simulation';
import { BEYOND_ENVELOPE } from '../testing/costly';
import { scenarioOf } from '../testing/scenarioOf';
import { runScenario } from './runScenario';

describe('the runner of OSTEP answers', () => {
  it('gives the result of a run kept for rewinding, without the trace hash no answer prints', () => {
    const s = scenarioOf({ policy: 'RR', quantum: 1 }, [{ bursts: [3_000] }, { arrival: 2, bursts: [2_000, 5, 9] }]);
    const kept = new Simulation(s);
    kept.runToEnd();
    expect(runScenario(s)).toEqual({ ...runResult(kept.state), traceHash: null });
  });

  it('refuses what validation refuses, in its own sentences', () => {
    const refusal = runScenario(BEYOND_ENVELOPE['RR quantum 4, two 10^9-tick bursts'] as never);
    expect(refusal).toMatch(/^The run could need up to [\d,]+ decision points/);
  });
});
