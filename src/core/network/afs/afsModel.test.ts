import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainAfsMessage, explainAfsStep } from './afsExplain';
import { afsInvariantErrors } from './afsInvariants';
import { applyAfs, createAfs } from './afsModel';
import type { AfsOp, AfsState, AfsStep } from './afsTypes';

/** Applies each (client, op), failing the test on a refusal. */
function run(st: AfsState, ops: [number, AfsOp][]): { state: AfsState; steps: AfsStep[] } {
  const steps: AfsStep[] = [];
  for (const [client, op] of ops) {
    const r = applyAfs(st, client, op);
    if (!r.ok) throw new Error(r.refusal.message);
    st = r.state;
    steps.push(r.step);
  }
  return { state: st, steps };
}

const op = (kind: AfsOp['kind'], file = 'a', fd = 1): AfsOp => ({ kind, file, fd });

describe('the AFS model, by hand (dist-afs README: -A oa1:r1:c1,oa1:w1:c1 -S 011100)', () => {
  const { state, steps } = run(createAfs(1, 2), [
    [0, op('open')],
    [1, op('open')],
    [1, op('write')],
    [1, op('close')],
    [0, op('read')],
    [0, op('close')],
  ]);
  it('both open by fetching, c1 stores 1 at close and the server breaks c0’s callback; c0 still reads 0', () => {
    expect(steps.map((s) => s.reason.kind)).toEqual([
      'open-fetch',
      'open-fetch',
      'write',
      'close-store',
      'read',
      'close-clean',
    ]);
    expect(steps[3]?.messages.map((m) => `${m.kind} ${m.from}->${m.to}`)).toEqual([
      'store c1->server',
      'break server->c0',
    ]);
    expect(steps[4]?.reason).toEqual({ kind: 'read', data: 0, valid: false });
    expect(steps[5]?.reason).toEqual({ kind: 'close-clean', dropped: true });
    expect(state.files[0]).toMatchObject({ value: 1, callbacks: [1], fetchedBy: [0, 1] });
    expect(state.clients.map((c) => c.cache)).toEqual([
      [],
      [{ file: 'a', data: 1, valid: true, dirty: false, refcnt: 0 }],
    ]);
    expect([state.gets, state.puts, state.clients[0]?.invalidates]).toEqual([2, 1, 1]);
  });
  it('explains each step and message in a sentence', () => {
    expect(explainAfsStep(steps[0] as AfsStep)).toBe(
      'c0 opens a: no copy in its cache, so it fetches a from the server (0), which records a callback for c0',
    );
    expect(explainAfsStep(steps[3] as AfsStep)).toBe(
      'c1 closes a: its copy is dirty, so it stores 1 on the server; the server breaks the callback of c0, which fetched it',
    );
    expect(explainAfsMessage(steps[3]?.messages[1] as never)).toBe(
      "the server breaks c0's callback on a: its copy becomes invalid",
    );
  });
  it('refuses what cannot be done and changes nothing', () => {
    const st = createAfs(1, 2);
    expect(applyAfs(st, 0, op('read'))).toMatchObject({ ok: false, refusal: { code: 'EBADF' } });
    expect(applyAfs(st, 0, op('open', 'z'))).toMatchObject({ ok: false, refusal: { code: 'ENOENT' } });
    expect(applyAfs(st, 2, op('open'))).toMatchObject({ ok: false, refusal: { code: 'EINVAL' } });
    expect(st).toEqual(createAfs(1, 2));
  });
});

type RawOp = { client: number; kind: AfsOp['kind']; file: string };

/** Sessions (open, reads and writes, close) per client, interleaved by a random schedule, as afs.py runs them. */
const SESSIONS: fc.Arbitrary<RawOp[]> = fc
  .tuple(
    fc.array(
      fc.record({
        client: fc.integer({ min: 0, max: 3 }),
        file: fc.constantFrom('a', 'b', 'c'),
        body: fc.array(fc.constantFrom<AfsOp['kind']>('read', 'write'), { maxLength: 2 }),
      }),
      { minLength: 2, maxLength: 14 },
    ),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 10, maxLength: 80 }),
  )
  .map(([sessions, schedule]) => {
    const queues: RawOp[][] = [[], [], [], []];
    for (const s of sessions)
      for (const kind of ['open', ...s.body, 'close'] as const)
        queues[s.client]?.push({ client: s.client, kind, file: s.file });
    const out: RawOp[] = [];
    for (const c of [...schedule, 0, 1, 2, 3]) out.push(...(queues[c]?.splice(0, c > 3 ? 0 : 1) ?? []));
    return [...out, ...queues.flat()];
  });

/** Any operations at all, most of them refused, with the sessions' runs. */
const OPS = fc.oneof(
  SESSIONS,
  fc.array(
    fc.record({
      client: fc.integer({ min: 0, max: 4 }),
      kind: fc.constantFrom<AfsOp['kind']>('open', 'read', 'write', 'close'),
      file: fc.constantFrom('a', 'b', 'c', 'd'),
    }),
    { maxLength: 60 },
  ),
);

/** Runs the ops that the model accepts, calling `check` with the state before and after each. */
function each(files: number, ops: RawOp[], check: (before: AfsState, after: AfsState, step: AfsStep) => void) {
  let st = createAfs(files, 4);
  for (const o of ops) {
    const copy = JSON.stringify(st);
    const r = applyAfs(st, o.client, { kind: o.kind, file: o.file, fd: 0 });
    expect(JSON.stringify(st)).toBe(copy);
    if (!r.ok) continue;
    check(st, r.state, r.step);
    st = r.state;
  }
}

describe('the AFS model, properties', () => {
  it('the server’s callbacks on a file name exactly the clients with a valid copy, after every operation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), OPS, (files, ops) =>
        each(files, ops, (_, after) => expect(afsInvariantErrors(after)).toEqual([])),
      ),
    );
  });
  it('after a close that stores, every other client holding the file has had its callback broken before its next open', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), OPS, (files, ops) => {
        const broken = new Set<string>();
        each(files, ops, (_, after, step) => {
          const { file } = step.op;
          // the client's own store makes its copy the server's again
          if (step.reason.kind === 'close-store') broken.delete(`${step.client}/${file}`);
          if (step.reason.kind === 'close-store')
            after.clients.forEach((c, id) => {
              if (id === step.client || !c.cache.some((e) => e.file === file)) return;
              expect(c.cache.find((e) => e.file === file)?.valid).toBe(false);
              expect(step.messages).toContainEqual(expect.objectContaining({ kind: 'break', to: c.name, file }));
              broken.add(`${id}/${file}`);
            });
          if (step.op.kind === 'open') {
            if (broken.has(`${step.client}/${file}`)) expect(step.reason.kind).toBe('open-fetch');
            broken.delete(`${step.client}/${file}`);
          }
        });
      }),
    );
  });
  it('a client never reads a stale version after a callback break: its next open fetches the server’s value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), OPS, (files, ops) =>
        each(files, ops, (before, after, step) => {
          if (step.op.kind !== 'open') return;
          const entry = after.clients[step.client]?.cache.find((e) => e.file === step.op.file);
          const server = after.files.find((f) => f.name === step.op.file)?.value;
          // only the client's own change, not yet stored, may differ from the server
          if (!entry?.dirty) expect(entry?.data).toBe(server);
          const had = before.clients[step.client]?.cache.find((e) => e.file === step.op.file);
          if (had && !had.valid) expect(step.messages.map((m) => m.kind)).toEqual(['fetch', 'file']);
        }),
      ),
    );
  });
});
