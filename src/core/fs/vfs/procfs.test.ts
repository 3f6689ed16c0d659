import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../kernel/simulation';
import { processMetrics } from '../../metrics/metrics';
import { scenarioOf } from '../../testing/scenarioOf';
import { emptyOpenFiles } from '../openFiles';
import { procTree, type ProcSource } from './procfs';
import { nodeAt, type VNode } from './tree';

const namesOf = (node: VNode): string[] => (node.kind === 'dir' ? node.entries.map(([n]) => n) : []);
const textAt = (root: VNode, path: string): string => {
  const found = nodeAt(root, '/proc', path.split('/'));
  return found.ok && found.node.kind === 'file' ? found.node.text : `(${found.ok ? 'a directory' : found.error.code})`;
};

const NOTHING: ProcSource = { tick: 0, processes: [], memory: null, open: emptyOpenFiles() };

describe('/proc', () => {
  it('with no processes and no memory management: the kernel files only', () => {
    const root = procTree({ ...NOTHING, tick: 7 });
    expect(namesOf(root)).toEqual(['mounts', 'runqueue', 'uptime']);
    expect(textAt(root, 'uptime')).toBe('7 ticks');
    expect(textAt(root, 'mounts')).toBe(
      'disk0 / block rw 0 0\nproc /proc proc ro 0 0\nledger /ledger ledger append 0 0',
    );
    expect(textAt(root, 'runqueue')).toContain('running:\tnone');
  });

  it("counts memory's frames as it holds them: free, the kernel's, CACHE and pinned", () => {
    // Frames: free, P1's pinned AI_MODEL, the kernel's CACHE, P1's USER.
    const memory = {
      frames: 4,
      owner: Int32Array.from([-1, 1, 0x7fffffff, 1]),
      type: Uint8Array.from([255, 2, 7, 1]),
      state: Uint8Array.from([0, 3, 1, 1]),
      config: { pageSize: 4096 },
    } as unknown as ProcSource['memory'];
    const text = textAt(procTree({ ...NOTHING, memory }), 'meminfo');
    expect(text).toBe(
      'FramesTotal:\t4\nFramesFree:\t1\nFramesKernel:\t1\nFramesCache:\t1\nFramesPinned:\t1\nPageSize:\t4096 bytes',
    );
  });

  it('lists exactly the processes that have arrived and not ended, at any tick of a run (property)', () => {
    const job = fc.record({
      arrival: fc.integer({ min: 0, max: 20 }),
      bursts: fc.oneof(
        fc.tuple(fc.integer({ min: 1, max: 9 })),
        fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5)).map(([a, b, c]) => [a + 1, b + 1, c + 1]),
      ),
    });
    fc.assert(
      fc.property(fc.array(job, { minLength: 0, maxLength: 5 }), fc.integer({ min: 0, max: 60 }), (jobs, tick) => {
        const sim = new Simulation(
          scenarioOf(
            { policy: 'RR', quantum: 2 },
            jobs.map((j) => ({ ...j, bursts: [...j.bursts] })),
          ),
        );
        sim.seek(tick);
        const st = sim.state;
        const root = procTree({
          tick: st.now,
          processes: st.procs.map((p) => processMetrics(st, p)),
          memory: null,
          open: emptyOpenFiles(),
        });
        // The model: the event log's arrivals up to now, less its exits.
        const live = new Set<number>();
        for (const e of st.events) {
          if (e.tick > st.now) break;
          if (e.kind === 'arrive') live.add(e.pid);
          if (e.kind === 'exit') live.delete(e.pid);
        }
        const dirs = namesOf(root).filter((n) => /^\d+$/.test(n));
        expect(dirs).toEqual([...live].sort((a, b) => a - b).map(String));
        for (const pid of live) expect(textAt(root, `${pid}/status`)).toContain(`Pid:\t${pid}\n`);
      }),
      { numRuns: 150 },
    );
  });

  it("shows a process's descriptors in its status and its fd file", () => {
    const open = {
      entries: [{ inum: 2, offset: 512, flags: 'a' as const, refs: 1, path: '/data/log' }],
      tables: { 3: [null, null, null, null, 0] },
    };
    const p = {
      pid: 3,
      name: 'etl',
      type: 'DATA_PROCESSING' as const,
      state: 'RUNNING' as const,
      priority: 2,
      arrival: 0,
      cpuTime: 9,
      cpu: 1,
    };
    const root = procTree({ ...NOTHING, tick: 10, processes: [p], open });
    expect(textAt(root, '3/fd')).toBe('4 -> /data/log (append, offset 512, open-file entry 0)');
    expect(textAt(root, '3/status')).toBe(
      [
        'Name:\tetl',
        'Pid:\t3',
        'Type:\tDATA_PROCESSING',
        'State:\tRUNNING on CPU 1',
        'Priority:\t2',
        'Arrival:\ttick 0',
        'CpuTime:\t9 ticks',
        'Memory:\tnot managed (the scenario has no memory section)',
        'FDs:\t4',
      ].join('\n'),
    );
    expect(textAt(root, 'runqueue')).toContain('running:\tP3');
  });
});
