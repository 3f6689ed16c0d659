import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { partsText } from '../textParts';
import GOLDEN from './multiGolden.json';
import { multiScript } from './multiScript';

/**
 * Byte-for-byte stdout (and exit status) of OSTEP's own cpu-sched-multi/multi.py (ostep-homework), obtained by
 * running `python3 multi.py ARGS` with Python 3.11 (multiGolden.json): its README's examples and the homework's
 * questions of the chapter on multiprocessor scheduling (one CPU, a cache that fits, the traces, a shared queue,
 * affinity, super-linear speedup, per-CPU queues with peeking, random jobs in random order), jobs named in letters
 * that are not ASCII (printed in UTF-8), and multi.py's own messages for bad lists. The command line's streamed
 * text is checked against them too.
 */
function options(args: string) {
  const parsed = optparse(args.split(' ').filter(Boolean), multiScript.specs, multiScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.values;
}

const solve = (args: string) => multiScript.solve(options(args), runScenario);

/** The text as the command line prints it: the parts made as the run goes. */
function streamed(args: string): string {
  const s = multiScript.stream?.(options(args));
  if (!s?.ok) throw new Error(s ? s.error : 'not streamed');
  return partsText(s.lines);
}

/** Two long jobs named after `a`, every trace on. */
const twoLongJobs = (a: string) => `-L ${a}:30000:50,b${a}:20000:40 -n 1 -q 7 -t -T -C -S -c`;

describe('multi.py on our multiprocessor scheduler and CPU caches', () => {
  it.each(GOLDEN.map((g) => [g.name, g.args, g] as const))('%s: multi.py %s', (_name, args, g) => {
    const r = solve(args);
    if (!r.ok) throw new Error(r.error);
    expect(r.text).toBe(g.stdout);
    expect(r.exitStatus ?? 0).toBe(g.status);
  });

  it.each(GOLDEN.filter((g) => g.status === 0).map((g) => [g.name, g.args, g] as const))(
    '%s, streamed: multi.py %s',
    (_name, args, g) => expect(streamed(args)).toBe(g.stdout),
  );

  it('streams a trace of names that are not ASCII over many chunks as it does the same names in ASCII', () => {
    // Over a megabyte of trace: many of the writer's chunks, each a string when a name is not ASCII.
    const text = streamed(twoLongJobs('é'));
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(text.replaceAll('é', 'e')).toBe(streamed(twoLongJobs('e')));
  });

  it('finishes sooner when the working set fits: 30 units warm after 10 ticks take 20 ticks (homework 2)', () => {
    const r = solve('-n 1 -L a:30:200 -M 300 -c');
    if (!r.ok) throw new Error(r.error);
    expect(r.answer.time).toBe(20);
    expect(r.answer.runs).toEqual([
      {
        cpu: 0,
        job: 'a',
        start: 0,
        end: 10,
        warm: false,
        why: 'job a runs cold on CPU 0: 1 unit per tick (its working set is warming this cache: 10 ticks to go)',
      },
      { cpu: 0, job: 'a', start: 10, end: 20, warm: true, why: 'job a runs warm on CPU 0: 2 units per tick' },
    ]);
    expect(r.answer.utilization).toEqual([{ cpu: 0, busy: 100, warm: 50 }]);
  });

  it('explains each decision in words', () => {
    const r = solve('-n 2 -L a:100:100,b:100:50,c:100:50 -p -P 1 -c');
    if (!r.ok) throw new Error(r.error);
    const why = r.answer.decisions.map((d) => d.why);
    expect(why).toContain("at 0: CPU 0 is idle and takes job a from CPU 0's queue");
    expect(why).toContain("at 9: job b's working set is now warm in CPU 1's cache");
    expect(
      why.some((w) => /CPU 1's queue is empty; it steals job \w from CPU 0's queue: it may run on any CPU/.test(w)),
    ).toBe(true);
  });

  it("lists its flags as multi.py -h does (a long option's help on the next line)", () => {
    expect(multiScript.usage).toContain(
      '  -o, --rand_order      has CPUs get jobs in random order\n  -t, --trace           enable basic tracing (show which jobs got scheduled)\n  -T, --trace_time_left\n                        trace time left for each job\n',
    );
  });

  it.each([
    ['-q 0', '-q/--quantum: the time slice must not be 0'],
    ['-n 0', '-n/--num_cpus: there must be at least one CPU'],
    ['-n 2000', '-n/--num_cpus: at most 1024 CPUs'],
    ['-L a:x:10', '-L/--job_list: "a:x:10"'],
    ['-L a:10:10 -A a:0.x', '-A/--affinity: "x"'],
    ['-L a:10:10 -M 100 -w 0 -M -1', "CPU 0's cache is over its size (-1)"],
    ['-n 1 -p -P 5 -L a:10:10', 'with a queue per CPU and one CPU'],
    ['-j 1001', '-j/--job_num: at most 1000 jobs'],
    ['-j 1000 -R 100 -n 1000 -C', 'the trace would run to about'],
  ])('refuses where multi.py fails or never ends: %s', (args, why) => {
    const r = solve(args);
    expect(r.ok ? r.text : r.error).toContain(why);
  });
});
