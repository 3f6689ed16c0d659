import { describe, expect, it } from 'vitest';
import type { CliIo } from './cliIo';
import { runOstepCli } from './ostepCli';
import { runCli } from './runCli';

function answer(run: (argv: readonly string[], io: CliIo) => number | Promise<number>, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { readText: () => '', out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

describe('runOstepCli, the CLI of `sim ostep` alone', () => {
  it.each([
    ['ostep', 'scheduler', '-l', '1,2', '-c'],
    ['ostep', 'mlfq', '-s', '3', '-n', '3', '-j', '4', '-c', '--json'],
    ['ostep', 'process-run', '-l', '5:50,5:50', '-s', '3', '-c', '-p'],
    ['ostep'],
    ['ostep', '-h'],
    ['ostep', 'nope.py'],
    ['ostep', 'scheduler', '-l', 'x\u001b'],
  ])('answers %j as runCli does: output, messages and exit code', (...argv) => {
    expect(answer(runOstepCli, argv)).toEqual(answer(runCli, argv));
  });

  it('refuses any other command with the usage', () => {
    const r = answer(runOstepCli, ['validate', 'x.json']);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/^sim: "validate" is not an ostep command\nUsage:/);
  });
});
