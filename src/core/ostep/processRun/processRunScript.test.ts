import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { processRunScript } from './processRunScript';
import { burstsProgramText, programBursts } from './processRunWorkload';

function solve(argv: string[]) {
  const parsed = optparse(argv, processRunScript.specs, processRunScript.defaults);
  if (!parsed.ok) return { ok: false as const, error: parsed.error };
  return processRunScript.solve(parsed.values, runScenario);
}

function scenarioOf(argv: string[]): Scenario {
  const parsed = optparse(argv, processRunScript.specs, processRunScript.defaults);
  const s = parsed.ok ? processRunScript.scenario?.(parsed.values) : parsed.error;
  if (typeof s !== 'object') throw new Error(String(s));
  return s;
}

const flagsOf = (x: Scenario) => processRunScript.flagsOf?.(x);

describe('processRunScript', () => {
  it('turns a program into bursts: io ends a CPU burst, io_done opens the next one', () => {
    expect(programBursts(['cpu', 'cpu', 'io', 'io_done', 'cpu'], 4)).toEqual([3, 4, 2]);
    expect(programBursts(['io', 'io_done', 'io', 'io_done'], 5)).toEqual([1, 5, 2, 5, 1]);
    expect(burstsProgramText([3, 4, 2])).toBe('c2,i,c1');
    expect(burstsProgramText([1, 5, 2, 5, 1])).toBe('i,i');
    expect(burstsProgramText([1, 5, 1, 5, 1])).toEqual({ error: expect.stringMatching(/at least 2 ticks/) });
  });

  it('answers as data: per tick states from the run, the * of a completion, and the totals', () => {
    // python3 process-run.py -P c1,i:c2 -L 2 -c -p (Python 3.11.7)
    const r = solve(['-P', 'c1,i:c2', '-L', '2', '-c', '-p']);
    if (!r.ok) throw new Error(r.error);
    expect(r.answer.ticks.map((t) => [t.t, t.ioDone, ...t.states, t.cpu, t.ioInFlight])).toEqual([
      [1, false, 'RUN:cpu', 'READY', 1, 0],
      [2, false, 'RUN:io', 'READY', 1, 0],
      [3, false, 'BLOCKED', 'RUN:cpu', 1, 1],
      [4, false, 'BLOCKED', 'RUN:cpu', 1, 1],
      [5, true, 'RUN:io_done', 'DONE', 1, 0],
    ]);
    expect(r.answer.stats).toEqual({ totalTime: 5, cpuBusy: 5, ioBusy: 2 });
    expect(r.answer.procs).toEqual([
      { pid: 0, lastRunTick: 5 },
      { pid: 1, lastRunTick: 4 },
    ]);
    expect(r.text.endsWith('\nStats: Total Time 5\nStats: CPU Busy 5 (100.00%)\nStats: IO Busy  2 (40.00%)\n\n')).toBe(
      true,
    );
  });

  it("becomes a valid PID scan scenario with OSTEP's rules as options", () => {
    const s = scenarioOf(['-P', 'c2,i:c1', '-L', '3', '-S', 'SWITCH_ON_END', '-I', 'IO_RUN_IMMEDIATE']);
    expect(validateScenario(s).ok).toBe(true);
    expect(s.scheduler).toEqual({ policy: 'PID_SCAN', switchOnIo: false, ioCompletion: 'immediate' });
    expect(s.processes.map((p) => p.bursts)).toEqual([[3, 3, 1], [1]]);
  });

  it.each([
    [['-P', 'c3,i,c2:i,i:c1', '-L', '2', '-S', 'SWITCH_ON_END']],
    [['-l', '4:50,5:30', '-s', '8', '-I', 'IO_RUN_IMMEDIATE']],
    [['-P', 'i,c0,i', '-L', '1']],
  ])('round-trips %j: flags -> scenario -> flags give the same answers', (argv) => {
    const flags = processRunScript.flagsOf?.(scenarioOf(argv));
    if (typeof flags === 'string' || flags === undefined) throw new Error(String(flags));
    const a = solve([...argv, '-c']);
    const b = solve([...flags, '-c']);
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(b.answer).toEqual(a.answer);
  });

  it('says why a scenario is not a process-run.py problem', () => {
    const s = scenarioOf(['-P', 'c2,i:c1', '-L', '3']);
    expect(flagsOf({ ...s, scheduler: { policy: 'RR', quantum: 2 } })).toMatch(
      /pid order \(PID_SCAN\); the scenario uses RR/,
    );
    expect(
      flagsOf({
        ...s,
        processes: [
          { ...(s.processes[0] as Scenario['processes'][number]), bursts: [1, 2, 1, 3, 1] },
          s.processes[1] as Scenario['processes'][number],
        ],
      }),
    ).toMatch(/same length/);
    expect(flagsOf({ ...s, processes: s.processes.map((p) => ({ ...p, arrival: 1 })) })).toMatch(/arrives at 1/);
    expect(flagsOf({ ...s, options: { ...s.options, ioDevices: 1 } })).toMatch(/every I\/O at once/);
  });

  it.each([
    [[], '-l/--processlist: process 0 is ""'],
    [['-P', 'c2', '-L', '-1'], '-L/--iolength must be at least 0 (got -1)'],
    [['-P', 'c2', '-S', 'FOO'], '-S/--switch must be SWITCH_ON_IO or SWITCH_ON_END (got "FOO")'],
    [['-P', 'c2', '-I', 'NOW'], '-I/--iodone must be IO_RUN_LATER or IO_RUN_IMMEDIATE (got "NOW")'],
    [['-P', 'x3'], '-P/--program: bad opcode "x" in process 0 (should be c or i)'],
    [['-P', 'c1,,c2'], '-P/--program: process 0 has an empty instruction'],
    [['-P', 'c'], '-P/--program: process 0 has "c"; c must be followed by a whole number'],
    [['-P', 'c4000001'], '-P/--program: more than 4000000 instructions in all'],
    [['-P', Array(5000).fill('i').join(',')], '-P/--program: process 0 does more than 4999 I/Os'],
    [
      ['-P', 'c100001'],
      '-P/--program: the processes have 100001 instructions; the answer as data holds a line per instruction, at most 100000',
    ],
    [
      ['-P', 'c5,i', '-L', '1000000'],
      '-L/--iolength: the run could take 1000007 ticks; the answer as data holds an entry per tick, at most 1000000',
    ],
    [
      ['-P', 'i:i:i:i:i:i:i:i:i:i:i:i', '-L', '80000'],
      '-P/--program: 12 processes over up to 960024 ticks; the answer as data holds a state per process per tick, at most 10000000',
    ],
  ])('refuses %j, naming the flag and its limit', (argv, message) => {
    const r = solve(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it("runs a process of 4999 I/Os, the most a scenario's bursts hold", () => {
    const r = solve(['-P', Array(4999).fill('i').join(','), '-L', '0', '-c', '-p']);
    if (!r.ok) throw new Error(r.error);
    expect(r.text).toContain('Stats: Total Time 9998\n');
  });

  it('prints the problem without -c and ignores -p then, as OSTEP does', () => {
    const r = solve(['-P', 'c1,i', '-p']);
    if (!r.ok) throw new Error(r.error);
    expect(r.text).toBe(
      'Produce a trace of what would happen when you run these processes:\nProcess 0\n  cpu\n  io\n  io_done\n\nImportant behaviors:\n  System will switch when the current process is FINISHED or ISSUES AN IO\n  After IOs, the process issuing the IO will run LATER (when it is its turn)\n\n',
    );
  });
});
