import { describe, expect, it } from 'vitest';
import { createHandler } from './handler';
import { MAX_OSTEP_COMMAND_CHARS, MAX_OSTEP_FILE_CHARS } from './ostepRequests';
import { PROTOCOL_VERSION, type FromSim } from '../protocol';

function greeted() {
  const handle = createHandler({ nowMs: () => 0 });
  handle({ type: 'hello', id: 1, protocol: PROTOCOL_VERSION });
  return (msg: object): FromSim => handle({ ...msg, id: 2 })[0] as FromSim;
}

describe('the ostep request', () => {
  it('answers a command without a loaded scenario, with the scenario to play', () => {
    const reply = greeted()({ type: 'ostep', command: './scheduler.py -p RR -q 2 -l 3,5,1 -c' });
    expect(reply).toMatchObject({
      type: 'ostepSolved',
      id: 2,
      result: { ok: true, script: 'scheduler', answer: { average: { response: 2, turnaround: 6.67, wait: 3.67 } } },
    });
    if (reply.type === 'ostepSolved' && reply.result.ok) {
      expect(reply.result.text).toContain('Average -- Response: 2.00  Turnaround 6.67  Wait 3.67');
      expect(reply.result.scenario?.processes.map((p) => p.bursts)).toEqual([[3], [5], [1]]);
    }
  });

  it('refuses bad input as a result naming the flag or the limit, never as a thrown error', () => {
    const ask = greeted();
    expect(ask({ type: 'ostep', command: './scheduler.py -q 0 -p RR' })).toMatchObject({
      type: 'ostepSolved',
      result: { ok: false, error: expect.stringContaining('-q/--quantum') },
    });
    expect(ask({ type: 'ostep', command: 42 })).toMatchObject({
      result: { ok: false, error: expect.stringContaining('command must be a string') },
    });
    expect(ask({ type: 'ostep', command: 'x'.repeat(MAX_OSTEP_COMMAND_CHARS + 1) })).toMatchObject({
      result: { ok: false, error: expect.stringContaining(`at most ${MAX_OSTEP_COMMAND_CHARS}`) },
    });
  });

  it('answers lfs.py with its log, each block live or dead, and refuses where lfs.py breaks', () => {
    const ask = greeted();
    expect(ask({ type: 'ostep', command: './lfs.py -L c,/a:w,/a,0,2:r,/a -c' })).toMatchObject({
      result: {
        ok: true,
        script: 'lfs',
        answer: { final: expect.arrayContaining([expect.objectContaining({ addr: 8, kind: 'data', live: false })]) },
        text: expect.stringContaining('FINAL file system contents:'),
      },
    });
    expect(ask({ type: 'ostep', command: './lfs.py -L c,/f:c,/f/x' })).toMatchObject({
      result: { ok: false, error: expect.stringContaining('goes through a file') },
    });
  });

  it('reads the command file a flag names from the request, and asks for it when there is none', () => {
    const ask = greeted();
    const reply = ask({ type: 'ostep', command: './ffs.py -f in.x -c', file: 'dir /a\nfile /a/b 2\n' });
    expect(reply).toMatchObject({
      result: {
        ok: true,
        script: 'ffs',
        answer: { freeBlocks: 296, files: [{ path: '/' }, { path: '/a' }, { path: '/a/b' }] },
      },
    });
    expect(ask({ type: 'ostep', command: './ffs.py -f in.x -c' })).toMatchObject({
      result: { ok: false, error: expect.stringContaining('paste the text of in.x in the command file box') },
    });
    expect(
      ask({ type: 'ostep', command: './ffs.py -f in.x', file: 'x'.repeat(MAX_OSTEP_FILE_CHARS + 1) }),
    ).toMatchObject({
      result: { ok: false, error: expect.stringContaining(`at most ${MAX_OSTEP_FILE_CHARS} characters`) },
    });
  });
});
