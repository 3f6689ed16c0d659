import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandOfOptions, ostepCommand } from '../command';
import { optparse } from '../optparse';
import { commandWords, solveOstepCommand } from '../solve';
import { afsScript } from './afsScript';

const noScenario = () => 'no scenario';

describe('afs.py commands', () => {
  it('a command gives its options back as a command that poses the same problem (the same text)', () => {
    const program = fc
      .array(fc.constantFrom('oa1', 'ob2', 'r1', 'w1', 'c1', 'r2', 'w2', 'c2'), { minLength: 1, maxLength: 6 })
      .map((a) => a.join(':'));
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 999 }),
          clients: fc.integer({ min: 0, max: 4 }),
          steps: fc.integer({ min: 0, max: 4 }),
          files: fc.integer({ min: 1, max: 3 }),
          ratio: fc.constantFrom(0, 0.25, 0.5, 1),
          actions: fc.option(fc.array(program, { minLength: 1, maxLength: 3 }).map((p) => p.join(','))),
          schedule: fc.option(fc.constantFrom('01', '0', '1100', '012')),
          detail: fc.integer({ min: 0, max: 15 }),
          solve: fc.boolean(),
          stats: fc.boolean(),
        }),
        (r) => {
          const line = [
            `./afs.py -s ${r.seed} -C ${r.clients} -n ${r.steps} -f ${r.files} -r ${r.ratio} -d ${r.detail}`,
            r.actions === null ? '' : `-A ${r.actions}`,
            r.schedule === null ? '' : `-S ${r.schedule}`,
            r.solve ? '-c' : '',
            r.stats ? '-p' : '',
          ].join(' ');
          const parsed = optparse(commandWords(line).slice(1), afsScript.specs, afsScript.defaults);
          if (!parsed.ok) throw new Error(parsed.error);
          const again = commandOfOptions('afs', parsed.values);
          const reparsed = optparse(commandWords(again).slice(1), afsScript.specs, afsScript.defaults);
          expect(reparsed.ok && reparsed.values).toEqual(parsed.values);
          const { argv: _a, ...a } = { argv: [], ...solveOstepCommand(again, noScenario) };
          const { argv: _b, ...b } = { argv: [], ...solveOstepCommand(line, noScenario) };
          expect(a).toEqual(b);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('gives a cluster scenario to play: a server node and a node per client', () => {
    const r = ostepCommand('./afs.py -C 3 -c');
    expect(r.ok && [r.scenario.node.id, ...(r.scenario.network?.nodes.map((n) => n.id) ?? [])]).toEqual([
      'server',
      'c0',
      'c1',
      'c2',
    ]);
  });
});
