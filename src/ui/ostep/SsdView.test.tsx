import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SsdAnswers } from '../../core/index';
import { optparse } from '../../core/ostep/optparse';
import { runScenario } from '../../core/ostep/runScenario';
import { ssdScript } from '../../core/ostep/ssd/ssdScript';
import { flashBlocks, pageLabel, wearColor } from './ssdPicture';
import { SsdView } from './SsdView';

function ssdAnswerOf(args: string): SsdAnswers {
  const parsed = optparse(args.split(' '), ssdScript.specs, ssdScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = ssdScript.solve(parsed.values, runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

// ssd.py's README: the log writes 12:z, 19:9, 9:f into block 0, then trims 9 (page 2 stale)
const answer = ssdAnswerOf('-T log -l 30 -B 3 -p 10 -s 10 -n 5 -c');

describe('flashBlocks', () => {
  it("draws ssd.py's final flash: live, stale, erased and never-written pages, and wear per block", () => {
    const blocks = flashBlocks(answer);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]?.pages.slice(0, 4).map((p) => p.kind)).toEqual(['valid', 'valid', 'invalid', 'erased']);
    expect(blocks[0]?.pages[0]).toMatchObject({ logical: 12, data: 'z' });
    expect(blocks[1]?.pages.every((p) => p.kind === 'unwritten')).toBe(true);
    expect(blocks.map((b) => [b.erases, b.heat])).toEqual([
      [1, 1],
      [0, 0],
      [0, 0],
    ]);
    expect(pageLabel(blocks[0]?.pages[2] as never)).toBe('page 2: invalid (stale "f")');
  });

  it('colours wear from blue (unworn) to red (the most-erased block)', () => {
    expect(wearColor(0)).toBe('hsl(220 80% 55%)');
    expect(wearColor(1)).toBe('hsl(0 80% 55%)');
  });

  it('marks retired blocks (ours: --endurance)', () => {
    const worn = ssdAnswerOf('-T log -l 12 -B 4 -p 4 -n 200 -s 3 -G 3 -g 2 -e 3 -c');
    expect(flashBlocks(worn).some((b) => b.retired)).toBe(true);
  });
});

describe('SsdView', () => {
  it('lists the flash blocks with their wear, each page named, and the commands with their reasons', () => {
    render(<SsdView answer={answer} />);
    const flash = screen.getByRole('list', { name: 'Flash blocks' });
    expect(within(flash).getAllByRole('listitem')).toHaveLength(3);
    expect(within(flash).getByRole('listitem', { name: 'block 0: erased 1 times' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'page 0: valid, logical 12 = "z"' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Write amplification over the run' })).toBeTruthy();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(rows[1]?.textContent).toContain('write(12, z)');
    expect(rows[1]?.textContent).toContain('the log opens block 0');
  });
});
