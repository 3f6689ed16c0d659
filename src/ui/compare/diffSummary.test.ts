import { describe, expect, it } from 'vitest';
import { diffSummary, rangesText, rowDiffText } from './diffSummary';

const r = (start: number, end: number) => ({ start, end });

describe('diffSummary', () => {
  it('says where two schedules differ, and how many ticks of how many', () => {
    expect(diffSummary('FIFO', [{ name: 'SJF', ranges: [r(0, 5), r(8, 13)], of: 13 }]).short).toBe(
      'FIFO and SJF differ at 10 of 13 ticks (shaded): ticks 0–5, 8–13.',
    );
    expect(diffSummary('FIFO', [{ name: 'Priority', ranges: [], of: 13 }]).detail).toBe(
      'FIFO and Priority make the same schedule: they differ at no tick.',
    );
  });

  it('groups the digits of long runs', () => {
    expect(diffSummary('FIFO', [{ name: 'SJF', ranges: [r(0, 1500), r(2000, 3500)], of: 12_000 }]).short).toBe(
      'FIFO and SJF differ at 3,000 of 12,000 ticks (shaded): ticks 0–1,500, 2,000–3,500.',
    );
  });

  it('counts each schedule against the reference when there are more', () => {
    const summary = diffSummary('FIFO', [
      { name: 'SJF', ranges: [r(0, 5)], of: 13 },
      { name: 'EDF', ranges: [], of: 13 },
    ]);
    expect(summary.detail).toBe(
      'Shaded: the ticks where each schedule differs from FIFO. SJF at 5 of 13 ticks; EDF nowhere.',
    );
    expect(summary.short).toBe('Shaded: the ticks where each schedule differs from FIFO; each name says how many.');
    expect(diffSummary('FIFO', []).short).toMatch(/Only one schedule/);
  });

  it('lists a few stretches and counts the rest', () => {
    expect(rangesText([r(1, 2), r(3, 4), r(5, 6), r(7, 8), r(9, 10), r(11, 12)])).toBe(
      'ticks 1–2, 3–4, 5–6, 7–8 and 2 more stretches',
    );
    expect(rowDiffText('FIFO', { name: 'SJF', ranges: [r(0, 1)], of: 4 })).toBe('differs at 1 tick');
    expect(rowDiffText('FIFO', { name: 'SJF', ranges: [], of: 4 })).toBe('same as FIFO');
  });
});
