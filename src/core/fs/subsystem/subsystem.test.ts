import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import type { FileIo } from '../config';
import type { Scenario, ScheduledOperation } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { gantt, run, simulate } from '../../testing/run';
import { scenarioOf, type Job } from '../../testing/scenarioOf';
import { subsystemInvariants } from '../../kernel/subsystems';

const fsOp = (tick: number, action: Extract<ScheduledOperation, { op: 'fs' }>['action']): ScheduledOperation => ({
  tick,
  op: 'fs',
  action,
});

/** Jobs doing file I/O on a disk of 64 blocks of 1 KiB whose requests cost 2 ticks plus 1 per block. */
function withFiles(jobs: (Job & { files?: FileIo })[], operations: ScheduledOperation[] = [], cpus = 1): Scenario {
  const base = scenarioOf({ policy: 'FIFO' }, jobs, { node: { cpus }, operations });
  const v = validateScenario({
    ...base,
    processes: base.processes.map((p, i) => ({ ...p, ...(jobs[i]?.files && { files: jobs[i].files }) })),
    fs: { blockSize: 1024, blocks: 64, inodes: 16, device: { requestTicks: 2, blockTicks: 1 }, cache: { blocks: 0 } },
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

describe('the file system as a subsystem', () => {
  it('applies scheduled operations and says what each did, a refused one with its POSIX error', () => {
    const r = run(
      withFiles(
        [{ bursts: [5] }],
        [fsOp(0, { kind: 'mkdir', path: '/models' }), fsOp(1, { kind: 'rmdir', path: '/nope' })],
      ),
    );
    const said = r.events.filter((e) => e.kind === 'fsOp').map((e) => explain(e));
    expect(said).toEqual([
      'File system: mkdir /models.',
      'File system: rmdir /nope is refused, ENOENT: /nope does not exist; nothing changes.',
    ]);
    expect(r.fs).toMatchObject({ usedInodes: 2, directories: 2, files: 0 });
    expect(r.fs?.stats).toMatchObject({ operations: 2, operationsRefused: 1 });
  });

  it('blocks a process WAITING while the device serves its request, then it runs on', () => {
    // Every 2 ticks of CPU time it writes 1.5 KiB: 2 blocks the first time (2 + 2 ticks), then 2 more (it ends mid-block).
    const r = run(
      withFiles([{ bursts: [5], files: { every: 2, requests: [{ kind: 'write', path: '/log', bytes: 1536 }] } }]),
    );
    expect(gantt(r)).toBe('1:0-2 1:6-8 1:12-13');
    const io = r.events.filter((e) => e.kind === 'fileIo');
    expect(io.map((e) => [e.tick, e.blocks, e.until])).toEqual([
      [2, 2, 6],
      [8, 2, 12],
    ]);
    expect(explain(io[0] as (typeof io)[0])).toBe(
      'P1 writes 1.5 KiB to /log (2 blocks): it blocks, WAITING for the disk until tick 6; the device serves it at once.',
    );
    expect(r.fs?.stats).toMatchObject({ writes: 2, bytesWritten: 3072, blocksMoved: 4, busyTicks: 8 });
    expect(r.processes[0]).toMatchObject({ completion: 13, cpuTime: 5 });
  });

  it('queues requests first come first served: the second waits behind the first', () => {
    const write = { every: 1, requests: [{ kind: 'write' as const, path: '/f', bytes: 4096 }] };
    const r = run(
      withFiles(
        [
          { bursts: [2], files: write },
          { bursts: [2], files: write },
        ],
        [],
        2,
      ),
    );
    const io = r.events.filter((e) => e.kind === 'fileIo').slice(0, 2);
    expect(io.map((e) => [e.pid, e.ahead, e.start, e.until])).toEqual([
      [1, 0, 1, 7],
      [2, 1, 7, 13],
    ]);
    // Each ends with its burst one tick later: one request each, the second queued 6 ticks.
    expect(r.fs?.stats).toMatchObject({ requests: 2, queuedTicks: 6 });
  });

  it('reads a file from its start, a request at a time, starting over at its end; a missing file fails and it goes on', () => {
    const files: FileIo = {
      every: 1,
      requests: [
        { kind: 'read', path: '/data', bytes: 2048 },
        { kind: 'read', path: '/missing', bytes: 10 },
      ],
    };
    const r = run(withFiles([{ bursts: [6], files }], [fsOp(0, { kind: 'write', path: '/data', bytes: 3000 })]));
    const io = r.events.filter((e) => e.kind === 'fileIo');
    expect(io.map((e) => [e.bytes, e.blocks])).toEqual([
      [2048, 2],
      [952, 1],
      [2048, 2],
    ]);
    const refused = r.events.filter((e) => e.kind === 'fileRefused');
    expect(refused).toHaveLength(2);
    expect(explain(refused[0] as (typeof refused)[0])).toBe(
      "P1's read of /missing fails, ENOENT: /missing does not exist; it carries on.",
    );
  });

  it('checks a process acting as its own user against the mode bits, and narrates each refusal', () => {
    const write: FileIo = { every: 1, requests: [{ kind: 'write', path: '/log', bytes: 100 }] };
    const read: FileIo = { every: 1, requests: [{ kind: 'read', path: '/secret', bytes: 10 }] };
    const base = withFiles(
      [
        { bursts: [2], files: write },
        { bursts: [2], files: read },
        { bursts: [2], files: read },
      ],
      [
        fsOp(0, { kind: 'write', path: '/secret', bytes: 10 }),
        fsOp(0, { kind: 'chmod', mode: 0o600, path: '/secret' }),
      ],
    );
    const users = ['own', 'own', 'root'] as const;
    const r = run({ ...base, processes: base.processes.map((p, i) => ({ ...p, user: users[i] })) });
    const refused = r.events.filter((e) => e.kind === 'fileRefused').map((e) => explain(e));
    expect(refused).toEqual([
      "P1's write of /log fails, EACCES: P1's user may not write /: its mode 0755 gives others (the owner is root (the system)) r-x; it carries on.",
      "P2's read of /secret fails, EACCES: P2's user may not read /secret: its mode 0600 gives others (the owner is root (the system)) ---; it carries on.",
    ]);
    expect(r.events.filter((e) => e.kind === 'fileIo').map((e) => [e.pid, e.request])).toEqual([[3, 'read']]);
  });

  it('keeps its invariants and the same trace when replayed', () => {
    const files: FileIo = {
      every: 3,
      requests: [
        { kind: 'write', path: '/a', bytes: 5000 },
        { kind: 'read', path: '/a', bytes: 3000 },
      ],
    };
    const s = withFiles(
      [
        { bursts: [20, 4, 20], files },
        { bursts: [30], files },
      ],
      [fsOp(5, { kind: 'mkdir', path: '/d' })],
    );
    const sim = simulate(s);
    expect(subsystemInvariants(sim.state)).toEqual([]);
    expect(run(s).traceHash).toBe(run(s).traceHash);
  });

  it('runs descriptor operations for a process, closes them when it ends, and seeks back to the same tables', () => {
    const s = withFiles(
      [{ bursts: [6] }],
      [
        fsOp(0, { kind: 'write', path: '/f', bytes: 2000 }),
        fsOp(1, { kind: 'open', pid: 1, path: '/f', flags: 'r' }),
        fsOp(2, { kind: 'read', pid: 1, fd: 3, bytes: 1500 }),
        fsOp(2, { kind: 'open', pid: 7, path: '/f', flags: 'r' }),
        fsOp(3, { kind: 'rm', path: '/f' }),
      ],
    );
    const sim = simulate(s);
    const said = sim.state.events
      .filter((e) => e.kind === 'fsOp' || e.kind === 'descriptorsClosed')
      .map((e) => `t=${e.tick} ${explain(e)}`);
    expect(said).toEqual([
      't=0 File system: write /f 2000.',
      "t=1 File system: open 1 /f r: /f opened read-only: P1's descriptor 3 -> open-file entry 0 (inode 1, offset 0).",
      "t=2 File system: read 1 3 1500: 1500 bytes read from offset 0; entry 0's offset is now 1500.",
      't=2 File system: open 7 /f r is refused, EINVAL: there is no process P7: descriptors belong to a process; nothing changes.',
      't=3 File system: rm /f: the name goes, but inode 1 stays, held by 1 open-file entry, until the last descriptor on it closes.',
      't=6 P1 has ended: the kernel closes its descriptors (descriptor 3: open-file entry 0 goes; inode 1, unlinked while open, is freed with its blocks).',
    ]);
    expect(subsystemInvariants(sim.state)).toEqual([]);
    sim.seek(4);
    const run4 = sim.state.sub.fs as { open: unknown; fs: { orphans: number[] } };
    expect(run4.open).toEqual({
      entries: [{ inum: 1, offset: 1500, flags: 'r', refs: 1, path: '/f' }],
      tables: { 1: [null, null, null, 0] },
    });
    expect(run4.fs.orphans).toEqual([1]);
    expect(subsystemInvariants(sim.state)).toEqual([]);
  });

  it('refuses file I/O and file operations in a scenario without a file system, naming where', () => {
    const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }], {
      operations: [fsOp(0, { kind: 'touch', path: '/x' })],
    });
    const v = validateScenario({
      ...base,
      processes: base.processes.map((p) => ({
        ...p,
        files: { every: 1, requests: [{ kind: 'read', path: '/x', bytes: 1 }] },
      })),
    });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.errors.map((e) => e.path)).toEqual(['processes[0].files', 'operations[0].op']);
  });

  it('names the field and the limit of a bad fs section', () => {
    const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }]);
    const v = validateScenario({ ...base, fs: { blockSize: 1000, blocks: 8 } });
    expect(!v.ok && v.errors.map((e) => e.message)).toEqual([
      'fs.blockSize must be a power of two from 512 to 65536 bytes (got 1000)',
      'fs.blocks must be an integer from 16 to 262144 blocks (got 8)',
    ]);
  });
});

/** One reader going over a 4-block file twice, with a cache of `blocks`. */
function reader(blocks: number, writeBack = true): Scenario {
  const files: FileIo = { every: 1, requests: [{ kind: 'read', path: '/model', bytes: 2048 }] };
  const base = withFiles([{ bursts: [4], files }], [fsOp(0, { kind: 'write', path: '/model', bytes: 4096 })]);
  return { ...base, fs: { ...(base.fs as NonNullable<Scenario['fs']>), cache: { blocks, writeBack } } };
}

describe('the page cache in the file system', () => {
  it('a first read misses and waits for the disk; the second pass hits and does not wait', () => {
    const r = run(reader(8));
    const io = r.events.filter((e) => e.kind === 'fileIo');
    expect(io.map((e) => [e.cached, e.disk, e.until - e.tick])).toEqual([
      [0, 2, 4],
      [0, 2, 4],
      [2, 0, 0],
    ]);
    expect(explain(io[2] as (typeof io)[0])).toBe(
      'P1 reads 2 KiB of /model (2 blocks: all 2 in the page cache): no disk work, so it does not wait.',
    );
    expect(r.fs?.cache).toMatchObject({ hits: 2, misses: 4, held: 4, capacity: 8 });
  });

  it('a cache too small for the file misses every time (LRU over a loop larger than it)', () => {
    const r = run(reader(3));
    expect(r.fs?.cache).toMatchObject({ hits: 0, misses: 6, evictions: 3 });
  });

  it('under write-back a write waits for nothing until sync writes the dirty blocks, busying the device', () => {
    const files: FileIo = { every: 1, requests: [{ kind: 'write', path: '/log', bytes: 3072 }] };
    const base = withFiles([{ bursts: [3], files }], [fsOp(2, { kind: 'sync' })]);
    const r = run({
      ...base,
      fs: { ...(base.fs as NonNullable<Scenario['fs']>), cache: { blocks: 16, writeBack: true } },
    });
    const sync = r.events.find((e) => e.kind === 'fsOp');
    expect(sync && explain(sync)).toBe(
      'File system: sync writes 3 dirty cached blocks to the disk, busy until tick 7.',
    );
    // Operations come before requests at a tick: the write at tick 2 is after the sync, still dirty at the end.
    expect(r.fs?.cache).toMatchObject({ dirty: 3, writeBacks: 3 });
    expect(r.processes[0]?.completion).toBe(3);
  });
});

/** A validator appending a block every 2 ticks of its CPU time, and the operations given. */
function chain(operations: ScheduledOperation[]): Scenario {
  const files: FileIo = { every: 2, requests: [{ kind: 'write', path: '/ledger/chain.log', bytes: 512 }] };
  return withFiles([{ bursts: [20], type: 'BLOCKCHAIN_VALIDATOR', files }], operations);
}

describe('the ledger at /ledger', () => {
  it('a validator appends a block per write; verification after a tamper names exactly that block', () => {
    const r = run(
      chain([
        fsOp(40, { kind: 'verify' }),
        fsOp(40, { kind: 'tamper', height: 3, rehash: false }),
        fsOp(40, { kind: 'verify' }),
        fsOp(40, { kind: 'tamper', height: 42, rehash: false }),
      ]),
    );
    const appends = r.events.filter((e) => e.kind === 'ledger');
    expect(appends.length).toBe(9);
    expect(explain(appends[0] as (typeof appends)[0])).toMatch(/^P1 appends to the ledger: appended block 0/);
    const said = r.events.filter((e) => e.kind === 'fsOp' && e.tick === 40).map((e) => explain(e));
    expect(said[0]).toMatch(/^Ledger: verify-ledger: all 8 blocks/);
    expect(said[1]).toMatch(/^Ledger: tamper 3: changed block 3: /);
    expect(said[2]).toMatch(/^Ledger: verify-ledger: .*block 3/);
    expect(said[3]).toBe(
      'File system: tamper 42 is refused, EINVAL: block 42 is outside the chain (heights 0 to 7); nothing changes.',
    );
  });

  it("a validator's append is written through to the device (it waits); another process's write is refused EPERM", () => {
    const files: FileIo = { every: 2, requests: [{ kind: 'write', path: '/ledger/chain.log', bytes: 512 }] };
    const r = run(
      withFiles([
        { bursts: [3], type: 'BLOCKCHAIN_VALIDATOR', files },
        { bursts: [3], type: 'DATA_PROCESSING', files },
      ]),
    );
    const io = r.events.filter((e) => e.kind === 'fileIo');
    // 1 KiB blocks: the appended block's bytes fit in one, 2 ticks a request plus 1 a block.
    expect(io.map((e) => [e.pid, e.blocks, e.disk, e.until - e.start])).toEqual([[1, 1, 1, 3]]);
    expect(r.events.filter((e) => e.kind === 'ledger').length).toBe(1);
    const refused = r.events.filter((e) => e.kind === 'fileRefused');
    expect(refused.map((e) => [e.pid, e.error.code])).toEqual([[2, 'EPERM']]);
    // Nothing of it is on the block file system: only the root directory is in use.
    expect(r.fs).toMatchObject({ usedInodes: 1, files: 0 });
  });

  it('a rehashed tamper passes its own check and breaks the next link', () => {
    const sim = simulate(chain([fsOp(40, { kind: 'tamper', height: 2, rehash: true }), fsOp(40, { kind: 'verify' })]));
    const verdict = (sim.state.sub.fs as { verdict: { ok: boolean; height?: number } }).verdict;
    expect(verdict).toMatchObject({ ok: false, height: 3 });
  });
});

const MiB = 2 ** 20;

/** AI_INFERENCE processes serving models, in a cache of `budget` bytes loading 1 MiB a tick. */
function serving(models: { name: string; bytes: number; arrival: number }[], budget: number): Scenario {
  const base = scenarioOf(
    { policy: 'FIFO' },
    models.map((m) => ({ arrival: m.arrival, bursts: [3], type: 'AI_INFERENCE' as const })),
    { node: { cpus: 2 } },
  );
  const v = validateScenario({
    ...base,
    processes: base.processes.map((p, i) => ({ ...p, model: { name: models[i]?.name, bytes: models[i]?.bytes } })),
    fs: { blocks: 64, inodes: 16, models: { budget, bandwidth: 2 ** 20, policy: 'LRU' } },
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

describe('the model cache', () => {
  it('a miss loads the weights and the process waits for them; the next process serving the model hits', () => {
    const r = run(
      serving(
        [
          { name: 'llama-7b', bytes: 4 * MiB, arrival: 0 },
          { name: 'llama-7b', bytes: 4 * MiB, arrival: 10 },
        ],
        8 * MiB,
      ),
    );
    const loads = r.events.filter((e) => e.kind === 'modelLoad');
    expect(loads.map((e) => [e.pid, e.hit, e.ticks])).toEqual([
      [1, false, 4],
      [2, true, 0],
    ]);
    expect(explain(loads[1] as (typeof loads)[0])).toBe(
      'P2 finds llama-7b in the model cache: its weights are in memory, pinned while it runs.',
    );
    expect(r.processes.map((p) => p.completion)).toEqual([7, 13]);
    expect(r.fs?.models?.stats).toMatchObject({ hits: 1, misses: 1, loadTicks: 4 });
  });

  it('evicts an unpinned model for a new one, and kills a process whose model cannot fit beside pinned ones', () => {
    const r = run(
      serving(
        [
          { name: 'a', bytes: 6 * MiB, arrival: 0 },
          { name: 'b', bytes: 6 * MiB, arrival: 0 },
          { name: 'c', bytes: 6 * MiB, arrival: 20 },
        ],
        8 * MiB,
      ),
    );
    const loads = r.events.filter((e) => e.kind === 'modelLoad');
    // P1 and P2 start together: a is pinned by P1, so b cannot fit beside it and P2 is killed.
    expect(loads[1]?.failed?.code).toBe('ENOSPC');
    expect(r.processes[1]?.killed).toBe(true);
    // By tick 20 P1 has ended: a is no longer pinned, and c evicts it.
    expect(loads[2]?.said.some((s) => s.includes('evicted a'))).toBe(true);
    expect(r.fs?.models?.held.map((m) => m.name)).toEqual(['c']);
  });

  it('refuses a model without a model cache, naming the field', () => {
    const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }]);
    const v = validateScenario({
      ...base,
      processes: base.processes.map((p) => ({ ...p, model: { name: 'x', bytes: 10 } })),
      fs: { blocks: 64, inodes: 16 },
    });
    expect(!v.ok && v.errors.map((e) => e.path)).toEqual(['processes[0].model']);
  });
});
