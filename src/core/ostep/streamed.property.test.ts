import { partsText } from './textParts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate';
import { optparse } from './optparse';
import type { FlagTable, OptionsOf } from './flags';
import { lotteryProblem } from './lottery/lotteryCommand';
import { lotteryScript } from './lottery/lotteryScript';
import { lotteryLines } from './lottery/lotteryText';
import { mlfqProblem } from './mlfq/mlfqCommand';
import { mlfqScript } from './mlfq/mlfqScript';
import { mlfqLines } from './mlfq/mlfqText';
import { processRunProblem } from './processRun/processRunCommand';
import { processRunScript } from './processRun/processRunScript';
import { processRunLines } from './processRun/processRunText';
import { chain, streamRun, type RunReader } from './runReader';
import { runScenario } from './runScenario';
import { schedulerProblem } from './scheduler/schedulerCommand';
import { schedulerScript } from './scheduler/schedulerScript';
import { schedulerLines } from './scheduler/schedulerText';
import type { OstepScript } from './script';

/** A script, its flags for small random problems, and its text's parts (to stream it in tiny chunks). */
interface Case {
  script: OstepScript<unknown, FlagTable>;
  argv: fc.Arbitrary<string[]>;
  lines(values: OptionsOf<FlagTable>): { head: Iterable<string>; reader: RunReader | null } | string;
}

const int = (min: number, max: number) => fc.integer({ min, max }).map(String);
const list = (item: fc.Arbitrary<string>, sep: string, max = 5) =>
  fc.array(item, { minLength: 1, maxLength: max }).map((xs) => xs.join(sep));
const flag = (name: string) => fc.boolean().map((on) => (on ? [name] : []));
const option = (name: string, value: fc.Arbitrary<string>) =>
  fc.option(value, { nil: undefined }).map((x) => (x === undefined ? [] : [name, x]));
const argv = (...pieces: fc.Arbitrary<string[]>[]) => fc.tuple(...pieces).map((xs) => xs.flat());

function parts<P, V>(problem: (v: V) => P | string, lines: (p: P, v: V) => ReturnType<Case['lines']>) {
  return (values: OptionsOf<FlagTable>) => {
    const p = problem(values as V);
    return typeof p === 'string' ? p : lines(p, values as V);
  };
}

const CASES: Record<string, Case> = {
  scheduler: {
    script: schedulerScript as unknown as Case['script'],
    argv: argv(
      fc.constantFrom(['-p', 'FIFO'], ['-p', 'SJF'], ['-p', 'RR']),
      option('-q', int(1, 4)),
      fc.oneof(
        list(int(1, 12), ',').map((l) => ['-l', l]),
        fc.tuple(int(0, 99), int(1, 6), int(1, 12)).map(([s, j, m]) => ['-s', s, '-j', j, '-m', m]),
      ),
      flag('-c'),
    ),
    lines: parts(schedulerProblem, schedulerLines),
  },
  mlfq: {
    script: mlfqScript as unknown as Case['script'],
    argv: argv(
      fc.oneof(
        fc
          .tuple(int(0, 99), int(1, 4), int(2, 30), int(0, 6))
          .map(([s, j, m, io]) => ['-s', s, '-j', j, '-m', m, '-M', io]),
        list(
          fc.tuple(int(0, 20), int(1, 25), int(0, 6)).map((x) => x.join(',')),
          ':',
          4,
        ).map((l) => ['-l', l]),
      ),
      option('-n', int(1, 3)),
      option('-q', int(1, 5)),
      option('-a', int(1, 3)),
      option('-B', int(0, 25)),
      option('-i', int(1, 4)),
      flag('-S'),
      flag('-I'),
      flag('-c'),
    ),
    lines: parts(mlfqProblem, (p) => mlfqLines(p)),
  },
  lottery: {
    script: lotteryScript as unknown as Case['script'],
    argv: argv(
      fc.oneof(
        fc.tuple(int(0, 99), int(1, 4)).map(([s, j]) => ['-s', s, '-j', j]),
        fc
          .tuple(
            list(
              fc.tuple(int(1, 15), int(1, 100)).map((x) => x.join(':')),
              ',',
              4,
            ),
            int(0, 99),
          )
          .map(([l, s]) => ['-l', l, '-s', s]),
      ),
      option('-q', int(1, 3)),
      flag('-c'),
    ),
    lines: parts(lotteryProblem, lotteryLines),
  },
  'process-run': {
    script: processRunScript as unknown as Case['script'],
    argv: argv(
      list(
        fc.tuple(int(1, 8), int(0, 100)).map((x) => x.join(':')),
        ',',
        4,
      ).map((l) => ['-l', l]),
      option('-s', int(0, 99)),
      option('-L', int(1, 4)),
      fc.constantFrom([], ['-S', 'SWITCH_ON_END'], ['-S', 'SWITCH_ON_IO']),
      fc.constantFrom([], ['-I', 'IO_RUN_IMMEDIATE'], ['-I', 'IO_RUN_LATER']),
      flag('-c'),
      flag('-p'),
    ),
    lines: parts(processRunProblem, processRunLines),
  },
};

describe.each(Object.entries(CASES))('%s: the streamed text', (_name, c) => {
  it('is the solved text, byte for byte, however finely the run is cut into chunks', () => {
    fc.assert(
      fc.property(
        c.argv,
        fc.record({ events: fc.integer({ min: 1, max: 6 }), ticks: fc.integer({ min: 1, max: 9 }) }),
        (args, limits) => {
          const parsed = optparse(args, c.script.specs, c.script.defaults);
          if (!parsed.ok) throw new Error(parsed.error);
          const solved = c.script.solve(parsed.values, runScenario);
          const streamed = c.script.stream?.(parsed.values);
          if (!solved.ok || !streamed?.ok) {
            // A refusal is the same either way.
            expect(streamed).toEqual(solved);
            return;
          }
          expect(partsText(streamed.lines)).toBe(solved.text);
          const made = c.lines(parsed.values);
          if (typeof made === 'string' || !made.reader) return;
          const scenario = validateScenario(c.script.scenario?.(parsed.values));
          if (!scenario.ok) throw new Error('the translated scenario is valid');
          expect(partsText(chain(made.head, streamRun(scenario.scenario, made.reader, limits)))).toBe(solved.text);
        },
      ),
      { seed: 20261205, numRuns: 120 },
    );
  });
});
