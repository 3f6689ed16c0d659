import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MultilevelTranslateAnswers } from '../../core/index';
import { multilevelTranslateScript } from '../../core/ostep/multilevelTranslate/multilevelTranslateScript';
import { optparse } from '../../core/ostep/optparse';
import { runScenario } from '../../core/ostep/runScenario';
import { locate, multilevelPicture, pageKinds, walkStarts } from './multilevelPicture';
import { MultilevelTranslateView } from './MultilevelTranslateView';

function answerOf(args: string): MultilevelTranslateAnswers {
  const parsed = optparse(args.split(' '), multilevelTranslateScript.specs, multilevelTranslateScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  const r = multilevelTranslateScript.solve(parsed.values, runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

// -s 0 -n 2: 0x611c walks directory 108 -> table page 33 -> data page 53; 0x3da8 faults at its PTE (table page 86)
const seed0 = answerOf('-s 0 -n 2');

describe('multilevelPicture', () => {
  it("reads each page's kind from the dump: the directory, its table pages, their mapped pages", () => {
    const kinds = pageKinds(seed0);
    expect(kinds[108]).toBe('directory');
    expect(kinds[33]).toBe('table');
    expect(kinds[53]).toBe('data');
    expect(kinds[1]).toBe('free');
    // 64 pages mapped, each in a table page; with the directory that is every page not free
    expect(kinds.filter((k) => k === 'data')).toHaveLength(64);
  });

  it('lights the directory, the table page and the data page in turn, the page read shown byte by byte', () => {
    const kinds = pageKinds(seed0);
    const lit = [0, 1, 2, 3].map((step) => {
      const m = multilevelPicture(seed0, kinds, 0, step);
      return [
        m.pages.filter((c) => c.role).map((c) => `${c.page}:${c.role}`),
        m.focus?.page ?? null,
        m.focus?.bytes.find((b) => b.lit)?.index,
      ];
    });
    expect(lit).toEqual([
      [[], null, undefined],
      [['108:directory'], 108, 24],
      [['33:table', '108:directory'], 33, 8],
      [['33:table', '53:data', '108:directory'], 53, 28],
    ]);
    expect(multilevelPicture(seed0, kinds, 0, 1).steps.map((s) => s.text)).toEqual([
      'Virtual address 0x611c is VPN 0x308: directory index 24, table index 8, offset 28',
      'PDE at 0xd98 (page 108, entry 24) = 0xa1: valid, page table in page 33',
      'PTE at 0x428 (page 33, entry 8) = 0xb5: valid, data in page 53',
      'Physical address 0x6bc (page 53, byte 28) holds 0x08',
    ]);
  });

  it('marks the page whose entry was not valid at a fault', () => {
    const m = multilevelPicture(seed0, pageKinds(seed0), 1, 3);
    expect(m.pages.filter((c) => c.role === 'fault').map((c) => c.page)).toEqual([86]);
    expect(m.steps.at(-1)).toEqual({ text: 'Fault: the page table entry is not valid', done: false, current: true });
  });

  it('puts every walk step of every address in one sequence', () => {
    const { starts, total } = walkStarts(seed0);
    expect(starts).toEqual([0, 4]);
    expect(total).toBe(8);
    expect(locate(starts, 5)).toEqual({ translation: 1, step: 1 });
  });
});

describe('MultilevelTranslateView', () => {
  it('steps through the walks with the controls, the step in words', () => {
    render(<MultilevelTranslateView answer={seed0} />);
    expect(screen.getByRole('img', { name: /page 108: the page directory/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('list', { name: 'The walk' })).toHaveTextContent('PDE at 0xd98');
    expect(screen.getByRole('table', { name: /Page 108 \(directory\), byte by byte/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Last' }));
    expect(screen.getByText(/Address 2 of 2/)).toHaveTextContent('Fault: the page table entry is not valid');
  });
});
