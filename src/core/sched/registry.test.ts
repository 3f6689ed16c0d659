import { describe, expect, it } from 'vitest';
import { builtInPolicy, describeScheduler, POLICY_NAMES, schedulerSchema } from './registry';

describe('the policy registry', () => {
  it("accepts every built-in policy's defaults, and each module is filed under its own name", () => {
    for (const name of POLICY_NAMES) {
      const module = builtInPolicy(name);
      expect(module.name).toBe(name);
      expect(schedulerSchema.safeParse(module.defaults).success).toBe(true);
    }
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
