import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const SCENARIOS = join(__dirname, '../../public/scenarios');

function cli(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    readText: (f) => files[f] ?? readFileSync(f, 'utf8'),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join(''), text: out.join('\n'), err: err.join('\n') };
}

describe('sim run on a cluster', () => {
  it('gives the network object in --json: counts, links, gossip and the checker verdict', () => {
    const r = cli(['run', join(SCENARIOS, 'network-gossip-partition.json'), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { network: Record<string, unknown> & { events: unknown[] } };
    expect(Object.keys(json.network)).toEqual([
      'ticks',
      'finished',
      'nodes',
      'messages',
      'lostBy',
      'links',
      'checker',
      'gossip',
      'traceHash',
      'events',
    ]);
    expect(json.network.checker).toMatchObject({ ok: true, findings: [] });
    expect(json.network.events).toEqual([]);
    // the same run twice, bit for bit
    expect(cli(['run', join(SCENARIOS, 'network-gossip-partition.json'), '--json']).out).toBe(r.out);
  });

  it('loads the AFS example: --json gains afs (reads, caches, the server’s files), the text says it after the counts', () => {
    const file = join(SCENARIOS, 'network-afs-partition.json');
    const json = JSON.parse(cli(['run', file, '--json']).out) as { network: Record<string, unknown> };
    expect(Object.keys(json.network)).toContain('afs');
    expect(json.network.afs).toMatchObject({ server: { node: 'server', files: [{ name: 'notes', value: 1 }] } });
    const r = cli(['run', file]);
    expect(r.text).toContain(
      'afs: server serves notes=1 (callbacks c0 c1); 3 fetches, 1 stores, 1 callback breaks (0 unanswered), 2 sent again',
    );
    expect(r.text).toContain('  c0: 9/9 actions; read notes=0 at 12, notes=0 at 62, notes=1 at 170; cache notes=1');
  });

  it('narrates the network and its processes after the top-level node’s trace', () => {
    const r = cli(['run', join(SCENARIOS, 'network-request-reply.json')]);
    expect(r.code).toBe(0);
    expect(r.text).toContain('message #0 lost at a: a drop fault took it off the link');
    expect(r.text).toContain('a: P1 gave up waiting for its reply after 120 ticks: it carries on without');
    expect(r.text).toMatch(/checker: ok \(/);
  });

  it('loads the attack example: --json gains security, and the text narrates each rejection', () => {
    const file = join(SCENARIOS, 'network-attack-signed.json');
    const json = JSON.parse(cli(['run', file, '--json']).out) as {
      network: { security: { mode: string; sealed: number; opened: number; rejected: object; log: unknown[] } };
    };
    expect(json.network.security).toMatchObject({
      mode: 'signed',
      sealed: 7,
      opened: 11,
      rejected: { tampered: 1, forged: 2, replayed: 1 },
    });
    expect(json.network.security.log).toHaveLength(11);
    const r = cli(['run', file]);
    expect(r.text).toContain('security: signed, 7 sealed, 11 opened, 4 rejected (tampered 1, forged 2, replayed 1)');
    expect(r.text).toMatch(/b: message #9 rejected: .*node m \(\w+\) is impersonating node a \(\w+\)/);
    expect(r.text).toContain('messages: 11 sent, 7 delivered');
    expect(r.text).toMatch(/checker: ok \(.*4 attack messages, every one rejected, none delivered/);
  });

  it('refuses a fault on a crashed node before running anything', () => {
    const scenario = JSON.parse(readFileSync(join(SCENARIOS, 'network-gossip-partition.json'), 'utf8')) as {
      operations: unknown[];
    };
    scenario.operations.push({ tick: 500, op: 'net', fault: { kind: 'pause', node: 'v7' } });
    const r = cli(['run', 'bad.json'], { 'bad.json': JSON.stringify(scenario) });
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'operations[4].fault.node "v7" crashed at tick 300 and has not restarted: a pause needs a node that is up',
    );
  });
  it('gives each migration in --json and in words: the preset moves one process three ways', () => {
    const file = join(SCENARIOS, 'network-live-migration.json');
    const json = JSON.parse(cli(['run', file, '--json']).out) as {
      network: { migrations: { method: string; downtimeTicks: number }[] };
    };
    expect(json.network.migrations.map((m) => [m.method, m.downtimeTicks])).toEqual([
      ['stopAndCopy', 849],
      ['preCopy', 24],
      ['postCopy', 10],
    ]);
    expect(cli(['run', file, '--quiet']).text).toContain(
      'n0:1 (model-server) n1 -> n2 by preCopy at tick 2000: done, 2 rounds, 284 pages, 962 ticks in all, 24 of downtime',
    );
  });
  it('says a post-copy migration whose pages stalled for good is not over, and what its process still waits for', () => {
    const file = join(SCENARIOS, 'network-live-migration.json');
    const preset = JSON.parse(readFileSync(file, 'utf8')) as { operations: unknown[] };
    const cut = { tick: 4020, op: 'net', fault: { kind: 'partition', groups: [['n2'], ['n0', 'n1']] } };
    const stalled = JSON.stringify({ ...preset, operations: [...preset.operations, cut] });
    const r = cli(['run', 'stalled.json', '--quiet'], { 'stalled.json': stalled });
    expect(r.text).toContain(
      'n0:1 (model-server) n2 -> n0 by postCopy at tick 4000: underWay, 0 rounds, 3 pages, not over: its pages stalled at tick 4020 (the route is cut by a partition); P3 on n0 still waits for a page',
    );
  });
});
