import { describe, expect, it } from 'vitest';
import { solveOstep } from '../../core/index';
import { runCli } from '../runCli';

function sim(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const readText = (f: string) => {
    if (!(f in files)) throw new Error(`ENOENT: no such file '${f}'`);
    return files[f] as string;
  };
  const code = runCli(['ostep', ...argv], { readText, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

describe('sim ostep --batch FILE', () => {
  it('answers each JSON line in order, one JSON line out per input, refusals as ok:false', () => {
    const file = [
      '["mlfq","-l","0,10,0","-c"]',
      '',
      '["scheduler.py","-p","RR","-q","2","-l","3,5,1"]',
      '["scheduler","-q","0","-p","RR"]',
      'not json',
      '["nosuch"]',
      '[]',
    ].join('\n');
    const r = sim(['--batch', 'jobs.jsonl'], { 'jobs.jsonl': file });
    expect(r.code).toBe(2);
    const lines = r.out.map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ ok: true, result: { makespan: 10, jobs: [{ id: 0, finish: 10 }] } });
    expect(lines[1]).toMatchObject({ ok: true, result: { average: { response: 2, turnaround: 6.67, wait: 3.67 } } });
    expect(lines[2]).toMatchObject({ ok: false, error: expect.stringContaining('line 4: scheduler: -q/--quantum') });
    expect(lines[3]).toMatchObject({ ok: false, error: expect.stringContaining('line 5: not JSON') });
    expect(lines[4]).toMatchObject({ ok: false, error: expect.stringContaining('unknown OSTEP script "nosuch"') });
    expect(lines[5]).toMatchObject({ ok: false, error: expect.stringContaining('non-empty array of strings') });
  });

  it('gives the answer of the command with --json and, as text, what it prints without', () => {
    for (const argv of [
      ['mlfq', '-s', '3', '-j', '2'],
      ['vsfs', '-s', '2', '-n', '4', '-c'],
      ['fsck', '-S', '1'],
    ]) {
      const json = sim([...argv, '--json']);
      const text = sim(argv);
      const batch = sim(['--batch', 'f'], { f: `${JSON.stringify(argv)}\n` });
      expect(batch.code).toBe(0);
      expect(JSON.parse(batch.out[0] as string)).toEqual({
        ok: true,
        result: JSON.parse(json.out[0] as string),
        text: `${text.out.join('\n')}\n`,
      });
    }
  });

  it('refuses a missing or unreadable file with exit 2', () => {
    expect(sim(['--batch']).code).toBe(2);
    const r = sim(['--batch', 'missing.jsonl']);
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain('cannot read missing.jsonl');
  });
});

describe('sim ostep SCRIPT', () => {
  it('-h prints the script usage; a bad flag points to it', () => {
    expect(sim(['mlfq', '-h']).out[0]).toContain('Usage: sim ostep mlfq');
    const bad = sim(['mlfq', '--nope']);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toContain('sim ostep mlfq: no such option: --nope');
    expect(bad.err[0]).toContain('sim ostep mlfq -h lists its flags');
  });

  it('sim ostep -h lists the scripts; an unknown script points to it', () => {
    const help = sim(['-h']);
    expect(help.code).toBe(0);
    expect(help.out[0]).toContain('paging-linear-translate, paging-policy, malloc, vsfs');
    expect(sim(['no-such-script']).err[0]).toContain('sim ostep -h lists the scripts');
  });
});

describe("paging-policy's text, streamed as it is made", () => {
  it('is byte for byte the text solving it whole gives', () => {
    for (const flags of [
      ['-s', '2', '-p', 'LRU', '-C', '3', '-n', '450', '-c'],
      ['-s', '5', '-p', 'CLOCK', '-C', '4', '-n', '300', '-c'],
      ['-s', '1', '-p', 'OPT', '-n', '20'],
      ['-s', '1', '-p', 'RAND', '-C', '2', '-n', '30', '-c', '-N'],
    ]) {
      const streamed = sim(['paging-policy', ...flags]);
      const whole = solveOstep('paging-policy', flags, () => 'no scenario runs here');
      if (!whole.ok) throw new Error(whole.error);
      expect(streamed.code).toBe(0);
      expect(`${streamed.out.join('\n')}\n`).toBe(whole.text);
    }
  });

  it('writes the trace as bytes where the output takes them, chunk after chunk, the same text', () => {
    // 3,000 lines of about 1 KB (a list of up to 200 pages): several chunks of the writer's reused memory.
    const flags = ['-s', '3', '-p', 'LRU', '-C', '200', '-n', '3000', '-m', '400', '-c'];
    const bytes: Buffer[] = [];
    const io = {
      readText: () => '',
      out: (t: string) => bytes.push(Buffer.from(`${t}\n`)),
      write: (b: Uint8Array) => bytes.push(Buffer.from(b)),
      err: () => {},
    };
    expect(runCli(['ostep', 'paging-policy', ...flags], io)).toBe(0);
    const whole = solveOstep('paging-policy', flags, () => 'no scenario runs here');
    if (!whole.ok) throw new Error(whole.error);
    expect(bytes.length).toBeGreaterThan(4);
    expect(Buffer.concat(bytes).toString()).toBe(whole.text);
  });

  it('has no limit on the trace, which an answer held whole (--json) has', () => {
    // 20,000 references with up to 1,000 resident pages: a trace of 20 million entries.
    const flags = ['-s', '1', '-p', 'FIFO', '-C', '1000', '-n', '20000', '-m', '2000', '-c', '-N'];
    const streamed = sim(['paging-policy', ...flags]);
    expect(streamed.code).toBe(0);
    expect(streamed.out.join('\n')).toMatch(/\nFINALSTATS hits \d+ {3}misses \d+ {3}hitrate [\d.]+\n$/);
    const held = sim(['paging-policy', ...flags, '--json']);
    expect(held.code).toBe(2);
    expect(held.err[0]).toMatch(/a trace of 20000000 entries; at most 10000000 when the answer is held whole/);
  });
});

describe('the exit status', () => {
  it('is 1 where vsfs.py exits 1 after its text (the disk ran out), whether streamed, as data or in a batch', () => {
    const out = sim(['vsfs', '-s', '0', '-c']);
    expect(out.code).toBe(1);
    expect(out.out.join('\n')).toMatch(/File system out of inodes; rerun with more via command-line flag\?$/);
    expect(sim(['vsfs', '-s', '0', '-c', '--json']).code).toBe(1);
    expect(sim(['vsfs', '-s', '1', '-c']).code).toBe(0);
    const batch = sim(['--batch', 'b.jsonl'], { 'b.jsonl': '["vsfs","-s","0","-c"]\n["vsfs","-s","1","-c"]' });
    expect(batch.code).toBe(0);
    const [ranOut, whole] = batch.out.map((l) => JSON.parse(l));
    expect(ranOut).toMatchObject({ ok: true, exitStatus: 1 });
    expect(whole.exitStatus).toBeUndefined();
  });
});
