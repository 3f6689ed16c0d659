import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../scenario/validate';
import type { Scenario } from '../../scenario/types';
import { checkCluster } from '../cluster/checker';
import { createCluster, type ClusterState } from '../cluster/state';
import { advanceCluster } from '../cluster/step';
import { afsFindings } from './afsResult';
import { allDelivered } from '../cluster/deliveredCounts';
import type { AfsAction } from './afsSpec';

type Raw = { client: number; file: number; body: ('read' | 'write')[]; gap: number };

/** Sessions (open, reads and writes, close) of 2–3 clients on 1–2 files, each action a few ticks after the last. */
const WORLD = fc.record({
  clients: fc.integer({ min: 2, max: 3 }),
  files: fc.integer({ min: 1, max: 2 }),
  latency: fc.integer({ min: 1, max: 4 }),
  sessions: fc.array(
    fc.record({
      client: fc.integer({ min: 0, max: 2 }),
      file: fc.integer({ min: 0, max: 1 }),
      body: fc.array(fc.constantFrom<'read' | 'write'>('read', 'write'), { maxLength: 3 }),
      gap: fc.integer({ min: 0, max: 6 }),
    }),
    { minLength: 2, maxLength: 10 },
  ),
});
type World = { clients: number; files: number; latency: number; sessions: Raw[] };

function scenarioOf(w: World, links: object, operations: unknown[] = []): Scenario {
  const actions: AfsAction[][] = Array.from({ length: w.clients }, () => []);
  let tick = 0;
  for (const s of w.sessions) {
    const c = s.client % w.clients;
    const file = String.fromCharCode(97 + (s.file % w.files));
    for (const kind of ['open', ...s.body, 'close'] as const) {
      tick += s.gap;
      actions[c]?.push({ kind, tick, file });
    }
  }
  const v = validateScenario({
    format: 'bcos-scenario',
    version: 3,
    title: 'afs',
    seed: 1,
    node: { id: 'server' },
    scheduler: { policy: 'FIFO' },
    processes: [],
    operations,
    network: {
      nodes: actions.map((_, c) => ({ id: `c${c}` })),
      topology: { kind: 'star', hub: 'server' },
      links,
      afs: {
        server: 'server',
        files: Array.from({ length: w.files }, (_, i) => ({ name: String.fromCharCode(97 + i), value: i })),
        clients: actions.map((a, c) => ({ node: `c${c}`, actions: a })),
      },
    },
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

/** Runs the cluster a tick at a time, calling `each` after every tick. */
function runEachTick(cl: ClusterState, each: (cl: ClusterState) => void): void {
  for (let t = 0; !cl.finished && t < 100_000; t++) {
    advanceCluster(cl, t);
    each(cl);
  }
}

/** Clients the server's callbacks on each file name that neither cache it nor await its fetch. */
function strayCallbacks(cl: ClusterState): string[] {
  const run = cl.afs!;
  return run.model.files.flatMap((f) =>
    f.callbacks.flatMap((c) => {
      const caches = run.model.clients[c]?.cache.some((e) => e.file === f.name);
      const p = run.clients[c]?.pending;
      const awaits = p?.wire.kind === 'fetch' && p.wire.file === f.name;
      return caches || awaits ? [] : [`t${cl.now}: ${f.name} names c${c}`];
    }),
  );
}

/**
 * Every read that the rule covers, with the value it should give: a client whose open began after the server took
 * the file's last store and after that store's break reached it, and which has not written the file since, reads
 * the stored value (the last closer wins; a session sees what was closed before it opened).
 */
function readsAfterClose(cl: ClusterState): { read: number; want: number; at: string }[] {
  const stores: { tick: number; file: string; value: number }[] = [];
  const breaks: { tick: number; sentAt: number; file: string; node: number }[] = [];
  for (let i = 0; i < cl.deliveries.length; i += 2) {
    const m = cl.messages[cl.deliveries[i + 1] as number]!;
    const tick = cl.deliveries[i] as number;
    if (m.body.kind !== 'afs') continue;
    const w = m.body.afs;
    if (w.kind === 'store') stores.push({ tick, file: w.file, value: w.value });
    if (w.kind === 'break') breaks.push({ tick, sentAt: m.sentAt, file: w.file, node: m.to.node });
  }
  const run = cl.afs!;
  const out: { read: number; want: number; at: string }[] = [];
  const fetchSent: number[] = [];
  const opened = new Map<string, number>();
  const wrote = new Set<string>();
  for (const e of cl.log) {
    if (e.kind !== 'afs') continue;
    const ev = e.event;
    if (ev.kind === 'sent' && ev.wire.kind === 'fetch' && ev.tries === 1) fetchSent[ev.client] = ev.tick;
    if (ev.kind !== 'step') continue;
    const { client, op, reason } = ev.step;
    const key = `${client}/${op.file}`;
    if (reason.kind === 'open-cached') opened.set(key, ev.tick);
    if (reason.kind === 'open-fetch') opened.set(key, fetchSent[client] as number);
    if (op.kind === 'open') wrote.delete(key);
    if (reason.kind === 'write') wrote.add(key);
    if (reason.kind !== 'read' || wrote.has(key)) continue;
    const start = opened.get(key) as number;
    const last = stores.filter((s) => s.file === op.file && s.tick <= ev.tick).pop();
    if (!last || start <= last.tick) continue;
    const node = run.clientNodes[client];
    const itsBreaks = breaks.filter((b) => b.file === op.file && b.node === node && b.sentAt === last.tick);
    if (itsBreaks.some((b) => b.tick > start)) continue;
    out.push({ read: reason.data, want: last.value, at: `c${client} reads ${op.file} at ${ev.tick}` });
  }
  return out;
}

describe('AFS run by the cluster, properties', () => {
  it('a client opening a file after another’s close (its break delivered) reads the new value: the last closer wins', () => {
    let covered = 0;
    fc.assert(
      fc.property(WORLD, (w) => {
        const cl = createCluster(scenarioOf(w, { latency: { kind: 'constant', ticks: w.latency } }));
        advanceCluster(cl, Infinity);
        const reads = readsAfterClose(cl);
        covered += reads.length;
        expect(reads.filter((r) => r.read !== r.want)).toEqual([]);
      }),
      { numRuns: 60 },
    );
    // the rule is not vacuous: many reads come after another client's close
    expect(covered).toBeGreaterThan(10);
  });

  it('without loss every AFS message is delivered exactly once (a link’s copies suppressed), none is sent again, every schedule done', () => {
    fc.assert(
      fc.property(WORLD, fc.integer({ min: 1, max: 5 }), (w, max) => {
        const cl = createCluster(
          scenarioOf(w, {
            latency: { kind: 'uniform', min: 1, max },
            bandwidthMbps: 100,
            reorder: 0.3,
            duplicate: 0.3,
          }),
        );
        advanceCluster(cl, Infinity);
        expect(cl.messages.length).toBeGreaterThan(0);
        expect(allDelivered(cl.deliveredCount).filter((n) => n !== 1)).toEqual([]);
        expect(
          cl.log.filter((e) => e.kind === 'lost' || (e.kind === 'afs' && e.event.kind === 'sent' && e.event.tries > 1)),
        ).toEqual([]);
        expect(cl.afs!.clients.map((c, i) => c.next - (cl.afs!.spec.clients[i]?.actions.length ?? 0))).toEqual(
          cl.afs!.clients.map(() => 0),
        );
        expect(checkCluster(cl, afsFindings(cl)).findings).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('the server’s callbacks never name a client that neither caches the file nor awaits its fetch, at every tick', () => {
    fc.assert(
      fc.property(WORLD, (w) => {
        const cl = createCluster(scenarioOf(w, { latency: { kind: 'constant', ticks: w.latency } }));
        const stray: string[] = [];
        runEachTick(cl, (c) => stray.push(...strayCallbacks(c)));
        expect(stray).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('with loss, a partition and a crash every loss is accounted for, and each client does its schedule or gives an action up', () => {
    fc.assert(
      fc.property(
        WORLD,
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        fc.integer({ min: 0, max: 60 }),
        (w, loss, cut) => {
          const partition = { tick: cut, op: 'net', fault: { kind: 'partition', groups: [['server', 'c1'], ['c0']] } };
          const heal = { tick: cut + 150, op: 'net', fault: { kind: 'heal' } };
          const crash = { tick: cut + 10, op: 'net', fault: { kind: 'crash', node: 'c1' } };
          const restart = { tick: cut + 100, op: 'net', fault: { kind: 'restart', node: 'c1' } };
          const sc = scenarioOf(w, { latency: { kind: 'constant', ticks: w.latency }, loss }, [
            partition,
            crash,
            restart,
            heal,
          ]);
          const cl = createCluster({
            ...sc,
            network: { ...sc.network!, afs: { ...sc.network!.afs!, retryAfter: 40 } },
          });
          advanceCluster(cl, Infinity);
          expect(checkCluster(cl, afsFindings(cl)).findings).toEqual([]);
          const run = cl.afs!;
          run.clients.forEach((c, i) => expect(c.next).toBe(run.spec.clients[i]?.actions.length));
          const gaveUp = cl.log.filter((e) => e.kind === 'afs' && e.event.kind === 'gaveUp').length;
          if (cl.log.every((e) => e.kind !== 'lost')) expect(gaveUp).toBe(0);
        },
      ),
      { numRuns: 40 },
    );
  });
});
