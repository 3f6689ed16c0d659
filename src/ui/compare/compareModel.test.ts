import { describe, expect, it } from 'vitest';
import { SEGMENT_KIND, type CompareEntry } from '../../protocol';
import { scenarioOf } from '../../core/testing/scenarioOf';
import { compareDiffs, compareRuns } from './compareModel';
import { LIGHT_CANVAS } from '../theme/canvasPalette';
import { compareSvg } from './compareExport';
import { compareLayout } from './compareLayout';

const { run, idle } = SEGMENT_KIND;
const scenario = scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }, { bursts: [4], gpus: 1, type: 'AI_INFERENCE' }], {
  node: { gpus: 1 },
});

function entry(policy: 'FIFO' | 'SJF', cpu: number[][], gpu: number[][], ticks: number): CompareEntry {
  return {
    scheduler: { policy },
    timeline: Int32Array.from(cpu.flat()),
    gpuTimeline: Int32Array.from(gpu.flat()),
    result: { policy, ticks, finished: true, stalled: false, processes: [], traceHash: '', summary: {} as never },
  };
}

// FIFO runs P1 then P2 (which holds the GPU); SJF the same but with an idle tick first.
const entries = [
  entry(
    'FIFO',
    [
      [0, 0, 3, 1, run],
      [0, 3, 7, 2, run],
    ],
    [[0, 3, 7, 2, run]],
    7,
  ),
  entry(
    'SJF',
    [
      [0, 0, 1, -1, idle],
      [0, 1, 4, 1, run],
      [0, 4, 8, 2, run],
    ],
    [[0, 4, 8, 2, run]],
    8,
  ),
];

describe('compareRuns', () => {
  it('gives every run its CPU lanes and then its GPU lanes', () => {
    const runs = compareRuns(entries, scenario);
    expect(runs.rows.map((r) => [r.name, r.end, r.model.lanes.map((l) => l.label)])).toEqual([
      ['FIFO', 7, ['CPU 0', 'GPU 0']],
      ['SJF', 8, ['CPU 0', 'GPU 0']],
    ]);
    expect(runs.rows[1]?.model.lanes[1]?.bars).toMatchObject([{ start: 4, end: 8, pid: 2 }]);
  });

  it("marks a lone process's merged quanta under RR only (its quantum goes into the row's model)", () => {
    const rr: CompareEntry = { ...(entries[0] as CompareEntry), scheduler: { policy: 'RR', quantum: 2 } };
    expect(compareRuns([entries[0] as CompareEntry, rr], scenario).rows.map((r) => r.model.quantum)).toEqual([null, 2]);
  });
});

describe('compareDiffs', () => {
  it('counts the differing ticks of each run against the reference, over the longer run', () => {
    const d = compareDiffs(compareRuns(entries, scenario), 0);
    // Shifted by one tick, the two runs agree only from 1 to 3 (P1) and from 4 to 7 (P2 on both units).
    expect(d.differs).toEqual([
      null,
      [
        { start: 0, end: 1 },
        { start: 3, end: 4 },
        { start: 7, end: 8 },
      ],
    ]);
    expect(d.notes).toEqual(['the reference', 'differs at 3 ticks']);
    expect(d.summary.short).toBe('FIFO and SJF differ at 3 of 8 ticks (shaded): ticks 0–1, 3–4, 7–8.');
    expect(compareDiffs(compareRuns(entries, scenario), 1).notes).toEqual(['differs at 3 ticks', 'the reference']);
  });
});

describe('compareSvg', () => {
  it('nests each run’s Gantt chart with its own clip path, under one axis and a title', () => {
    const runs = compareRuns(entries, scenario);
    const diffs = compareDiffs(runs, 0);
    const layout = compareLayout({
      width: 900,
      height: 0,
      rows: 2,
      lanesPerRow: 2,
      view: { start: 0, end: 8 },
      devicePixelRatio: 1,
      scale: 1,
    });
    const svg = compareSvg(
      {
        title: 'Schedules compared on “test”',
        rows: runs.rows.map((r, i) => ({ ...r, note: diffs.notes[i] ?? '', differs: diffs.differs[i] ?? null })),
        union: diffs.union,
        diffColor: '#c2410c',
      },
      layout,
      LIGHT_CANVAS,
    );
    expect(svg).toContain('<title>Schedules compared on “test”</title>');
    expect(svg.match(/<\?xml/g)).toHaveLength(1);
    for (const id of ['plot-axis', 'plot-0', 'plot-1']) expect(svg).toContain(`id="${id}"`);
    expect(svg).not.toContain('url(#plot)');
    // Three stretches in the band under the axis, and in SJF's row three tints with their edges.
    expect(svg.match(/class="differs"/g)).toHaveLength(9);
  });
});
