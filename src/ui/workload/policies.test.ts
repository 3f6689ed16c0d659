import { describe, expect, it } from 'vitest';
import { describeConfig } from './policies';

describe('describeConfig', () => {
  it('names the lottery options that change a run', () => {
    expect(describeConfig({ policy: 'LOTTERY', quantum: 2 })).toBe('Lottery (quantum 2)');
    expect(describeConfig({ policy: 'LOTTERY', quantum: 1, draw: 'python', fullQuantum: true })).toBe(
      'Lottery (quantum 1, Python draws, full quanta)',
    );
  });

  it("names a PID scan's two rules", () => {
    expect(describeConfig({ policy: 'PID_SCAN', switchOnIo: true, ioCompletion: 'later' })).toBe(
      'PID scan (switch on I/O, I/O done: wait its turn)',
    );
    expect(describeConfig({ policy: 'PID_SCAN', switchOnIo: false, ioCompletion: 'immediate' })).toBe(
      'PID scan (switch on end, I/O done: run at once)',
    );
  });
});
