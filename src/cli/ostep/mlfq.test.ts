import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ostepMlfqBursts, ostepMlfqScenario, ostepRandomMlfqJobs } from '../../core/ostep/mlfq/mlfqWorkload';
import { validateScenario } from '../../core/scenario/validate';
import { runCli } from '../runCli';

/** mlfq.py's chunks one by one: ioFreq ticks of CPU (the rest, last), an I/O between two. */
const chunked = (run: number, ioFreq: number, ioTime: number): number[] => {
  if (ioFreq <= 0 || ioFreq >= run) return [run];
  const out: number[] = [];
  for (let left = run; left > 0; left -= ioFreq) out.push(Math.min(ioFreq, left), ioTime);
  return out.slice(0, -1);
};

function sim(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(['ostep', 'mlfq', ...argv], {
    readText: () => '',
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
type Tick = { t: number; job: number | null; level: number | null; ostepPriority: number | null };
const answers = (...argv: string[]) => {
  const r = sim(...argv, '--json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as {
    jobs: object[];
    average: object;
    timeline: Tick[];
    events: { t: number; type: string; job: number | null }[];
    makespan: number;
  };
};
const levelsOf = (timeline: Tick[], job: number) => timeline.filter((x) => x.job === job).map((x) => x.level);

describe('sim ostep mlfq: JSON answers (OUTPUT.md "mlfq")', () => {
  it("the book's example -l 0,200,0:100,20,0 -q 10 -n 3: the short job gets the top queue at 100", () => {
    const a = answers('-l', '0,200,0:100,20,0', '-q', '10', '-n', '3');
    expect(a.jobs).toEqual([
      { id: 0, firstRun: 0, finish: 220, response: 0, turnaround: 220 },
      { id: 1, firstRun: 100, finish: 120, response: 0, turnaround: 20 },
    ]);
    expect(a.average).toEqual({ response: 0, turnaround: 120 });
    expect(a.makespan).toBe(220);
    expect(a.timeline).toHaveLength(220);
    expect(a.timeline[0]).toEqual({ t: 0, job: 0, level: 0, ostepPriority: 2 });
    expect(a.timeline[20]).toEqual({ t: 20, job: 0, level: 2, ostepPriority: 0 });
    expect(a.timeline[100]).toEqual({ t: 100, job: 1, level: 0, ostepPriority: 2 });
    expect(a.events[0]).toEqual({ t: 0, type: 'ARRIVE', job: 0 });
    expect(a.events.at(-1)).toEqual({ t: 220, type: 'FINISH', job: 0 });
  });

  it('idle ticks have job, level and ostepPriority null; events keep OSTEP order at one time', () => {
    const a = answers('-l', '0,2,1:5,1,0', '-i', '1');
    expect(a.timeline.map((x) => x.job)).toEqual([0, null, 0, null, null, 1]);
    expect(a.timeline[1]).toEqual({ t: 1, job: null, level: null, ostepPriority: null });
    expect(a.events).toEqual([
      { t: 0, type: 'ARRIVE', job: 0 },
      { t: 1, type: 'IO_START', job: 0 },
      { t: 2, type: 'IO_DONE', job: 0 },
      { t: 3, type: 'FINISH', job: 0 },
      { t: 5, type: 'ARRIVE', job: 1 },
      { t: 6, type: 'FINISH', job: 1 },
    ]);
  });
});

describe('sim ostep mlfq: the rules of SEMANTICS.md section 2', () => {
  it('an allotment counts quanta, not ticks: -a 2 -q 5 keeps a job at the top for 10 ticks', () => {
    const a = answers('-n', '2', '-q', '5', '-a', '2', '-l', '0,20,0');
    expect(levelsOf(a.timeline, 0)).toEqual([...Array(10).fill(0), ...Array(10).fill(1)]);
  });

  it('-S with allotment 1 still demotes a job that issues I/O on the tick its quantum runs out', () => {
    const quirk = answers('-n', '2', '-q', '10', '-a', '1', '-l', '0,30,10:0,30,0', '-S');
    expect(levelsOf(quirk.timeline, 0)).toEqual([...Array(10).fill(0), ...Array(20).fill(1)]);
    // I/O before the quantum runs out: -S resets it, so the job games the scheduler and stays on top ...
    expect(new Set(levelsOf(answers('-n', '2', '-q', '10', '-l', '0,30,5:0,30,0', '-S').timeline, 0))).toEqual(
      new Set([0]),
    );
    // ... and without -S it resumes its partly used quantum and is demoted after 10 ticks of CPU.
    expect(levelsOf(answers('-n', '2', '-q', '10', '-l', '0,30,5:0,30,0').timeline, 0).slice(9, 11)).toEqual([0, 1]);
  });

  it('a boost lifts every job to the top keeping queue order: the one that waited longer runs first', () => {
    const a = answers('-n', '3', '-q', '10', '-l', '0,140,0:0,140,0', '-B', '50');
    expect(a.timeline[49]).toMatchObject({ job: 0, level: 2 });
    expect(a.events.filter((e) => e.type === 'BOOST').map((e) => e.t)).toEqual([50, 100, 150, 200, 250]);
    expect(a.timeline[50]).toMatchObject({ job: 1, level: 0, ostepPriority: 2 });
    expect(a.timeline[60]).toMatchObject({ job: 0, level: 0 });
  });

  it('-I puts a job whose I/O completed at the head of its queue, preempting one at the same level', () => {
    const args = ['-n', '1', '-q', '10', '-l', '0,30,0:0,12,2', '-i', '3'];
    expect(answers(...args, '-I').timeline[15]).toMatchObject({ job: 1 });
    expect(answers(...args).timeline[15]).toMatchObject({ job: 0 });
  });
});

describe('sim ostep mlfq: flags', () => {
  it.each([
    [['-q', '0'], '-q/--quantum'],
    [['-n', '0'], '-n/--numQueues'],
    [['-n', '17'], '-n/--numQueues'],
    [['-a', '0'], '-a/--allotment'],
    [['-Q', '10,x'], '-Q/--quantumList'],
    [['-Q', '10,20', '-A', '1'], '-A/--allotmentList'],
    [['-B', '-1'], '-B/--boost'],
    [['-i', '-1'], '-i/--iotime'],
    [['-j', '0'], '-j/--numJobs'],
    [['-m', '1'], '-m/--maxlen'],
    [['-l', '0,10'], '-l/--jlist'],
    [['-l', '0,0,0'], '-l/--jlist'],
    [['-l', '-1,5,0'], '-l/--jlist'],
    [['-s', 'x'], '-s/--seed'],
    [['--bogus'], '--bogus'],
    [['stray'], 'unexpected argument'],
  ])('%j is refused (exit 2) naming %s', (argv, flag) => {
    const r = sim(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toMatch(/^sim ostep mlfq: /);
    expect(r.err.split('\n')[0]).toContain(flag);
  });

  it('takes optparse forms and the .py name: --numQueues=2, -cS, mlfq.py', () => {
    const out: string[] = [];
    expect(
      runCli(['ostep', 'mlfq.py', '--numQueues=2', '-cS', '-l', '0,5,0'], {
        readText: () => '',
        out: (t) => out.push(t),
        err: (t) => out.push(t),
      }),
    ).toBe(0);
    expect(out.join('\n')).toContain('OPTIONS queues 2\n');
    expect(out.join('\n')).toContain('OPTIONS stayAfterIO True\n');
    expect(out.join('\n')).toContain('FINISHED JOB 0');
  });
});

describe('the translated scenario', () => {
  it('random jobs follow mlfq.py: -s 0 draws runTime then ioFreq for each job', () => {
    // python3 mlfq.py -s 0: Job 0 runTime 84 ioFreq 7, Job 1 runTime 42 ioFreq 3, Job 2 runTime 51 ioFreq 4
    expect(ostepRandomMlfqJobs(0, 3, 100, 10)).toEqual([
      { start: 0, run: 84, ioFreq: 7 },
      { start: 0, run: 42, ioFreq: 3 },
      { start: 0, run: 51, ioFreq: 4 },
    ]);
  });

  it('I/O frequency becomes alternating bursts with no I/O after the last chunk', () => {
    expect(ostepMlfqBursts({ start: 0, run: 10, ioFreq: 5 }, 3)).toEqual([5, 3, 5]);
    expect(ostepMlfqBursts({ start: 0, run: 11, ioFreq: 5 }, 3)).toEqual([5, 3, 5, 3, 1]);
    expect(ostepMlfqBursts({ start: 0, run: 7, ioFreq: 0 }, 3)).toEqual([7]);
  });

  it('makes the same bursts for jobs in any order when their frequencies share patterns, none of them changed', () => {
    const job = fc.record({
      start: fc.constant(0),
      run: fc.integer({ min: 1, max: 60 }),
      ioFreq: fc.integer({ min: -2, max: 12 }),
    });
    fc.assert(
      fc.property(fc.array(job, { maxLength: 30 }), fc.nat(9), (jobs, ioTime) => {
        const patterns = new Map<number, number[]>();
        const made = jobs.map((j) => ostepMlfqBursts(j, ioTime, patterns));
        expect(made).toEqual(jobs.map((j) => chunked(j.run, j.ioFreq, ioTime)));
      }),
    );
  });

  it('is a valid scenario: MLFQ in quanta, -S and -I as options, preempted jobs requeued first', () => {
    const s = ostepMlfqScenario(
      [{ start: 2, run: 4, ioFreq: 2 }],
      { quanta: [5, 10], allotments: [1, 2], boost: 0, ioTime: 3, stay: true, iobump: false },
      'test',
    );
    expect(validateScenario(s).ok).toBe(true);
    expect(s.scheduler).toMatchObject({
      policy: 'MLFQ',
      allotmentUnit: 'quanta',
      ioResetsAllotment: true,
      ioToFront: false,
    });
    expect(s.options.requeueOrder).toBe('preemptedFirst');
    expect(s.processes[0]).toMatchObject({ pid: 0, arrival: 2, bursts: [2, 3, 2] });
  });
});
