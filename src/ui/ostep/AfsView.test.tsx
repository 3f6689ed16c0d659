import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AfsAnswers } from '../../core/index';
import { afsScript } from '../../core/ostep/afs/afsScript';
import { optparse } from '../../core/ostep/optparse';
import { runScenario } from '../../core/ostep/runScenario';
import { afsSequence, afsSummary, slotsOf } from './afsSequence';
import { AfsView } from './AfsView';
import { afsSequenceLayout, AFS_SLOT, drawAfsSequence } from './drawAfsSequence';

function afsAnswerOf(args: string): AfsAnswers {
  const parsed = optparse(args.split(' '), afsScript.specs, afsScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = afsScript.solve(parsed.values, runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

// the README's -d 7 example: both open a, c1 writes and closes (store, and a break to c0), c0 reads 0 and closes
const readme = afsAnswerOf('-s 12 -S 011100 -A oa1:r1:c1,oa1:w1:c1 -c -d 7');

type Call = { method: string; args: unknown[]; style: unknown };

/** A 2D context that records every method call (with the stroke colour at the time) and accepts any property. */
function fakeContext(): { ctx: CanvasRenderingContext2D; calls: Call[] } {
  const calls: Call[] = [];
  const props: Record<string, unknown> = {};
  const ctx = new Proxy(props, {
    get(target, key: string) {
      if (key in target) return target[key];
      return (...args: unknown[]) => void calls.push({ method: key, args, style: target.strokeStyle });
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('afsSequence', () => {
  it('after c1’s close: a lifeline per node with what it holds, and the steps so far with their messages', () => {
    const m = afsSequence(readme, 3, 40);
    expect(m.lanes).toEqual([
      { name: 'server', holds: ['a = 1, callbacks c1'] },
      { name: 'c0', holds: ['a:0 v=0 d=0 r=1'] },
      { name: 'c1', holds: ['a:1 v=1 d=0 r=0'] },
    ]);
    expect(m.rows.map((r) => `${r.step} ${r.label} lane ${r.lane}`)).toEqual([
      '0 open a lane 1',
      '1 open a lane 2',
      '2 write a lane 2',
      '3 close a lane 2',
    ]);
    expect(m.rows[3]).toMatchObject({
      current: true,
      arrows: [
        { from: 2, to: 0, kind: 'store', label: 'store a = 1', again: false },
        { from: 0, to: 1, kind: 'break', label: 'break a', again: false },
      ],
    });
    expect(m.hidden).toBe(0);
  });

  it('keeps the latest steps that fit, the current one always, and counts those left out', () => {
    const m = afsSequence(readme, 5, 4);
    expect(m.rows.map((r) => r.step)).toEqual([4, 5]);
    expect(m.rows.reduce((n, r) => n + slotsOf(r), 0)).toBeLessThanOrEqual(4);
    expect(m.hidden).toBe(4);
    expect(afsSequence(readme, 3, 1).rows.map((r) => r.step)).toEqual([3]);
  });

  it('marks a callback broken again where the client held no promise (afs.py never forgets a fetch)', () => {
    // c1 opens a; c0 stores a twice: the first store breaks c1's callback, the second breaks it again
    const again = afsAnswerOf('-A oa1:w1:c1:oa2:w2:c2,oa1:c1 -S 1000000 -c');
    const stores = afsSequence(again, again.steps.length - 1, 40).rows.filter((r) => r.arrows[0]?.kind === 'store');
    expect(stores.map((r) => r.arrows.map((a) => `${a.kind}${a.again ? ' again' : ''}`))).toEqual([
      ['store', 'break'],
      ['store', 'break again'],
    ]);
  });

  it('says in words what each lifeline holds', () => {
    expect(afsSummary(afsSequence(readme, 0, 40))).toBe(
      'Message sequence up to step 1. server holds a = 0, callbacks c0; c0 holds a:0 v=1 d=0 r=1; c1 holds nothing.',
    );
  });
});

describe('drawAfsSequence', () => {
  it('draws lifelines, a mark per step and an arrow per message in its kind’s colour, the break dashed when again', () => {
    const m = afsSequence(readme, 5, 40);
    const layout = afsSequenceLayout(m, 600, 2);
    expect(layout.laneX).toEqual([100, 300, 500]);
    expect(layout.rowY[1]).toBe(layout.top + 3 * AFS_SLOT);
    const { ctx, calls } = fakeContext();
    drawAfsSequence(ctx, m, layout);
    expect(calls[0]).toMatchObject({ method: 'setTransform', args: [2, 0, 0, 2, 0, 0] });
    expect(calls.filter((c) => c.method === 'arc')).toHaveLength(6);
    const texts = calls.filter((c) => c.method === 'fillText').map((c) => c.args[0]);
    expect(texts).toEqual(
      expect.arrayContaining(['server', 'c0', 'c1', '1. open a', '4. close a', 'store a = 1', 'break a', 'a = 0']),
    );
    // 3 lifelines, then per arrow a line and a head: 2 fetches + 2 files, a store and a break
    const strokes = calls.filter((c) => c.method === 'stroke').map((c) => c.style);
    expect(strokes).toHaveLength(3 + 6);
    expect(strokes.slice(3)).toEqual(['#0072B2', '#0072B2', '#0072B2', '#0072B2', '#009E73', '#D55E00']);
    expect(calls.filter((c) => c.method === 'setLineDash' && (c.args[0] as number[]).length > 0)).toHaveLength(0);
  });
  it('dashes a callback broken again', () => {
    const again = afsAnswerOf('-A oa1:w1:c1:oa2:w2:c2,oa1:c1 -S 1000000 -c');
    const m = afsSequence(again, again.steps.length - 1, 40);
    const { ctx, calls } = fakeContext();
    drawAfsSequence(ctx, m, afsSequenceLayout(m, 400));
    expect(calls.filter((c) => c.method === 'setLineDash' && (c.args[0] as number[]).length > 0)).toHaveLength(1);
  });
});

describe('AfsView', () => {
  it('steps through the run with the diagram, the step in words and its messages', async () => {
    render(<AfsView answer={readme} />);
    expect(screen.getByRole('region', { name: 'AFS message sequence' })).toHaveTextContent(
      '2 clients, 6 operations; the server answered 2 fetches and 1 stores. Files at the end: a = 1 (was 0).',
    );
    expect(screen.getByText(/^Step 1 of 6: c0 opens a: no copy in its cache/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Message sequence up to step 1\./ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('list', { name: 'Messages of this step' })).toHaveTextContent(
      "c1 stores a (1) on the serverthe server breaks c0's callback on a: its copy becomes invalid",
    );
    expect(screen.getByRole('img', { name: /c0 holds a:0 v=0 d=0 r=1/ })).toBeInTheDocument();
  });

  it('says where afs.py stops', () => {
    render(<AfsView answer={afsAnswerOf('-A oa1:r2:c1 -c')} />);
    expect(screen.getByText(/afs.py stops here: .*ABORT:: filedesc:lookup\(\) -- fd:2 not in use/)).toBeInTheDocument();
  });
});
