import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { lotteryScript } from './lotteryScript';

function solve(argv: string[]) {
  const parsed = optparse(argv, lotteryScript.specs, lotteryScript.defaults);
  if (!parsed.ok) return { ok: false as const, error: parsed.error };
  return lotteryScript.solve(parsed.values, runScenario);
}

function scenarioOf(argv: string[]): Scenario {
  const parsed = optparse(argv, lotteryScript.specs, lotteryScript.defaults);
  const s = parsed.ok ? lotteryScript.scenario?.(parsed.values) : parsed.error;
  if (typeof s !== 'object') throw new Error(String(s));
  return s;
}

const flagsOf = (x: Scenario) => lotteryScript.flagsOf?.(x);

describe('lotteryScript', () => {
  it("answers the README's example as data: every draw, and each job's finish", () => {
    const r = solve(['-j', '2', '-s', '0', '-c']);
    if (!r.ok) throw new Error(r.error);
    // python3 lottery.py -j 2 -s 0 -c (Python 3.11.7): jobs 8:75 and 4:25, job 1 done at 6, job 0 at 12.
    expect(r.answer.draws).toHaveLength(12);
    expect(r.answer.draws[0]).toEqual({ r: 511275, winningTicket: 75, totalTickets: 100, job: 1 });
    expect(r.answer.draws[6]).toEqual({ r: 908113, winningTicket: 13, totalTickets: 75, job: 0 });
    expect(r.answer.jobs).toEqual([
      { id: 0, finish: 12 },
      { id: 1, finish: 6 },
    ]);
  });

  it('finishes on quantum boundaries: a job that ends inside its quantum is done at the quantum end', () => {
    const r = solve(['-l', '3:10,5:20', '-q', '2', '-c']);
    if (!r.ok) throw new Error(r.error);
    expect(r.answer.jobs).toEqual([
      { id: 0, finish: 6 },
      { id: 1, finish: 10 },
    ]);
  });

  it('becomes a valid scenario: Python draws past the job list, whole quanta, tickets per process', () => {
    const s = scenarioOf(['-s', '3', '-j', '4', '-q', '2']);
    // 4 jobs draw a length and tickets each; one draw of int(10 * random()) is 0 and is drawn again: 9 values.
    expect(validateScenario(s).ok).toBe(true);
    expect(s.scheduler).toEqual({ policy: 'LOTTERY', quantum: 2, draw: 'python', drawOffset: 9, fullQuantum: true });
    expect(s.seed).toBe(3);
    expect(s.processes.every((p) => p.arrival === 0 && p.bursts.length === 1 && p.tickets !== undefined)).toBe(true);
  });

  it.each([
    [['-l', '10:100,20:50', '-q', '3', '-s', '7']],
    [['-s', '5', '-j', '3']],
    [['-s', '-9', '-j', '2', '-q', '2']],
  ])('round-trips %j: flags -> scenario -> flags give the same answers', (argv) => {
    const flags = lotteryScript.flagsOf?.(scenarioOf(argv));
    if (typeof flags === 'string' || flags === undefined) throw new Error(String(flags));
    const a = solve([...argv, '-c']);
    const b = solve([...flags, '-c']);
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(b.answer).toEqual(a.answer);
  });

  it('says why a scenario is not a lottery.py problem', () => {
    const s = scenarioOf(['-l', '4:10,2:20']);
    expect(flagsOf({ ...s, scheduler: { policy: 'FIFO' } })).toBe('lottery.py runs a lottery; the scenario uses FIFO');
    expect(flagsOf({ ...s, scheduler: { policy: 'LOTTERY', quantum: 1 } })).toMatch(/draw to 'python'/);
    expect(flagsOf({ ...s, scheduler: { policy: 'LOTTERY', quantum: 1, draw: 'python' } })).toMatch(/whole quantum/);
    expect(flagsOf({ ...s, processes: s.processes.map((p) => ({ ...p, arrival: 2 })) })).toMatch(/arrives at 2/);
    expect(flagsOf({ ...s, processes: s.processes.map((p) => ({ ...p, bursts: [1, 2, 1] })) })).toMatch(/no I\/O/);
    expect(flagsOf({ ...s, node: { ...s.node, cpus: 2 } })).toMatch(/one CPU/);
  });

  it.each([
    [['-s', '4294967296'], '-s/--seed must be between -4294967295 and 4294967295'],
    [['-q', '0'], '-q/--quantum must be between 1 and 1000000 ticks (got 0)'],
    [['-j', '0'], '-j/--jobs must be between 1 and 100000 (got 0)'],
    [['-m', '1'], '-m/--maxlen must be between 2 and 1000000000 (got 1); OSTEP loops forever below 2'],
    [['-T', '0'], '-T/--maxticket must be between 2 and 1000001 (got 0); OSTEP loops forever below 2'],
    [['-l', '5:10,'], '-l/--jlist: job 1 is ""; each job is length:tickets'],
    [['-l', '5:x'], '-l/--jlist: job 0 is "5:x"; length and tickets must be whole numbers'],
    [['-l', '0:10'], '-l/--jlist: job 0 has length 0; each job needs between 1 and 1000000000 ticks here'],
    [['-l', '5:0'], '-l/--jlist: job 0 has 0 tickets; each job needs between 1 and 1000000 tickets'],
    [['-l', '999999999:1,2:1'], '-l/--jlist: the jobs add up to 1000000001 ticks; at most 1000000000'],
    [
      ['-l', '999999:1,2:1'],
      '-l/--jlist: the jobs add up to 1000001 ticks; the answer as data holds a random number per tick, at most 1000000 (about 30 MB)',
    ],
    [['-j', '20000', '-m', '50'], '-j/--jobs and -m/--maxlen: 20000 jobs over'],
  ])('refuses %j, naming the flag and its limit', (argv, message) => {
    const r = solve(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it("reads -l's numbers as Python's int() does (decimal, spaces and underscores allowed)", () => {
    const r = solve(['-l', ' 5 : 010 ,1_0:3', '-c']);
    if (!r.ok) throw new Error(r.error);
    expect(r.text).toContain('  Job 0 ( length = 5, tickets = 10 )\n  Job 1 ( length = 10, tickets = 3 )\n');
  });
});
