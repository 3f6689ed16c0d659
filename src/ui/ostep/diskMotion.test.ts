import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiskAnswers } from '../../core/index';
import { diskScript } from '../../core/ostep/disk/diskScript';
import { optparse } from '../../core/ostep/optparse';
import { runScenario } from '../../core/ostep/runScenario';
import { diskFrameAt, phaseTicks, platterAngle, servedStarts, waitingAt } from './diskMotion';

function answerOf(args: string): DiskAnswers {
  const parsed = optparse(args.split(' '), diskScript.specs, diskScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = diskScript.solve(parsed.values, runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

describe('the disk animation’s frames', () => {
  it('turns the platter as disk.py does: back to 0 once it reaches 360, so 7° a tick makes a turn of 52 ticks', () => {
    expect([0, 1, 359, 360, 361].map((t) => platterAngle(1, t))).toEqual([0, 1, 359, 0, 1]);
    expect([51, 52, 53].map((t) => platterAngle(7, t))).toEqual([357, 0, 7]);
  });

  it('moves the arm through the sweep’s edges: C-SCAN from the inner track back to the outer edge, then in', () => {
    // 25 (inner) first; then the late request for 20 (middle) lies behind, so C-SCAN returns to the outer edge
    // and comes in to the middle: 2 + 1 tracks, 120 ticks
    const a = answerOf('-a 25 -L 2,-1,0 -s 0 -p C-SCAN -c');
    const starts = servedStarts(a);
    const second = a.served[1]!;
    expect([second.block, second.seek, second.via]).toEqual([20, 120, [0]]);
    const during = Array.from({ length: second.seek }, (_, u) => diskFrameAt(a, starts, starts[1]! + u).arm);
    expect(during[0]).toBe(2);
    expect(during[80]).toBe(0);
    expect(Math.min(...during)).toBe(0);
    expect(diskFrameAt(a, starts, starts[1]! + second.seek)).toMatchObject({ arm: 1, phase: 'rotate', serving: 1 });
  });

  it('at every tick: the phase matches the served request’s times, and what waits plus what is done is the queue', () => {
    const a = answerOf('-A 8,-1,0 -s 3 -p SSTF -L 3,-1,0 -c');
    const starts = servedStarts(a);
    const events = phaseTicks(a, starts);
    expect(events.at(-1)).toBe(a.totals.total);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: a.totals.total }), (t) => {
        const f = diskFrameAt(a, starts, t);
        const waiting = waitingAt(a, f);
        if (f.serving === null) {
          expect(t).toBe(a.totals.total);
          expect(waiting).toEqual([]);
          return;
        }
        const s = a.served[f.serving]!;
        const into = t - starts[f.serving]!;
        expect(into).toBeGreaterThanOrEqual(0);
        expect(into).toBeLessThan(s.total);
        expect(f.phase).toBe(into < s.seek ? 'seek' : into < s.seek + s.rotate ? 'rotate' : 'transfer');
        const arrived = a.requests.length + Math.min(f.serving + 1, a.late.length);
        expect(waiting.length + f.serving + 1).toBe(arrived);
      }),
      { seed: 6, numRuns: 200 },
    );
  });
});
