import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MultiAnswers } from '../../core/index';
import { multiScript } from '../../core/ostep/multi/multiScript';
import { optparse } from '../../core/ostep/optparse';
import { runScenario } from '../../core/ostep/runScenario';
import { jobHue, multiPicture, SHOWN_BARS } from './multiPicture';
import { MultiView } from './MultiView';

function multiAnswerOf(args: string): MultiAnswers {
  const parsed = optparse(args.split(' '), multiScript.specs, multiScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = multiScript.solve(parsed.values, runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

// the homework's shared queue: three jobs round robin over two CPUs
const answer = multiAnswerOf('-n 2 -L a:100:100,b:100:50,c:100:50 -c');

describe('multiPicture', () => {
  it('draws each CPU as a row of runs placed in percent of the whole run, warm or cold', () => {
    const p = multiPicture(answer);
    expect(p.rows.map((r) => r.cpu)).toEqual([0, 1]);
    const first = p.rows[0]?.bars[0];
    expect(first).toMatchObject({ job: 'a', start: 0, end: 10, warm: false, left: 0, hue: jobHue(0) });
    expect(first?.width).toBeCloseTo((100 * 10) / answer.time);
    expect(first?.label).toBe('job a on CPU 0 from 0 to 10 (10 ticks), cold');
    const ends = p.rows.flatMap((r) => r.bars.map((b) => b.left + b.width));
    expect(Math.max(...ends)).toBeCloseTo(100);
    // each job leaves a CPU at the quantum's end just as its working set warms there
    expect(p.rows.flatMap((r) => r.bars).some((b) => b.warm)).toBe(false);
    const pinned = multiPicture(multiAnswerOf('-n 2 -L a:100:100,b:100:50,c:100:50 -A a:0,b:1,c:1 -c'));
    expect(pinned.rows[0]?.bars.map((b) => [b.start, b.end, b.warm])).toEqual([
      [0, 10, false],
      [10, 55, true],
    ]);
  });

  it('shows the shared queue as it changes', () => {
    const p = multiPicture(answer);
    expect(p.queues[0]).toEqual({ t: 0, text: 'Q: a b c' });
    expect(p.queues[1]).toEqual({ t: 1, text: 'Q: c' });
  });

  it('names per-CPU queues and draws at most SHOWN_BARS runs a CPU', () => {
    const per = multiPicture(multiAnswerOf('-n 2 -L a:100:100,b:100:50,c:100:50 -p -c'));
    expect(per.queues[0]?.text).toBe('Q0: a c · Q1: b');
    const long = multiPicture(multiAnswerOf('-n 1 -L a:4000:10,b:4000:10 -q 1 -w 1000 -c'));
    expect(long.rows[0]?.bars).toHaveLength(SHOWN_BARS);
    expect(long.rows[0]?.hidden).toBeGreaterThan(0);
  });
});

describe('MultiView', () => {
  it('shows the CPUs, the finish times, the queues and the decisions', () => {
    render(<MultiView answer={answer} />);
    const region = screen.getByRole('region', { name: 'CPUs and caches' });
    expect(within(region).getByRole('list', { name: /^CPU 0: busy 100% of the time, warm/ })).toBeInTheDocument();
    expect(within(region).getByRole('row', { name: /^b 100 50 any/ })).toBeInTheDocument();
    expect(within(region).getByRole('list', { name: 'Queues' })).toHaveTextContent('at 0: Q: a b c');
    expect(within(region).getByRole('list', { name: 'Decisions' })).toHaveTextContent(
      'at 0: CPU 0 is idle and takes job a from the shared queue',
    );
  });

  it('says what multi.py printed when it stops on a bad list', () => {
    render(<MultiView answer={multiAnswerOf('-L a:10:10 -A a:5')} />);
    expect(screen.getByText('multi.py stops: bad cpu 5 specified in affinity a:5')).toBeInTheDocument();
  });
});
