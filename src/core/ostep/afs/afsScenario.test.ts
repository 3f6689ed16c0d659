import { describe, expect, it } from 'vitest';
import { applyAfs, createAfs } from '../../network/afs/afsModel';
import type { AfsState } from '../../network/afs/afsTypes';
import type { AfsResult } from '../../network/afs/afsResult';
import { runCluster } from '../../network/cluster/run';
import { ostepCommand, ostepCommandOf } from '../command';
import { solveOstepCommand } from '../solve';
import type { AfsAnswers } from './afsScript';

const noScenario = () => 'no scenario';

/** afs.py's answer, on the model as afs.py runs it: each client's reads, and the server and caches at the end. */
function expected(answer: AfsAnswers): { reads: number[][]; state: AfsState } {
  let st = createAfs(answer.files.length, answer.programs.length);
  const reads: number[][] = answer.programs.map(() => []);
  for (const s of answer.steps) {
    if (s.reason.kind === 'read') reads[s.client]?.push(s.reason.data);
    const r = applyAfs(st, s.client, s.op);
    if (!r.ok) throw new Error(r.refusal.message);
    st = r.state;
  }
  return { reads, state: st };
}

/** What the cluster's run gives, in the model's terms. */
function played(afs: AfsResult): { reads: number[][]; files: unknown; clients: unknown } {
  return {
    reads: afs.clients.map((c) => c.reads.map((r) => r.value)),
    files: afs.server.files.map((f) => ({
      name: f.name,
      value: f.value,
      callbacks: f.callbacks.map((n) => Number(n.slice(1))),
      fetchedBy: f.fetchedBy.map((n) => Number(n.slice(1))),
    })),
    clients: afs.clients.map(({ name, cache, hits, misses, invalidates, writes }) => ({
      name,
      cache,
      hits,
      misses,
      invalidates,
      writes,
    })),
  };
}

/** Plays a command as a scenario and says whether it ends as afs.py's answer; null when afs.py stops early. */
function same(line: string): boolean | null {
  const solved = solveOstepCommand(line, noScenario);
  if (!solved.ok) throw new Error(solved.error);
  const answer = solved.answer as AfsAnswers;
  const made = ostepCommand(line);
  if (answer.aborted !== null) {
    expect(made).toMatchObject({ ok: false });
    return null;
  }
  if (!made.ok) throw new Error(made.error);
  const net = runCluster(made.scenario).network;
  const want = expected(answer);
  const got = played(net.afs as AfsResult);
  expect(net.checker.findings).toEqual([]);
  expect(net.messages.lost).toBe(0);
  return (
    JSON.stringify(got) ===
    JSON.stringify({
      reads: want.reads,
      files: want.state.files,
      clients: want.state.clients.map(({ name, cache, hits, misses, invalidates, writes }) => ({
        name,
        cache,
        hits,
        misses,
        invalidates,
        writes,
      })),
    })
  );
}

/** The command lines of the sweep: seeds × clients × steps × files × read ratios, some with -A and -S. */
function lines(): string[] {
  let x = 2024;
  const rnd = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const out: string[] = [];
  for (let i = 0; i < 240; i++) {
    const files = int(1, 4);
    const clients = int(1, 6);
    const words = [`./afs.py -s ${int(0, 999)} -f ${files} -d ${int(0, 15)}`, rnd() < 0.5 ? '-c' : ''];
    if (rnd() < 0.25) {
      const program = () =>
        Array.from({ length: int(1, 3) }, (_, fd) => {
          const body = Array.from({ length: int(0, 2) }, () => `${rnd() < 0.5 ? 'r' : 'w'}${fd}`);
          return [`o${String.fromCharCode(97 + int(0, files - 1))}${fd}`, ...body, `c${fd}`].join(':');
        }).join(':');
      words.push(`-A ${Array.from({ length: clients }, program).join(',')}`);
    } else words.push(`-C ${clients} -n ${int(1, 5)} -r ${[0, 0.2, 0.5, 0.8, 1][int(0, 4)]}`);
    if (rnd() < 0.3)
      words.push(
        `-S ${Array.from({ length: clients + int(0, 4) }, (_, k) => (k < clients ? k : int(0, clients - 1))).join('')}`,
      );
    out.push(words.filter((w) => w !== '').join(' '));
  }
  return out;
}

describe('afs.py played as a cluster scenario', () => {
  const all = lines();
  // 40 lines a test: a cluster boots a whole kernel on each node, tens of milliseconds a line on a loaded machine
  it.each([0, 40, 80, 120, 160, 200])(
    'ends with afs.py’s reads, files (values, callbacks) and caches: lines %i+',
    (from) => {
      const results = all.slice(from, from + 40).map((line) => [line, same(line)] as const);
      expect(results.filter(([, r]) => r === false).map(([line]) => line)).toEqual([]);
      expect(results.filter(([, r]) => r === true).length).toBeGreaterThan(30);
    },
  );

  it('the README’s example: c1’s store breaks c0’s callback over the link, and c0 still reads 0', () => {
    const made = ostepCommand('./afs.py -A oa1:r1:c1,oa1:w1:c1 -S 011100 -c');
    if (!made.ok) throw new Error(made.error);
    expect(made.scenario.network?.afs?.clients.map((c) => c.actions.map((a) => `${a.tick}:${a.kind}`))).toEqual([
      ['0:open', '12:read', '15:close'],
      ['3:open', '6:write', '9:close'],
    ]);
    const net = runCluster(made.scenario).network;
    expect(net.afs?.clients.map((c) => c.reads.map((r) => [r.value, r.valid]))).toEqual([[[0, false]], []]);
    expect(net.afs?.messages).toEqual({ fetch: 2, file: 2, store: 1, stored: 1, break: 1, breakAck: 1 });
    expect(net.events.map((e) => e.text)).toContain(
      'c1 closes a: its copy is dirty, so it stores 1 on the server; the server breaks the callback of c0, which fetched it',
    );
  });

  it.each([0, 40, 80])(
    'a played scenario exports the -A, -S and -f that pose the same run again (the same steps), and itself again: lines %i+',
    (from) => {
      let exported = 0;
      for (const line of all.slice(from, from + 40)) {
        const made = ostepCommand(line);
        if (!made.ok) continue;
        const back = ostepCommandOf(made.scenario);
        // more than 10 opens a client or 10 clients: afs.py's one-digit descriptors and schedule cannot say it
        if (!back.ok) {
          expect(back.reasons.join('; ')).toMatch(/descriptors|clients 0 to 9/);
          continue;
        }
        exported++;
        const steps = (l: string) => {
          const r = solveOstepCommand(l, noScenario);
          if (!r.ok) throw new Error(r.error);
          return (r.answer as AfsAnswers).steps.map((s) => [s.client, s.op.kind, s.op.file, s.reason]);
        };
        expect(steps(back.command)).toEqual(steps(line));
        const again = ostepCommand(back.command);
        expect(again.ok && ostepCommandOf(again.scenario)).toEqual(back);
      }
      expect(exported).toBeGreaterThan(30);
    },
  );

  it('a run afs.py stops early is no scenario, and says why', () => {
    const made = ostepCommand('./afs.py -A oa1:r2');
    expect(made).toMatchObject({ ok: false });
    if (!made.ok) expect(made.error).toMatch(/stops early.*not in use/);
  });
});
