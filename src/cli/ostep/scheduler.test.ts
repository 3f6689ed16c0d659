import { describe, expect, it } from 'vitest';
import { ostepRandomJobLengths, ostepSchedulerScenario } from '../../core/ostep/scheduler/schedulerWorkload';
import { validateScenario } from '../../core/scenario/validate';
import { runCli } from '../runCli';

function sim(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(['ostep', 'scheduler', ...argv], {
    readText: () => '',
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const answers = (...argv: string[]) => {
  const r = sim(...argv, '--json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
};
const lengthsOf = (...argv: string[]) =>
  [...sim(...argv).out.matchAll(/Job (\d+) \( length = (\d+) \)/g)].map((m) => Number(m[2]));

describe('sim ostep scheduler: hand-worked examples (OSTEP chapter 7)', () => {
  it('FIFO -l 100,100,100: average turnaround 200, response 100, wait 100', () => {
    const a = answers('-p', 'FIFO', '-l', '100,100,100');
    expect(a.jobs).toEqual([
      { id: 0, response: 0, turnaround: 100, wait: 0 },
      { id: 1, response: 100, turnaround: 200, wait: 100 },
      { id: 2, response: 200, turnaround: 300, wait: 200 },
    ]);
    expect(a.average).toEqual({ response: 100, turnaround: 200, wait: 100 });
    expect(a.makespan).toBe(300);
  });

  it("the book's convoy: FIFO -l 100,10,10 averages 110, SJF 50", () => {
    expect(answers('-l', '100,10,10').average.turnaround).toBe(110);
    const sjf = answers('-l', '100,10,10', '-p', 'SJF');
    expect(sjf.average).toEqual({ response: 10, turnaround: 50, wait: 10 });
    expect(sjf.trace.map((s: { job: number }) => s.job)).toEqual([1, 2, 0]);
  });

  it('SJF -l 100,200,300 runs in id order: turnaround 100, 300, 600 (avg 333.33), response avg 133.33', () => {
    const a = answers('-p', 'SJF', '-l', '100,200,300');
    expect(a.jobs.map((j: { turnaround: number }) => j.turnaround)).toEqual([100, 300, 600]);
    expect(a.average).toEqual({ response: 133.33, turnaround: 333.33, wait: 133.33 });
  });

  it('SJF breaks equal lengths by job id (OSTEP sorts stably): -l 5,3,3 runs 1, 2, 0', () => {
    expect(answers('-p', 'SJF', '-l', '5,3,3').trace).toEqual([
      { start: 0, job: 1, duration: 3, done: true },
      { start: 3, job: 2, duration: 3, done: true },
      { start: 6, job: 0, duration: 5, done: true },
    ]);
  });

  it('RR -q 1 -l 100,100,100: response 0, 1, 2; finishes at 298, 299, 300', () => {
    const a = answers('-p', 'RR', '-q', '1', '-l', '100,100,100');
    expect(a.trace).toHaveLength(300);
    expect(a.jobs).toEqual([
      { id: 0, response: 0, turnaround: 298, wait: 198 },
      { id: 1, response: 1, turnaround: 299, wait: 199 },
      { id: 2, response: 2, turnaround: 300, wait: 200 },
    ]);
    expect(a.average).toEqual({ response: 1, turnaround: 299, wait: 199 });
  });

  it('RR: a job whose remaining time equals the quantum finishes in that slice; a lone job shows back-to-back slices', () => {
    const a = answers('-p', 'RR', '-q', '2', '-l', '1,6,2');
    expect(a).toEqual({
      trace: [
        { start: 0, job: 0, duration: 1, done: true },
        { start: 1, job: 1, duration: 2, done: false },
        { start: 3, job: 2, duration: 2, done: true },
        { start: 5, job: 1, duration: 2, done: false },
        { start: 7, job: 1, duration: 2, done: true },
      ],
      jobs: [
        { id: 0, response: 0, turnaround: 1, wait: 0 },
        { id: 1, response: 1, turnaround: 9, wait: 3 },
        { id: 2, response: 3, turnaround: 5, wait: 3 },
      ],
      average: { response: 1.33, turnaround: 5, wait: 2 },
      makespan: 9,
    });
  });

  it("averages round exact ties as Python's '%.2f' does (to even), not up", () => {
    // responses 0,1,2,3,4,5,6,8: 29/8 = 3.625; python3 -c "print('%.2f' % (29/8))" -> 3.62
    expect(answers('-l', '1,1,1,1,1,1,2,1').average.response).toBe(3.62);
  });
});

describe('sim ostep scheduler: random jobs from -s, -j, -m', () => {
  it('draws int(maxlen * random.random()) + 1 per job, as python3 does', () => {
    // python3 -c "import random; random.seed(S); print([int(10 * random.random()) + 1 for _ in range(3)])" for S = 0, 1, 2
    expect(lengthsOf()).toEqual([9, 8, 5]);
    expect(lengthsOf('-s', '1')).toEqual([2, 9, 8]);
    expect(lengthsOf('-s', '2', '-c')).toEqual([10, 10, 1]);
    // python3 -c "import random; random.seed(7); print([int(100 * random.random()) + 1 for _ in range(5)])"
    expect(ostepRandomJobLengths(7, 5, 100)).toEqual([33, 16, 66, 8, 54]);
    expect(lengthsOf('--seed=7', '--jobs', '5', '-m100')).toEqual([33, 16, 66, 8, 54]);
    expect(answers('-s', '1', '-p', 'SJF').trace.map((s: { duration: number }) => s.duration)).toEqual([2, 8, 9]);
  });

  it('reads integers as optparse does: -s 010 is octal 8, -s0x1f is 31, -cs 1 groups -c with -s', () => {
    // python3 -c "import random; random.seed(8); print([int(10 * random.random()) + 1 for _ in range(3)])" -> [3, 10, 2]
    expect(lengthsOf('-s', '010')).toEqual([3, 10, 2]);
    // python3 -c "import random; random.seed(31); print([int(10 * random.random()) + 1 for _ in range(3)])" -> [1, 2, 4]
    expect(lengthsOf('-s0x1f')).toEqual([1, 2, 4]);
    expect(lengthsOf('--se', '-1')).toEqual([2, 9, 8]);
    const grouped = sim('-cs', '1');
    expect(grouped.out).toContain('** Solutions **');
    expect(grouped.out).toContain('ARG seed 1');
  });
});

describe('sim ostep scheduler: output', () => {
  it('without -c prints the problem and the question, with -c also the answers', () => {
    const q = sim('-l', '100,100,100');
    expect(q.code).toBe(0);
    expect(q.out).toContain('  Job 2 ( length = 100.0 )');
    expect(q.out).toContain('Compute the turnaround time, response time, and wait time for each job.');
    expect(q.out).not.toContain('Solutions');
    const c = sim('-l', '100,100,100', '-c');
    expect(c.out).toContain('  [ time 100 ] Run job 1 for 100.00 secs ( DONE at 200.00 )');
    expect(c.out).toContain('  Job   2 -- Response: 200.00  Turnaround 300.00  Wait 200.00');
    expect(c.out).toContain('  Average -- Response: 100.00  Turnaround 200.00  Wait 100.00');
  });

  it('--json prints exactly the keys of OUTPUT.md, with or without -c; scheduler.py is accepted as the name', () => {
    const a = answers('-l', '3,1', '-p', 'RR', '-q', '2', '-c');
    expect(Object.keys(a)).toEqual(['trace', 'jobs', 'average', 'makespan']);
    expect(Object.keys(a.trace[0])).toEqual(['start', 'job', 'duration', 'done']);
    expect(Object.keys(a.jobs[0])).toEqual(['id', 'response', 'turnaround', 'wait']);
    expect(Object.keys(a.average)).toEqual(['response', 'turnaround', 'wait']);
    const viaPy = runCli(['ostep', 'scheduler.py', '-l', '3,1', '-p', 'RR', '-q', '2', '--json'], {
      readText: () => '',
      out: (t) => expect(JSON.parse(t)).toEqual(a),
      err: () => {},
    });
    expect(viaPy).toBe(0);
  });

  it('-h prints the usage and exits 0', () => {
    const r = sim('-h');
    expect(r.code).toBe(0);
    expect(r.out).toContain('--quantum');
  });
});

describe('sim ostep scheduler: refusals exit 2 with one message naming the flag', () => {
  const cases: [string[], string][] = [
    [['-x'], 'no such option: -x'],
    [['--colour'], 'no such option: --colour'],
    [['--compute'], 'no such option: --compute'],
    [['-l', '1,,2'], '-l/--jlist: job 1 has length "", which is not a number'],
    [['-l', '10,abc'], '-l/--jlist: job 1 has length "abc", which is not a number'],
    [['-l', 'nan'], '-l/--jlist: job 0 has length nan; each job needs at least 0 and at most'],
    [['-l', '5,-1'], '-l/--jlist: job 1 has length -1; each job needs at least 0 and at most'],
    [
      ['-l', '1,0.0000001'],
      '-l/--jlist: job 1 has length 0.0000001; lengths are counted in steps of 10^-6 at the finest',
    ],
    [['-q', '0', '-p', 'RR'], '-q/--quantum must be at least 1 tick (got 0)'],
    [['-q', '-3'], '-q/--quantum must be at least 1 tick (got -3)'],
    [['-q', '1.5'], '-q/--quantum: invalid integer value "1.5"'],
    [['-p', 'STCF'], '-p/--policy must be FIFO, SJF or RR (got "STCF")'],
    [['-j', '0'], '-j/--jobs must be between 1 and'],
    [['-m', '-3', '-s', '1'], "-m/--maxlen -3 makes job 1 -1 long; a job's length must be at least 0"],
    [['-s', 'abc'], '-s/--seed: invalid integer value "abc"'],
    [['-s'], '-s/--seed requires a value'],
    [['--json=1'], 'no such option: --json'],
    [['--j', '3'], 'ambiguous option: --j (--jobs, --jlist?)'],
    [['extra'], 'unexpected argument "extra"'],
    [
      ['-p', 'RR', '-l', '1000000,1000000', '--json'],
      '-q/--quantum: RR takes 2000000 slices; the answer as data holds an entry per slice, at most 1000000 (about 250 MB)',
    ],
  ];
  it.each(cases)('%j', (argv, message) => {
    const r = sim(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toContain(`sim ostep scheduler: ${message}`);
  });

  it('unknown OSTEP scripts and a missing script name are refused', () => {
    const other = { out: [] as string[], err: [] as string[] };
    expect(
      runCli(['ostep', 'no-such-script', '-c'], {
        readText: () => '',
        out: (t) => other.out.push(t),
        err: (t) => other.err.push(t),
      }),
    ).toBe(2);
    expect(other.err[0]).toContain('unknown OSTEP script "no-such-script"; supported: scheduler, mlfq');
    expect(runCli(['ostep'], { readText: () => '', out: () => {}, err: () => {} })).toBe(2);
  });
});

describe('the translated scenario', () => {
  it('passes validateScenario unchanged (round trip), with pids 0..n-1 arriving at 0 on one CPU', () => {
    for (const sc of [
      ostepSchedulerScenario([9, 8, 5], 'FIFO', 1, 'test'),
      ostepSchedulerScenario([1, 6, 2], 'RR', 2, 'test'),
      ostepSchedulerScenario([5, 3, 3], 'SJF', 1, 'test'),
    ]) {
      const v = validateScenario(JSON.parse(JSON.stringify(sc)));
      expect(v.ok).toBe(true);
      if (v.ok) expect(v.scenario).toEqual(sc);
      expect(sc.processes.map((p) => [p.pid, p.arrival, p.bursts])).toEqual(
        sc.processes.map((p, i) => [i, 0, p.bursts]),
      );
      expect(sc.node.cpus).toBe(1);
    }
  });
});
