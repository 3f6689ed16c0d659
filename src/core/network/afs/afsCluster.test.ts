// Tests may read files; the core itself never does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { runCluster } from '../cluster/run';

function preset(file: string): Scenario {
  const raw: unknown = JSON.parse(
    readFileSync(new URL(`../../../../public/scenarios/${file}`, import.meta.url), 'utf8'),
  );
  const v = validateScenario(raw);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

const AFS_PRESET = 'network-afs-partition.json';

/** The preset with its `network.afs` changed by `change`. */
function withAfs(change: (afs: Record<string, unknown>) => unknown, operations?: unknown[]) {
  const raw = JSON.parse(readFileSync(new URL(`../../../../public/scenarios/${AFS_PRESET}`, import.meta.url), 'utf8'));
  raw.network.afs = change(raw.network.afs);
  if (operations) raw.operations = operations;
  return validateScenario(raw);
}

describe('AFS run by the cluster: the preset', () => {
  const net = runCluster(preset(AFS_PRESET)).network;
  const text = net.events.map((e) => `${e.tick} ${e.text}`);

  it('c0 reads the stale 0 while the partition keeps the break from it, and 1 once the break got through', () => {
    expect(net.afs?.clients[0]?.reads.map((r) => [r.tick, r.value, r.valid])).toEqual([
      [12, 0, true],
      [62, 0, true],
      [170, 1, true],
    ]);
    expect(text).toContain('35 message #5 lost at server: the link is cut by a partition');
    expect(text).toContain('135 no answer yet, so again (try 3): the server sends c0 a break of its callback on notes');
    expect(text).toContain("140 the server breaks c0's callback on notes: its copy becomes invalid");
    expect(text).toContain(
      '170 c0 opens notes: its copy is invalid (the server broke its callback), so it fetches notes again (1), and the server records a callback once more',
    );
  });

  it('ends with the server’s file, callbacks and breaks, and the checker accounts for both losses', () => {
    expect(net.afs?.server).toMatchObject({
      gets: 3,
      puts: 1,
      breaksSent: 1,
      breaksUnanswered: 0,
      files: [{ name: 'notes', value: 1, callbacks: ['c0', 'c1'], fetchedBy: ['c0', 'c1'] }],
    });
    expect(net.afs?.retries).toBe(2);
    expect(net.lostBy).toEqual({ partition: 2 });
    expect(net.checker).toMatchObject({ ok: true, findings: [] });
  });

  it('without a heal the server gives the break up after its tries, and c0 reads the stale value to the end', () => {
    const v = withAfs(
      (afs) => afs,
      [{ tick: 20, op: 'net', fault: { kind: 'partition', groups: [['server', 'c1'], ['c0']] } }],
    );
    if (!v.ok) throw new Error(v.errors[0]?.message);
    const cut = runCluster(v.scenario).network;
    expect(cut.afs?.clients[0]?.reads.map((r) => r.value)).toEqual([0, 0, 0]);
    expect(cut.afs?.clients[0]?.timedOut).toBe(0);
    expect(cut.afs?.server.breaksUnanswered).toBe(1);
    expect(cut.events.map((e) => e.text)).toContain(
      "the server gives up breaking c0's callback on notes after 5 tries with no answer (ETIMEDOUT)",
    );
    expect(cut.checker.ok).toBe(true);
  });

  it('a client cut off from the server gives its fetch up (ETIMEDOUT), and its reads are refused (EBADF)', () => {
    const v = withAfs(
      (afs) => afs,
      [{ tick: 0, op: 'net', fault: { kind: 'partition', groups: [['server', 'c1'], ['c0']] } }],
    );
    if (!v.ok) throw new Error(v.errors[0]?.message);
    const cut = runCluster(v.scenario).network;
    expect(cut.afs?.clients[0]).toMatchObject({ timedOut: 3, refused: 6, reads: [] });
    expect(cut.checker.ok).toBe(true);
  });

  it('a request given up with nothing lost is the checker’s finding: tries too short for the round trip', () => {
    const v = withAfs((afs) => ({ ...afs, retryAfter: 1, maxTries: 1 }), []);
    if (!v.ok) throw new Error(v.errors[0]?.message);
    const short = runCluster(v.scenario).network;
    expect(short.checker.ok).toBe(false);
    expect(short.checker.findings[0]).toMatchObject({
      rule: 'afsDone',
      tick: 1,
      text: 'c0 gave up its fetch of notes after 1 tries, but no message of that file to or from c0 was lost or held',
    });
  });

  it('a network without afs has no afs in its result', () => {
    expect(runCluster(preset('network-request-reply.json')).network).not.toHaveProperty('afs');
  });
});

describe('network.afs refused', () => {
  it.each([
    [(a: Record<string, unknown>) => ({ ...a, server: 'nowhere' }), 'network.afs.server "nowhere" is not a node'],
    [
      (a: Record<string, unknown>) => ({ ...a, clients: [{ node: 'server', actions: [] }] }),
      'network.afs.clients[0].node "server" is already network.afs.server',
    ],
    [
      (a: Record<string, unknown>) => ({ ...a, files: [{ name: 'x' }, { name: 'x' }], clients: [] }),
      'network.afs.files[1].name "x" is already a file',
    ],
    [
      (a: Record<string, unknown>) => ({
        ...a,
        clients: [{ node: 'c0', actions: [{ kind: 'open', tick: 0, file: 'z' }] }],
      }),
      'network.afs.clients[0].actions[0].file "z" is not a file of the server (notes)',
    ],
    [
      (a: Record<string, unknown>) => ({
        ...a,
        clients: [{ node: 'c0', actions: [{ kind: 'seek', tick: 0, file: 'notes' }] }],
      }),
      'must be one of open, read, write, close',
    ],
    [(a: Record<string, unknown>) => ({ ...a, maxTries: 0 }), 'network.afs.maxTries'],
  ])('%#: says which field and why', (change, message) => {
    const v = withAfs(change);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toContain(message);
  });
});
