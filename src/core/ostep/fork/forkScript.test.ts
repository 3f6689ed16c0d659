import { describe, expect, it } from 'vitest';
import { ostepCommand, ostepCommandOf } from '../command';
import { solveOstep, solveOstepCommand } from '../solve';
import { runScenario } from '../runScenario';
import { optparse } from '../optparse';
import { partsText } from '../textParts';
import { forkName } from './forkActions';
import { forkScript } from './forkScript';
import type { ForkAnswers } from './forkScript';

function answer(args: string): { answer: ForkAnswers; text: string } {
  const r = solveOstep('fork', args === '' ? [] : args.split(' '), runScenario);
  if (!r.ok) throw new Error(r.error);
  return { answer: r.answer as ForkAnswers, text: r.text };
}

const refusal = (args: string): string => {
  const r = solveOstep('fork', args.split(' '), runScenario);
  return r.ok ? 'answered' : r.error;
};

describe('fork.py on our process tree', () => {
  it('answers each action with the tree after it, its words and its orphans', () => {
    const { answer: a } = answer('-A a+b,b+c,c+d,c+e,c- -c');
    expect(a.steps.map((s) => [s.action, s.kind, s.text])).toEqual([
      ['a+b', 'fork', 'a forks b'],
      ['b+c', 'fork', 'b forks c'],
      ['c+d', 'fork', 'c forks d'],
      ['c+e', 'fork', 'c forks e'],
      ['c-', 'exit', 'c EXITS'],
    ]);
    const exit = a.steps[4];
    expect(exit?.orphans).toEqual(['d', 'e']);
    expect(exit?.adopter).toBe('a');
    expect(exit?.sentence).toContain("c exits, leaving b's children; d and e become children of a");
    expect(a.final.map((r) => [r.name, r.parent, r.depth])).toEqual([
      ['a', null, 0],
      ['b', 'a', 1],
      ['d', 'a', 1],
      ['e', 'a', 1],
    ]);
    const local = answer('-A a+b,b+c,c+d,c+e,c- -c -R').answer;
    expect(local.final.map((r) => r.parent)).toEqual([null, 'a', 'b', 'b']);
  });

  it('marks an exit -L refuses, and a name may come back once its process has exited', () => {
    const { answer: a } = answer('-A a+b,b+c,b-,c-,b-,a+c -L');
    expect(a.steps.map((s) => s.kind)).toEqual(['fork', 'fork', 'exit-failed', 'exit', 'exit', 'fork']);
    expect(a.final.map((r) => r.name)).toEqual(['a', 'c']);
  });

  it("names as fork.py's get_name does: b … Z, then aa, ab …, then three letters", () => {
    expect([0, 24, 25, 50, 51, 52, 51 + 2703, 51 + 2704].map(forkName)).toEqual([
      'b',
      'z',
      'A',
      'Z',
      'aa',
      'ab',
      'ZZ',
      'aaa',
    ]);
  });

  it('draws without -s as Python seeded with -1 (its |seed|, 1) draws, printing seed -1', () => {
    const unseeded = answer('-c');
    expect(unseeded.text).toContain('ARG seed -1\n');
    expect(unseeded.answer.steps).toEqual(answer('-s 1 -c').answer.steps);
  });

  it('refuses what fork.py stops on, naming the flag and the action, before printing anything', () => {
    expect(refusal('-f 0.001')).toBe(
      'fork: -f/--forks must be above 0.001 (got 0.001; fork.py: fork_percentage must be > 0.001)',
    );
    expect(refusal('-f nan')).toContain('-f/--forks');
    expect(refusal('-A a+b,q+c')).toBe('fork: -A/--action_list: action 2, "q+c": q is not a live process to fork');
    expect(refusal('-A a+b,a-')).toBe('fork: -A/--action_list: action 2, "a-": a is the root process: it cannot exit');
    expect(refusal('-A a+b,b')).toContain('action 2, "b", must be X+Y (X forks Y) or X- (X exits)');
    expect(refusal('-A a+b+c')).toContain('must be X+Y');
    expect(refusal('-A a+b,a+b')).toBe(
      'fork: -A/--action_list: action 2, "a+b": b is already a live process: a new child needs a name of its own',
    );
    expect(refusal('-A b-')).toContain('b is not a live process to exit');
    expect(refusal('-P tall')).toContain('-P/--print_style must be basic, line1, line2 or fancy');
    expect(refusal('-a 100001')).toContain('-a/--actions: at most 100000');
  });

  it('reads -A items as fork.py does: b-c is b exiting', () => {
    const { answer: a } = answer('-A a+b,b-c -c');
    expect(a.steps[1]?.text).toBe('b EXITS');
  });

  it('draws a tree however deep (no recursion; fork.py stops near 1000), streaming what it would not hold', () => {
    const chain = ['a+p0', ...Array.from({ length: 3000 }, (_, i) => `p${i}+p${i + 1}`)].join(',');
    expect(refusal(`-A ${chain} -c`)).toContain(
      'run it with the command line (sim ostep fork), which streams the text',
    );
    const v = optparse(['-A', chain, '-F', '-c', '-P', 'basic'], forkScript.specs, forkScript.defaults);
    if (!v.ok) throw new Error(v.error);
    const streamed = forkScript.stream?.(v.values);
    if (!streamed?.ok) throw new Error('no stream');
    expect(partsText(streamed.lines).split('\n').at(-3)).toBe(`${' '.repeat(31)}${'   '.repeat(3001)}p3000`);
  });
});

describe('fork.py played as a scenario', () => {
  it('is the same actions a tick apart, the kernel re-parenting c’s children to init (a), and exports back', () => {
    const c = ostepCommand('./fork.py -A a+b,b+c,c+d,c+e,c- -c');
    if (!c.ok) throw new Error(c.error);
    expect(c.scenario.processes.map((p) => [p.pid, p.name, p.arrival, p.parent])).toEqual([
      [1, 'a', 0, undefined],
      [2, 'b', 1, 1],
      [3, 'c', 2, 2],
      [4, 'd', 3, 3],
      [5, 'e', 4, 3],
    ]);
    expect(c.scenario.operations).toEqual([{ tick: 5, op: 'kill', pid: 3 }]);
    const r = runScenario(c.scenario);
    if (typeof r === 'string') throw new Error(r);
    expect(r.events.filter((e) => e.kind === 'reparent')[0]).toEqual({
      tick: 5,
      kind: 'reparent',
      pid: 3,
      orphans: [4, 5],
      to: 1,
    });
    expect(ostepCommandOf(c.scenario)).toEqual({ ok: true, command: './fork.py -A a+b,b+c,c+d,c+e,c-' });
  });

  it('round-trips a seeded problem through its -A list, and the answer carries the scenario', () => {
    const line = './fork.py -s 3 -a 12';
    const c = ostepCommand(line);
    if (!c.ok) throw new Error(c.error);
    const exported = ostepCommandOf(c.scenario);
    if (!exported.ok) throw new Error(exported.reasons.join('; '));
    const a = solveOstepCommand(line, runScenario);
    const b = solveOstepCommand(exported.command, runScenario);
    expect(a.ok && b.ok && (b.answer as ForkAnswers).steps).toEqual(a.ok && (a.answer as ForkAnswers).steps);
    expect(a.ok && a.scenario?.processes.length).toBe(c.scenario.processes.length);
  });
});
