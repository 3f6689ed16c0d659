import { describe, expect, it } from 'vitest';
import type { ProcessMetrics } from '../core/index';
import { complete } from './complete';

const p = (pid: number, name: string, state: ProcessMetrics['state']) => ({ pid, name, state }) as ProcessMetrics;
const PROCS = [p(1, 'llm', 'RUNNING'), p(2, 'val', 'SUSPENDED'), p(12, 'miner', 'READY'), p(3, 'old', 'TERMINATED')];

describe('complete', () => {
  it('completes a unique command name and adds a space', () => {
    expect(complete('sus', PROCS)).toEqual({ line: 'suspend ', candidates: [] });
    expect(complete('FRAG', PROCS)).toEqual({ line: 'fragmentation ', candidates: [] });
  });
  it('lists the candidates when ambiguous, extending to their common prefix', () => {
    expect(complete('d', PROCS)).toEqual({ line: 'd', candidates: ['dashboard', 'deallocate', 'defrag', 'df', 'dup'] });
    expect(complete('de', PROCS)).toEqual({ line: 'de', candidates: ['deallocate', 'defrag'] });
    expect(complete('p', PROCS)).toEqual({ line: 'p', candidates: ['priority', 'play', 'pause', 'pwd'] });
    expect(complete('pa', PROCS)).toEqual({ line: 'pause ', candidates: [] });
  });
  it('offers the pids a command can act on', () => {
    expect(complete('kill ', PROCS)).toEqual({ line: 'kill ', candidates: ['1 (llm)', '2 (val)', '12 (miner)'] });
    expect(complete('kill 1', PROCS)).toEqual({ line: 'kill 1', candidates: ['1 (llm)', '12 (miner)'] });
    expect(complete('resume ', PROCS)).toEqual({ line: 'resume 2 ', candidates: [] });
    expect(complete('suspend P1', PROCS)).toEqual({ line: 'suspend P1', candidates: ['1 (llm)', '12 (miner)'] });
    expect(complete('suspend P12', PROCS)).toEqual({ line: 'suspend 12 ', candidates: [] });
  });
  it('completes process and memory types, access modes and help topics', () => {
    expect(complete('create m ', PROCS).candidates).toEqual([
      'AI_INFERENCE',
      'DATA_PROCESSING',
      'BLOCKCHAIN_VALIDATOR',
      'NETWORK_NODE',
      'SYSTEM',
      'USER',
    ]);
    expect(complete('create m bl', PROCS).line).toBe('create m BLOCKCHAIN_VALIDATOR ');
    expect(complete('allocate 1 64KiB AI', PROCS)).toEqual({
      line: 'allocate 1 64KiB AI_',
      candidates: ['AI_MODEL', 'AI_DATA'],
    });
    expect(complete('allocate 1 64KiB blockchain_l', PROCS).line).toBe('allocate 1 64KiB BLOCKCHAIN_LEDGER ');
    expect(complete('access 1 0x10 w', PROCS).line).toBe('access 1 0x10 write ');
    expect(complete('help mon', PROCS).line).toBe('help monitor ');
    expect(complete('corrupt e', PROCS)).toEqual({ line: 'corrupt entry-', candidates: ['entry-inode', 'entry-name'] });
    expect(complete('corrupt or', PROCS).line).toBe('corrupt orphan ');
  });
  it('leaves the line alone where nothing can be offered', () => {
    expect(complete('zzz', PROCS)).toEqual({ line: 'zzz', candidates: [] });
    expect(complete('allocate 1 ', PROCS)).toEqual({ line: 'allocate 1 ', candidates: [] });
    expect(complete('list ', PROCS)).toEqual({ line: 'list ', candidates: [] });
    expect(complete('nosuch ', PROCS)).toEqual({ line: 'nosuch ', candidates: [] });
    expect(complete('create "a', PROCS)).toEqual({ line: 'create "a', candidates: [] });
  });
});
