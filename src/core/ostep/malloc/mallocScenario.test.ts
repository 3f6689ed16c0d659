import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenario/types';
import { ostepCommandOf } from '../command';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { mallocScript } from './mallocScript';

function values(args: string) {
  const parsed = optparse(args === '' ? [] : args.split(' '), mallocScript.specs, mallocScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.values;
}

function scenarioOf(args: string): Scenario {
  const s = mallocScript.scenario?.(values(args));
  if (s === undefined || typeof s === 'string') throw new Error(`no scenario: ${s}`);
  return s;
}

function answerOf(args: string) {
  const r = mallocScript.solve(values(args), runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

const flagsOf = (s: Scenario) => (mallocScript.flagsOf as (s: Scenario) => string[] | string)(s);

describe('malloc.py as a scenario', () => {
  it('has the heap from -S -b -H -a -p -l -C and one process P0 that does step i at tick i', () => {
    const s = scenarioOf('-S 64 -b 0 -H 4 -a 8 -p WORST -l SIZESORT- -C -A +3,+200,-0,-5,+7');
    expect(s.heap).toEqual({
      base: 0,
      size: 64,
      header: 4,
      align: 8,
      policy: 'WORST',
      order: 'SIZESORT-',
      coalesce: true,
    });
    expect(s.processes).toEqual([expect.objectContaining({ pid: 0, type: 'USER', arrival: 0, bursts: [5] })]);
    // -5 is malloc.py's "Invalid Free: Skipping": nothing happens, so it is no operation.
    expect(s.operations).toEqual([
      { tick: 0, op: 'malloc', pid: 0, bytes: 3 },
      { tick: 1, op: 'malloc', pid: 0, bytes: 200 },
      { tick: 2, op: 'free', pid: 0, allocation: 0 },
      { tick: 3, op: 'malloc', pid: 0, bytes: 7 },
    ]);
    expect(s.description).toBe(
      'Translated from OSTEP vm-freespace/malloc.py (-S 64 -b 0 -H 4 -a 8 -p WORST -l SIZESORT- -C -A +3,+200,-0,-5,+7).',
    );
  });

  it("random mode: the generator's steps, frees naming ptr indexes", () => {
    const s = scenarioOf('-s 3 -S 10 -H 4 -n 6');
    expect(
      s.operations.map((op) => (op.op === 'malloc' ? `+${op.bytes}` : op.op === 'free' ? `-${op.allocation}` : op.op)),
    ).toEqual(['+6', '+7', '-0', '+9', '+3', '-3']);
  });
});

describe('flags -> scenario -> flags', () => {
  it.each([
    '-A +10,+10,+10,-0,-2 -c',
    '-S 100 -b 1000 -H 4 -a 4 -l ADDRSORT -p BEST -n 5 -c',
    '-S 50 -p FIRST -l INSERT-FRONT -C -A +5,+7,+200,-1,-0,-0,+4 -c',
    '-s 7 -S 1000 -p WORST -l SIZESORT- -H 2 -n 40 -r 12 -c',
    '-p NEXT -l ADDRSORT -A +10,+10,+10,-0,-1,+5 -c',
    '-s 4 -n 0',
  ])('%s: the exported flags pose the same problem and export themselves again', (args) => {
    const s = scenarioOf(args);
    const flags = flagsOf(s);
    if (typeof flags === 'string') throw new Error(flags);
    const again = scenarioOf(flags.join(' '));
    expect({ ...again, description: '' }).toEqual({ ...s, description: '' });
    expect(flagsOf(again)).toEqual(flags);
    expect(answerOf(`${flags.join(' ')} -c`)).toEqual(answerOf(args));
  });

  it('writes NEXT fit as -p NEXT (ours) and no operations as -n 0', () => {
    expect(flagsOf(scenarioOf('-p NEXT -S 30 -a 4 -A +3,-0'))).toEqual([
      '-S',
      '30',
      '-b',
      '1000',
      '-H',
      '0',
      '-a',
      '4',
      '-p',
      'NEXT',
      '-l',
      'ADDRSORT',
      '-A',
      '+3,-0',
    ]);
    expect(flagsOf(scenarioOf('-n 0 -C'))).toEqual([
      '-S',
      '100',
      '-b',
      '1000',
      '-H',
      '0',
      '-a',
      '-1',
      '-p',
      'BEST',
      '-l',
      'ADDRSORT',
      '-C',
      '-n',
      '0',
    ]);
  });

  it('is how the console exports a malloc scenario', () => {
    expect(ostepCommandOf(scenarioOf('-A +3,-0'))).toEqual({
      ok: true,
      command: './malloc.py -S 100 -b 1000 -H 0 -a -1 -p BEST -l ADDRSORT -A +3,-0',
    });
  });
});

describe('flagsOf: scenarios malloc.py cannot pose', () => {
  const base = scenarioOf('-A +10,+20,-0');
  const [p0] = base.processes as [Scenario['processes'][number]];
  it.each<[string, Scenario, string]>([
    ['no heap', { ...base, heap: undefined }, 'malloc.py runs a heap; the scenario has no heap section'],
    [
      'two processes',
      { ...base, processes: [p0, { ...p0, pid: 1 }] },
      'malloc.py runs one program; the scenario has 2 processes',
    ],
    [
      'another operation',
      { ...base, operations: [...base.operations, { tick: 3, op: 'kill', pid: 0 }] },
      'malloc.py only allocates and frees; operations[3] is kill',
    ],
    [
      'ticks out of list order',
      {
        ...base,
        operations: [
          { tick: 1, op: 'malloc', pid: 0, bytes: 3 },
          { tick: 0, op: 'malloc', pid: 0, bytes: 3 },
        ],
      },
      'malloc.py takes its steps in list order; operations[1] comes before operations[0] in time',
    ],
    [
      'a step after the process ended',
      { ...base, processes: [{ ...p0, bursts: [2] }] },
      "malloc.py's program runs every step; P0 is not alive at every operation (it lives from tick 0 for at least 2 ticks)",
    ],
    [
      'a free malloc.py -A skips',
      {
        ...base,
        operations: [
          { tick: 0, op: 'malloc', pid: 0, bytes: 500 },
          { tick: 1, op: 'malloc', pid: 0, bytes: 5 },
          { tick: 2, op: 'free', pid: 0, allocation: 1 },
        ],
      },
      'operations[2] frees allocation 1, which malloc.py -A would skip: it frees only indexes below the number of successful allocations so far (1)',
    ],
    [
      'a free of a failed malloc',
      {
        ...base,
        operations: [
          { tick: 0, op: 'malloc', pid: 0, bytes: 500 },
          { tick: 1, op: 'malloc', pid: 0, bytes: 5 },
          { tick: 2, op: 'free', pid: 0, allocation: 0 },
        ],
      },
      'malloc.py cannot run these operations: -A/--allocList: operation 2 frees ptr[0], whose allocation failed (OSTEP crashes on this)',
    ],
    [
      'random mode, where a free can name an index -A would skip',
      scenarioOf('-s 3 -S 10 -H 4 -n 6'),
      'operations[5] frees allocation 3, which malloc.py -A would skip: it frees only indexes below the number of successful allocations so far (2)',
    ],
  ])('%s', (_, s, why) => {
    expect(flagsOf(s)).toBe(why);
  });
});
