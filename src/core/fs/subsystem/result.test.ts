import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runResult } from '../../kernel/result';
import { validateScenario } from '../../scenario/validate';
import { simulate } from '../../testing/run';

/** The Files preset, whose validator appends to the ledger, with these operations after its own. */
function withOps(ops: unknown[]) {
  const s = JSON.parse(readFileSync('public/scenarios/file-system.json', 'utf8'));
  const v = validateScenario({ ...s, operations: [...s.operations, ...ops] });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

describe("the fs result's ledger status", () => {
  it('counts the blocks and their bytes, names the head, and has no verdict until verify-ledger runs', () => {
    const l = runResult(simulate(withOps([])).state).fs!.ledger;
    expect(l.blocks).toBeGreaterThan(0);
    expect(l.bytes).toBeGreaterThan(l.blocks * 32);
    expect(l.head).toMatch(/^[0-9a-f]{64}$/);
    expect(l.verdict).toBeNull();
  });

  it('gives the last verify-ledger’s answer: all good, then the first bad block after a tamper', () => {
    const good = runResult(simulate(withOps([{ tick: 60, op: 'fs', action: { kind: 'verify' } }])).state).fs!;
    expect(good.ledger.verdict).toMatchObject({ ok: true, checked: good.ledger.blocks });
    const bad = runResult(
      simulate(
        withOps([
          { tick: 60, op: 'fs', action: { kind: 'tamper', height: 0, rehash: false } },
          { tick: 61, op: 'fs', action: { kind: 'verify' } },
        ]),
      ).state,
    ).fs!;
    expect(bad.ledger.verdict).toMatchObject({ ok: false, height: 0, fault: { kind: 'hash' } });
  });
});
