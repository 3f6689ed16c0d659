import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../core/index';
import { COMMAND_NAMES, runLine } from '../shell/commands';
import { terminalHost } from './terminalHost';

const SCENARIO: unknown = JSON.parse(
  readFileSync(new URL('../../public/scenarios/memory-fragmentation.json', import.meta.url), 'utf8'),
);

/** Words a person might type: command names, numbers of every size and sign, sizes, types, quotes, junk. */
const word = fc.oneof(
  fc.constantFrom(...COMMAND_NAMES, 'P1', 'p2', '0x1000', '0x', '64KiB', '5GiB', '1.5KiB', 'USER', 'AI_MODEL'),
  fc.constantFrom('write', 'read', 'execute', '"a b"', "'", '"', '-', '--json', '5,3,4', '5;3', '1e9', 'NaN'),
  fc.integer({ min: -5, max: 40 }).map(String),
  fc.constantFrom('9007199254740993', '-0', '+3', '4294967296', '99999999999'),
  fc.string({ maxLength: 6 }),
);
const line = fc
  .tuple(fc.constantFrom(...COMMAND_NAMES), fc.array(word, { maxLength: 5 }))
  .map(([c, ws]) => [c, ...ws].join(' '));

describe('sim shell never crashes and never loses the scenario', () => {
  it('answers every random command line with lines of output, and the run stays valid and usable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), async (lines) => {
        const opened = terminalHost(SCENARIO, () => {
          throw new Error('no files in this test');
        });
        if (!opened.ok) throw new Error(opened.errors.join('; '));
        const { host } = opened;
        for (const l of lines) {
          const result = await runLine(l, host);
          expect(result.lines.every((x) => x.kind === 'output' || x.kind === 'error')).toBe(true);
          const v = host.view();
          expect(v.frame).not.toBeNull();
          expect(validateScenario(v.scenario).ok).toBe(true);
        }
        const listed = await runLine('list', host);
        expect(listed.lines[0]?.kind).toBe('output');
      }),
      { numRuns: 80, seed: 12 },
    );
  });
});
