import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../kernel/simulation';
import { runClusterState } from '../network/cluster/run';
import { validateScenario } from '../scenario/validate';
import { parseLesson, parseLessonIndex, scenarioAt } from './lesson';

const root = new URL('../../../public/', import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const index = parseLessonIndex(read('lessons/index.json')) ?? [];

/** The end tick of a scenario file's run (a cluster's, with a network: the time slider's end in the browser). */
function endOf(file: string): number {
  const v = validateScenario(read(`scenarios/${file}`));
  if (!v.ok) throw new Error(`${file} is not valid`);
  if (v.scenario.network) return runClusterState(v.scenario).now;
  const sim = new Simulation(v.scenario);
  return sim.runToEnd();
}

describe('the lesson files', () => {
  it('lists at least six lessons', () => {
    expect(index.length).toBeGreaterThanOrEqual(6);
  });

  it.each(index.map((l) => [l.file]))(
    '%s is valid, names scenarios that exist, and seeks within their runs',
    (file) => {
      const parsed = parseLesson(read(`lessons/${file}`));
      if (!parsed.ok) throw new Error(parsed.errors.join('; '));
      parsed.lesson.steps.forEach((step, i) => {
        const { scenario } = scenarioAt(parsed.lesson, i);
        expect(typeof scenario).toBe('string');
        expect(existsSync(new URL(`scenarios/${scenario as string}`, root)), `${scenario as string}`).toBe(true);
        if (step.tick !== undefined) expect(step.tick, `step ${i + 1}`).toBeLessThanOrEqual(endOf(scenario as string));
      });
    },
  );
});

describe('parseLesson', () => {
  it('refuses junk with paths', () => {
    const r = parseLesson({ title: '', scenario: '../etc/passwd', steps: [{ text: 'x', tick: -1, view: 'kitchen' }] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        'title must be a non-empty string',
        'scenario must be a scenario file name such as fifo-demo.json (got "../etc/passwd")',
        'steps[0].tick must be an integer ≥ 0',
        'steps[0].view must be one of simulate, memory, files, workload, compare, network',
      ]);
    expect(parseLesson(null).ok).toBe(false);
  });

  it('finds the scenario in force at each step', () => {
    const r = parseLesson({
      title: 't',
      scenario: 'a.json',
      steps: [{ text: '1' }, { text: '2', scenario: 'b.json' }, { text: '3' }],
    });
    if (!r.ok) throw new Error('valid');
    expect([0, 1, 2].map((i) => scenarioAt(r.lesson, i).key)).toEqual(['a.json', 'b.json', 'b.json']);
  });
});
