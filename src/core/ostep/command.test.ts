import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../scenario/defaults';
import { validateScenario } from '../scenario/validate';
import type { Scenario } from '../scenario/types';
import { ostepCommand, ostepCommandOf } from './command';
import { runScenario } from './runScenario';
import { commandWords, shellWord, solveOstepCommand } from './solve';

function run(line: string) {
  const c = ostepCommand(line);
  if (!c.ok) throw new Error(c.error);
  const r = runScenario(c.scenario);
  if (typeof r === 'string') throw new Error(r);
  return r;
}

function scenarioOf(line: string): Scenario {
  const c = ostepCommand(line);
  if (!c.ok) throw new Error(c.error);
  return c.scenario;
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

  it('refuses unknown scripts and bad flags with a message naming them', () => {
    expect(ostepCommand('vsfs.py -n 3')).toMatchObject({
      ok: false,
      error: expect.stringContaining('scheduler.py, mlfq.py'),
    });
    expect(ostepCommand('scheduler.py -q 0 -p RR')).toMatchObject({
      ok: false,
      error: expect.stringContaining('-q/--quantum'),
    });
    expect(ostepCommand('mlfq.py --nope')).toMatchObject({ ok: false });
    expect(ostepCommand('')).toMatchObject({ ok: false });
  });
});

describe('a scenario exported as an OSTEP command', () => {
  // flags -> scenario -> flags: the exported command poses the same problem, so it has the same answer.
  it.each([
    './scheduler.py -p RR -q 2 -l 3,5,1',
    './scheduler.py -p SJF -s 4 -j 5 -m 30',
    './scheduler.py -l 100,10,10',
    './mlfq.py -n 3 -q 10 -l 0,200,0:100,20,0',
    './mlfq.py -Q 10,20,40 -A 1,2,3 -l 0,120,7:30,60,0:31,25,3 -B 100 -S -I -i 4',
    './mlfq.py -s 3 -j 4 -M 5',
  ])('%s round-trips with the same answer', (line) => {
    const exported = ostepCommandOf(scenarioOf(line));
    if (!exported.ok) throw new Error(exported.reasons.join('; '));
    const again = ostepCommandOf(scenarioOf(exported.command));
    expect(again).toEqual(exported);
    const a = solveOstepCommand(line, runScenario);
    const b = solveOstepCommand(exported.command, runScenario);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(b.answer).toEqual(a.answer);
  });

  it('names why a scenario fits no script', () => {
    const s = scenarioOf('./scheduler.py -l 3,4');
    const twoCpus = ostepCommandOf({ ...s, node: { ...s.node, cpus: 2 } });
    expect(twoCpus).toMatchObject({
      ok: false,
      reasons: expect.arrayContaining([expect.stringContaining('one CPU; the scenario has 2')]),
    });
    const switches = ostepCommandOf({ ...s, options: { ...DEFAULT_OPTIONS, contextSwitchCost: 1 } });
    expect(switches).toMatchObject({ ok: false });
    const late = ostepCommandOf({ ...s, processes: s.processes.map((p) => ({ ...p, arrival: p.pid })) });
    expect(late).toMatchObject({
      ok: false,
      reasons: expect.arrayContaining([expect.stringContaining('P1 arrives at 1')]),
    });
  });
});

describe('command words', () => {
  it('shellWord writes what commandWords reads back', () => {
    for (const w of ['-l', '0,10,0:5,3,1', '+10,-0', 'a b', "it's", 'say "hi"', '', 'SIZESORT+']) {
      expect(commandWords(`x ${shellWord(w)} y`)).toEqual(['x', w, 'y']);
    }
  });
});

describe('the presets', () => {
  it('export the textbook round robin as scheduler.py, job i being the i-th pid, with the same answers', async () => {
    const { readFileSync } = await import('node:fs');
    const valid = validateScenario(
      JSON.parse(readFileSync(new URL('../../../public/scenarios/textbook-rr.json', import.meta.url), 'utf8')),
    );
    if (!valid.ok) throw new Error('textbook-rr.json is invalid');
    const preset = valid.scenario;
    const exported = ostepCommandOf(preset);
    if (!exported.ok) throw new Error(exported.reasons.join('; '));
    expect(exported.command).toMatch(/^\.\/scheduler\.py -p RR -l [\d,]+ -q \d+$/);
    const ours = runScenario(preset);
    const theirs = solveOstepCommand(exported.command, runScenario);
    if (typeof ours === 'string' || !theirs.ok) throw new Error('did not run');
    const byPid = [...ours.processes].sort((a, b) => a.pid - b.pid);
    expect((theirs.answer as { jobs: { turnaround: number }[] }).jobs.map((j) => j.turnaround)).toEqual(
      byPid.map((p) => p.turnaround),
    );
  });
});
