import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RelocationAnswers } from '../../core/index';
import { optparse } from '../../core/ostep/optparse';
import { relocationScript } from '../../core/ostep/relocation/relocationScript';
import { runScenario } from '../../core/ostep/runScenario';
import { boundsPicture } from './boundsPicture';
import { RelocationView } from './RelocationView';
import { segmentationScript } from '../../core/ostep/segmentation/segmentationScript';
import { SegmentationView } from './SegmentationView';

function relocation(args: string): RelocationAnswers {
  const parsed = optparse(args.split(' '), relocationScript.specs, relocationScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = relocationScript.solve(parsed.values, runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

describe('boundsPicture', () => {
  it("draws base and bounds on both columns and each VA's arrow, or none for a violation (seed 0)", () => {
    const a = relocation('-c');
    const p = boundsPicture({ ...a, segments: [{ base: a.base, limit: a.limit, grows: 'up' }] });
    // 472 of 1024 bytes of address space; 12418–12890 of 16384 bytes of memory, on 320 pixels
    expect(p.segments).toEqual([
      {
        label: 'base and bounds',
        grows: 'up',
        virtual: { y: 0, h: 147.5, from: 0, to: 472 },
        physical: { y: 242.5, h: 9.3, from: 12418, to: 12890 },
      },
    ]);
    expect(p.arrows.map((x) => x.py === null)).toEqual([false, false, true, false, true]);
    expect(p.arrows[0]).toMatchObject({ vy: 134.4, py: 250.9 });
  });

  it('draws at most 24 arrows and says how many it leaves out', () => {
    const a = relocation('-n 30 -c');
    const p = boundsPicture({ ...a, segments: [{ base: a.base, limit: a.limit, grows: 'up' }] });
    expect(p.arrows).toHaveLength(24);
    expect(p.hidden).toBe(6);
  });
});

describe('RelocationView', () => {
  it('names the mapping in the picture and explains each translation in the trace', () => {
    render(<RelocationView answer={relocation('-c')} />);
    const region = screen.getByRole('region', { name: 'Base and bounds' });
    expect(within(region).getByRole('img')).toHaveAccessibleName(
      'Base and bounds: base and bounds maps VA 0–472 to PA 12418–12890',
    );
    const rows = within(region).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('VA 0x1ae < bounds 0x1d8: PA = base 0x3082 + 0x1ae = 0x3230');
    expect(rows[3]).toHaveTextContent('segmentation violation: VA 0x20b ≥ bounds 0x1d8');
  });
});

describe('SegmentationView', () => {
  it('draws segment 0 at the bottom of the space and segment 1 at its top, each with its physical bytes', () => {
    const parsed = optparse(
      '-a 128 -p 512 -b 0 -l 20 -B 512 -L 20 -s 1 -c'.split(' '),
      segmentationScript.specs,
      segmentationScript.defaults,
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const r = segmentationScript.solve(parsed.values, runScenario);
    if (!r.ok) throw new Error(r.error);
    render(<SegmentationView answer={r.answer} />);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Segments: segment 0 maps VA 0–20 to PA 0–20; segment 1 maps VA 108–128 to PA 492–512',
    );
  });
});
