import { describe, expect, it } from 'vitest';
import { validateProcessSpec, validateScenario } from './validate';
import { forPeople, sayFieldError } from './fieldWords';

const scenario = (processes: unknown[]) => ({
  format: 'bcos-scenario',
  version: 3,
  scheduler: { policy: 'RR', quantum: 0 },
  processes,
});

function refusal(input: unknown) {
  const v = validateScenario(input);
  if (v.ok) throw new Error('accepted');
  return forPeople(v.errors, input);
}

describe('sayFieldError', () => {
  it('names a burst by its number and the process by its PID, with the limit it broke', () => {
    const input = scenario([
      { pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [3] },
      { pid: 3, name: 'b', type: 'USER', arrival: 0, bursts: [4, -1, 2] },
    ]);
    const messages = refusal(input).map((e) => e.message);
    expect(messages).toContain('Burst 2 (I/O) of P3 must be at least 0 ticks (it is -1).');
    expect(messages).toContain("The scheduler's quantum must be at least 1 tick (it is 0).");
    expect(messages.join(' ')).not.toMatch(/processes\[|bursts\[/);
  });

  it('keeps the path and the limit for programs', () => {
    const input = scenario([{ pid: 3, name: 'b', type: 'USER', arrival: -1, bursts: [4] }]);
    const arrival = refusal(input).find((e) => e.path === 'processes[0].arrival');
    expect(arrival).toMatchObject({ limit: expect.stringContaining('integer') });
    expect(arrival?.message).toBe('The arrival tick of P3 must be at least 0 ticks (it is -1).');
  });

  it('says a value above the range as "at most", and a process without a readable PID by its place', () => {
    const input = scenario([{ name: 'b', type: 'USER', arrival: 0, bursts: [2_000_000_000] }]);
    const messages = refusal(input).map((e) => e.message);
    expect(messages).toContain(
      'Burst 1 (CPU) of process 1 in the list must be at most 1,000,000,000 ticks (it is 2000000000).',
    );
  });

  it('words a single process (the editor form) without a list around it', () => {
    const v = validateProcessSpec(
      { pid: 2, name: 'x', type: 'USER', arrival: 0, bursts: [5, -1, 2] },
      {
        existingPids: [],
        nodeGpus: 0,
      },
    );
    expect(!v.ok && forPeople(v.errors).map((e) => e.message)).toEqual([
      'Burst 2 (I/O) must be at least 0 ticks (it is -1).',
    ]);
  });

  it('leaves a message that does not name its path as it is', () => {
    const e = { path: 'link', limit: 'x', message: 'The link could not be read.' };
    expect(sayFieldError(e)).toBe('The link could not be read.');
  });
});
