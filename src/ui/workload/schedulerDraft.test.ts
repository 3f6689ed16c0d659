import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../core/scenario/validate';
import type { Scenario } from '../../core/index';
import { resizeLevels } from './paramDraft';
import { applyDraft, draftOf, withParam, type SchedulerDraft } from './schedulerDraft';

/** The draft switched to `policy` with some of its parameters typed. */
function typed(d: SchedulerDraft, policy: SchedulerDraft['policy'], values: Record<string, string | boolean>) {
  let out: SchedulerDraft = { ...d, policy };
  for (const [k, v] of Object.entries(values)) out = { ...out, ...withParam(out, policy, k, v) };
  return out;
}

function scenario(input: unknown): Scenario {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('\n'));
  return v.scenario;
}

const BASE = scenario({
  format: 'bcos-scenario',
  version: 1,
  node: { cpus: 2, gpus: 1 },
  scheduler: {
    policy: 'MLFQ',
    levels: [{ quantum: 3, allotment: 2 }],
    allotmentUnit: 'ticks',
    boostInterval: 0,
    agingThreshold: 9,
    ioResetsAllotment: true,
    ioToFront: false,
  },
  options: { contextSwitchCost: 2, requeueOrder: 'preemptedFirst' },
  processes: [{ pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [1] }],
});

describe('scheduler draft', () => {
  it('gives back the same scenario when nothing is changed', () => {
    expect(scenario(applyDraft(draftOf(BASE), BASE))).toEqual(BASE);
  });

  it('keeps the other policies’ parameters while switching', () => {
    const d = typed(draftOf(BASE), 'RR', { quantum: '5' });
    expect(scenario(applyDraft(d, BASE)).scheduler).toEqual({ policy: 'RR', quantum: 5 });
    expect(scenario(applyDraft({ ...d, policy: 'MLFQ' }, BASE)).scheduler).toEqual(BASE.scheduler);
  });

  it('sends what was typed when it is not a number, and blank options take their defaults', () => {
    const d = { ...typed(draftOf(BASE), 'RR', { quantum: 'four' }), contextSwitchCost: ' ' };
    const out = applyDraft(d, BASE) as { scheduler: unknown; options: { contextSwitchCost: unknown } };
    expect(out.scheduler).toEqual({ policy: 'RR', quantum: 'four' });
    const v = validateScenario({ ...out, scheduler: { policy: 'FIFO' } });
    expect(v.ok && v.scenario.options.contextSwitchCost).toBe(0);
  });

  it('grows MLFQ levels by doubling the last quantum and shrinks from the bottom', () => {
    const grown = resizeLevels([{ quantum: '3', allotment: '2' }], 3);
    expect(grown).toEqual([
      { quantum: '3', allotment: '2' },
      { quantum: '6', allotment: '2' },
      { quantum: '12', allotment: '2' },
    ]);
    expect(resizeLevels(grown, 1)).toEqual([{ quantum: '3', allotment: '2' }]);
  });

  it('keeps a lottery without the OSTEP fields as it was, and carries them when set', () => {
    const plain = scenario({ ...BASE, scheduler: { policy: 'LOTTERY', quantum: 3 } });
    expect(scenario(applyDraft(draftOf(plain), plain)).scheduler).toEqual({ policy: 'LOTTERY', quantum: 3 });
    const ostep = scenario({
      ...BASE,
      scheduler: { policy: 'LOTTERY', quantum: 1, draw: 'python', drawOffset: 6, fullQuantum: true },
    });
    expect(scenario(applyDraft(draftOf(ostep), ostep)).scheduler).toEqual(ostep.scheduler);
    // The offset only means something with Python draws: back to seeded draws, it is left out.
    expect(scenario(applyDraft(typed(draftOf(ostep), 'LOTTERY', { draw: 'seeded' }), ostep)).scheduler).toEqual({
      policy: 'LOTTERY',
      quantum: 1,
      fullQuantum: true,
    });
  });

  it('edits a PID scan', () => {
    const d = { ...draftOf(BASE), policy: 'PID_SCAN' as const };
    expect(d.params.PID_SCAN).toEqual({ switchOnIo: true, ioCompletion: 'later' });
    const s = scenario(applyDraft(typed(d, 'PID_SCAN', { switchOnIo: false, ioCompletion: 'immediate' }), BASE));
    expect(s.scheduler).toEqual({ policy: 'PID_SCAN', switchOnIo: false, ioCompletion: 'immediate' });
    expect(scenario(applyDraft(draftOf(s), s))).toEqual(s);
  });
});
