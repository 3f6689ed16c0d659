import { describe, expect, it } from 'vitest';
import { EVERY_SCHEDULER } from '../testing/schedulers';
import { scenarioOf } from '../testing/scenarioOf';
import { bySeq, seqRank } from './policy';
import { builtInPolicy, createPolicy, describeScheduler, POLICY_NAMES, schedulerSchema } from './registry';

describe('the policy registry', () => {
  it("accepts every built-in policy's defaults, and each module is filed under its own name", () => {
    for (const name of POLICY_NAMES) {
      const module = builtInPolicy(name);
      expect(module.name).toBe(name);
      expect(schedulerSchema.safeParse(module.defaults).success).toBe(true);
    }
  });

  it('keeps its ready queue in readySeq order only where the policy orders by readySeq alone, and nothing moves it', () => {
    const inSeqOrder = EVERY_SCHEDULER.map((config) => createPolicy(scenarioOf(config, [{ bursts: [1] }])))
      .filter((policy) => policy.seqOrder)
      .map((policy) => {
        const { compare, rank, dynamicKeys, keysGrew, keysChanged, nextTimer, pick, pickFor } = policy;
        expect({ compare, rank, dynamicKeys }).toEqual({ compare: bySeq, rank: seqRank, dynamicKeys: false });
        expect([keysGrew, keysChanged, nextTimer, pick, pickFor]).toEqual([
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
        ]);
        return policy;
      });
    expect(inSeqOrder).toHaveLength(2);
  });

  it('names the lottery options that change a run', () => {
    expect(describeScheduler({ policy: 'LOTTERY', quantum: 2 })).toBe('Lottery (quantum 2)');
    expect(describeScheduler({ policy: 'LOTTERY', quantum: 1, draw: 'python', fullQuantum: true })).toBe(
      'Lottery (quantum 1, Python draws, full quanta)',
    );
  });

  it("names a PID scan's two rules, and a policy without parameters by its label", () => {
    expect(describeScheduler({ policy: 'PID_SCAN', switchOnIo: true, ioCompletion: 'later' })).toBe(
      'PID scan (switch on I/O, I/O done: wait its turn)',
    );
    expect(describeScheduler({ policy: 'PID_SCAN', switchOnIo: false, ioCompletion: 'immediate' })).toBe(
      'PID scan (switch on end, I/O done: run at once)',
    );
    expect(describeScheduler({ policy: 'SRTF' })).toBe('SRTF');
  });
});
