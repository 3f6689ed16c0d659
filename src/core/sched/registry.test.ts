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

  it('keeps its ready queue in bands in readySeq order only where the policy orders by band and readySeq alone', () => {
    const banded = EVERY_SCHEDULER.map((config) => createPolicy(scenarioOf(config, [{ bursts: [1] }])))
      .filter((policy) => policy.seqBands !== undefined)
      .map((policy) => {
        const { rank, keysGrew, pick, pickFor, seqBands, band } = policy;
        expect(rank).toBeDefined();
        expect([keysGrew, pick, pickFor]).toEqual([undefined, undefined, undefined]);
        // One band: nothing moves a process in it (FIFO, RR); more: their band says where (an MLFQ's levels).
        if (seqBands !== 1) expect(band).toBeDefined();
        else {
          const { compare, dynamicKeys, keysChanged, nextTimer } = policy;
          expect({ compare, rank, dynamicKeys, band }).toEqual({
            compare: bySeq,
            rank: seqRank,
            dynamicKeys: false,
            band: undefined,
          });
          expect([keysChanged, nextTimer]).toEqual([undefined, undefined]);
        }
        return policy;
      });
    expect(banded).toHaveLength(3);
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
