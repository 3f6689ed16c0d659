import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ostepCommand, ostepCommandOf } from './command';
import { runScenario } from './runScenario';
import { solveOstepCommand } from './solve';

const list = <T>(arb: fc.Arbitrary<T>, max: number) => fc.array(arb, { minLength: 1, maxLength: max });
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);

/** Random commands of the four workload scripts, with explicit job lists and the rule flags that change answers. */
const COMMANDS: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      lengths: list(fc.integer({ min: 1, max: 30 }), 6),
      policy: pick('FIFO', 'SJF', 'RR'),
      q: fc.integer({ min: 1, max: 5 }),
    })
    .map(({ lengths, policy, q }) => `./scheduler.py -p ${policy} -q ${q} -l ${lengths.join(',')} -c`),
  fc
    .record({
      jobs: list(
        fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 8 })),
        4,
      ),
      quanta: list(fc.integer({ min: 1, max: 8 }), 3),
      boost: pick(0, 0, 7, 25),
      io: fc.integer({ min: 1, max: 6 }),
      rules: fc.subarray(['-S', '-I']),
    })
    .map(
      ({ jobs, quanta, boost, io, rules }) =>
        `./mlfq.py -Q ${quanta.join(',')} -l ${jobs.map((j) => j.join(',')).join(':')} -B ${boost} -i ${io} ${rules.join(' ')} -c`,
    ),
  fc
    .record({
      jobs: list(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 300 })), 4),
      q: fc.integer({ min: 1, max: 4 }),
      seed: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ jobs, q, seed }) => `./lottery.py -l ${jobs.map((j) => j.join(':')).join(',')} -q ${q} -s ${seed} -c`),
  fc
    .record({
      programs: list(
        list(
          fc.oneof(
            fc.integer({ min: 1, max: 4 }).map((n) => `c${n}`),
            fc.constant('i'),
          ),
          4,
        ).map((p) => p.join(',')),
        3,
      ),
      io: fc.integer({ min: 1, max: 5 }),
      switch: pick('SWITCH_ON_IO', 'SWITCH_ON_END'),
      done: pick('IO_RUN_LATER', 'IO_RUN_IMMEDIATE'),
    })
    .map((r) => `./process-run.py -P ${r.programs.join(':')} -L ${r.io} -S ${r.switch} -I ${r.done} -c`),
);

describe('flags -> scenario -> flags', () => {
  it('the command a translated scenario exports poses the same problem: the same answer, and it exports itself again', () => {
    fc.assert(
      fc.property(COMMANDS, (line) => {
        const loaded = ostepCommand(line);
        if (!loaded.ok) throw new Error(`${line}: ${loaded.error}`);
        const exported = ostepCommandOf(loaded.scenario);
        if (!exported.ok) throw new Error(`${line}: ${exported.reasons.join('; ')}`);
        const again = ostepCommand(exported.command);
        if (!again.ok) throw new Error(`${exported.command}: ${again.error}`);
        expect(ostepCommandOf(again.scenario)).toEqual(exported);
        const a = solveOstepCommand(line, runScenario);
        const b = solveOstepCommand(exported.command, runScenario);
        expect(a.ok && b.ok && a.script === b.script).toBe(true);
        if (a.ok && b.ok) expect(b.answer).toEqual(a.answer);
      }),
      { numRuns: 150 },
    );
  });
});
