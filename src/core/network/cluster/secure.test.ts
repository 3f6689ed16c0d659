// Tests may read files; the core itself never does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trafficScenario, valid } from '../../testing/cluster';
import { validateScenario } from '../../scenario/validate';
import { deepCopy } from '../../deepCopy';
import { networkResult, nodeResults } from './result';
import { runCluster, runClusterState } from './run';
import { createCluster, type ClusterState } from './state';
import { advanceCluster } from './step';

/** Node n0 sends three messages to n1 over one link; `security` and attacks by n0 from tick 40. */
function attacked(security: string | undefined, attacks: Record<string, unknown>[]): Record<string, unknown> {
  const s = trafficScenario({
    nodes: 3,
    topology: { kind: 'mesh' },
    sends: [[1, 1, 1], [], []],
    operations: attacks.map((fault, i) => ({
      tick: 40 + i,
      op: 'net',
      fault: { kind: 'attack', node: 'n0', ...fault },
    })),
  });
  const network = s.network as Record<string, unknown>;
  return { ...s, network: { ...network, ...(security && { security }) } };
}

const resultText = (c: ClusterState): string => JSON.stringify(networkResult(c, nodeResults(c)));

describe('a secured cluster', () => {
  it('signs every message between nodes and delivers the honest ones', () => {
    const r = runCluster(valid(attacked('signed', [])));
    expect(r.network.messages).toMatchObject({ sent: 3, delivered: 3 });
    expect(r.network.security).toMatchObject({ mode: 'signed', sealed: 3, opened: 3, rejected: {} });
    expect(r.network.checker.ok).toBe(true);
  });

  it('rejects a tamper, a replay, an impersonation and a forgery, each for its reason', () => {
    const attacks = [{ attack: 'tamper' }, { attack: 'replay' }, { attack: 'impersonate' }, { attack: 'forge' }];
    const r = runCluster(valid(attacked('encrypted', attacks)));
    const sec = r.network.security!;
    expect(sec.rejected).toEqual({ tampered: 1, replayed: 1, forged: 2 });
    expect(r.network.messages).toMatchObject({ sent: 7, delivered: 3 });
    expect(sec.log.filter((e) => e.verdict === 'rejected').map((e) => e.text)).toEqual([
      expect.stringMatching(/^n1: message #3 rejected: .* changed on the way$/),
      expect.stringMatching(/^n1: message #4 rejected: .* a replay of an old message$/),
      expect.stringMatching(/^n1: message #5 rejected: .* is impersonating/),
      expect.stringMatching(/^n1: message #6 rejected: .* forged/),
    ]);
    expect(r.network.checker.ok).toBe(true);
    expect(r.network.checker.checked).toContain(
      '4 attack messages, every one rejected, none delivered (4 rejected so far)',
    );
  });

  it('takes every attack on purpose with security none, and the checker counts them against the attack', () => {
    const r = runCluster(valid(attacked(undefined, [{ attack: 'replay' }, { attack: 'forge', victim: 'n2' }])));
    const sec = r.network.security!;
    expect(sec.mode).toBe('none');
    expect(sec.rejected).toEqual({});
    expect(sec.log.filter((e) => e.messageId >= 3).map((e) => e.sentence)).toEqual([
      expect.stringMatching(/^accepted: .* unchecked/),
      expect.stringMatching(/^accepted: .* unchecked/),
    ]);
    expect(r.network.checker.ok).toBe(true);
    expect(r.network.checker.checked.at(-1)).toMatch(/^2 attack messages: 2 accepted on purpose/);
  });

  it('refuses an attack from a node that has sent nothing, saying why, and changes nothing', () => {
    const s = attacked('signed', []);
    const cl = runClusterState(
      valid({ ...s, operations: [{ tick: 40, op: 'net', fault: { kind: 'attack', node: 'n1', attack: 'replay' } }] }),
    );
    expect(cl.log.find((e) => e.kind === 'faultRefused')).toMatchObject({
      why: 'n1 has sent no message yet to make its replay from',
    });
    expect(cl.security!.attacks).toEqual([]);
  });

  it('leaves a run without security as it was: no security object', () => {
    expect(runCluster(valid(attacked(undefined, []))).network.security).toBeUndefined();
  });
});

/** The refusals of a scenario with one attack fault, each as its path and sentence. */
const errors = (fault: Record<string, unknown>, security?: string): string[] => {
  const v = validateScenario(attacked(security, [fault]));
  return v.ok ? [] : v.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('an attack fault in a scenario', () => {
  it('names a node of the cluster, not the attacker itself, and a field only for a tamper', () => {
    expect(errors({ attack: 'replay', victim: 'n9' })[0]).toMatch(/names "n9", which is not a node of the cluster/);
    expect(errors({ attack: 'forge', victim: 'n0' })).toEqual([
      'operations[0].fault.victim: operations[0].fault.victim "n0" is the attacker itself: it attacks another node',
    ]);
    expect(errors({ attack: 'replay', field: 'body' })).toEqual([
      'operations[0].fault.field: operations[0].fault.field: only a tamper changes a field, not a replay',
    ]);
    expect(errors({ attack: 'tamper', field: 'header' })).toEqual([]);
  });

  it('refuses an unknown attack, field or security mode, naming the field', () => {
    expect(errors({ attack: 'sniff' }).join()).toMatch(/attack.*must be one of tamper, replay, impersonate, forge/);
    expect(errors({ attack: 'tamper', field: 'tail' }).join()).toMatch(/field.*must be one of counter, header/);
    expect(errors({ attack: 'replay' }, 'secret').join()).toMatch(
      /network\.security.*must be one of none, signed, encrypted/,
    );
  });
});

describe('the example "Network: an attack on signed traffic"', () => {
  const example = JSON.parse(
    readFileSync(new URL('../../../../public/scenarios/network-attack-signed.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown> & { network: Record<string, unknown> };

  it('rejects all four attacks and delivers every honest message', () => {
    const r = runCluster(valid(example));
    expect(r.network.security?.rejected).toEqual({ tampered: 1, replayed: 1, forged: 2 });
    expect(r.network.messages).toMatchObject({ sent: 11, delivered: 7 });
    expect(r.network.checker.ok).toBe(true);
  });

  it('goes on from a checkpoint taken between the attacks as the run itself does', () => {
    const cl = createCluster(valid(example));
    advanceCluster(cl, 75);
    const copy = deepCopy(cl);
    advanceCluster(cl, Infinity);
    advanceCluster(copy, Infinity);
    expect(resultText(copy)).toBe(resultText(cl));
    expect(copy.security?.log).toHaveLength(11);
  });

  it('takes all four with security none', () => {
    const r = runCluster(valid({ ...example, network: { ...example.network, security: 'none' } }));
    expect(r.network.security?.rejected).toEqual({});
    expect(r.network.checker.checked.at(-1)).toMatch(/^4 attack messages: 4 accepted on purpose/);
  });
});
