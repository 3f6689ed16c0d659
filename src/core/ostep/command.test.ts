import { describe, expect, it } from 'vitest';
import { Simulation } from '../kernel/simulation';
import { runResult } from '../kernel/result';
import { validateScenario } from '../scenario/validate';
import { ostepCommand } from './command';

function run(line: string) {
  const c = ostepCommand(line);
  if (!c.ok) throw new Error(c.error);
  const v = validateScenario(c.scenario);
  if (!v.ok) throw new Error(v.errors[0]?.message);
  const sim = new Simulation(v.scenario);
  sim.runToEnd();
  return runResult(sim.state);
}

describe('an OSTEP command pasted in', () => {
  it('becomes the same scenario sim ostep runs: the book example FIFO -l 100,100,100', () => {
    const r = run('./scheduler.py -p FIFO -l 100,100,100');
    expect(r.summary.avgTurnaround).toBe(200);
    expect(r.summary.avgResponse).toBe(100);
  });

  it('takes python3 in front, quotes, and mlfq.py with its rules', () => {
    const r = run('python3 mlfq.py -n 3 -q 10 -l "0,200,0:100,20,0" -c');
    expect(r.processes.map((p) => p.completion)).toEqual([220, 120]);
  });

  it('refuses other scripts and bad flags with a message naming them', () => {
    expect(ostepCommand('lottery.py -l 10:100')).toMatchObject({ ok: false, error: expect.stringContaining('scheduler.py or mlfq.py') });
    expect(ostepCommand('scheduler.py -q 0 -p RR')).toMatchObject({ ok: false, error: expect.stringContaining('-q/--quantum') });
    expect(ostepCommand('mlfq.py --nope')).toMatchObject({ ok: false });
    expect(ostepCommand('')).toMatchObject({ ok: false });
  });
});
