import { describe, expect, it } from 'vitest';
import type { MallocAnswers } from '../answers';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import type { OstepSolved } from '../script';
import { mallocScript } from './mallocScript';

function solve(args: string): OstepSolved<MallocAnswers> {
  const parsed = optparse(args === '' ? [] : args.split(' '), mallocScript.specs, mallocScript.defaults);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return mallocScript.solve(parsed.values, runScenario);
}

function answer(args: string) {
  const r = solve(args);
  if (!r.ok) throw new Error(r.error);
  return { steps: r.answer.steps, heap: r.heap ?? [] };
}

const error = (args: string) => {
  const r = solve(args);
  return r.ok ? 'answered' : r.error;
};

describe('mallocScript: the answer', () => {
  it('gives the chunk start OSTEP prints with -A and the pointer after the header', () => {
    expect(answer('-H 4 -a 4 -A +3,-0').steps).toEqual([
      {
        op: 'alloc',
        ptrIndex: 0,
        size: 3,
        ok: true,
        blockAddr: 1000,
        userPtr: 1004,
        searched: 1,
        freeList: [{ addr: 1008, size: 92 }],
      },
      {
        op: 'free',
        ptrIndex: 0,
        skipped: false,
        result: 0,
        freeList: [
          { addr: 1000, size: 8 },
          { addr: 1008, size: 92 },
        ],
      },
    ]);
  });

  it('a failed allocation uses up a pointer index; the free check counts successes only', () => {
    const { steps } = answer('-A +200,+3,-1');
    expect(steps[0]).toMatchObject({
      op: 'alloc',
      ptrIndex: 0,
      ok: false,
      blockAddr: null,
      userPtr: null,
      searched: 1,
    });
    expect(steps[1]).toMatchObject({ op: 'alloc', ptrIndex: 1, ok: true });
    expect(steps[2]).toEqual({ op: 'free', ptrIndex: 1, skipped: true });
    expect(error('-A +200,+3,-1,-0')).toBe(
      '-A/--allocList: operation 3 frees ptr[0], whose allocation failed (OSTEP crashes on this)',
    );
  });

  it('a double free returns -1; a stale free releases whoever holds the address now', () => {
    const { steps, heap } = answer('-A +10,-0,-0,+10,-0');
    expect(steps[2]).toMatchObject({ op: 'free', ptrIndex: 0, result: -1 });
    expect(steps[4]).toMatchObject({
      op: 'free',
      ptrIndex: 0,
      result: 0,
      freeList: [
        { addr: 1000, size: 10 },
        { addr: 1010, size: 90 },
      ],
    });
    expect(heap[5]?.explanation).toMatch(
      /^Free\(ptr\[0\]\): ptr\[0\]'s address now belongs to ptr\[1\], so that chunk is the one freed\. Freed 1000\.\.1010/,
    );
  });
});

describe('mallocScript: the heap pictures', () => {
  it('has the initial heap and one picture per step, skipped frees included', () => {
    const { steps, heap } = answer('-H 2 -A +5,+20,-0,-7,+4');
    expect(heap).toHaveLength(steps.length + 1);
    expect(heap[0]).toMatchObject({
      base: 1000,
      size: 100,
      header: 2,
      chunks: [{ addr: 1000, size: 100, free: true, ptrIndex: null }],
      searched: [],
      chosen: null,
    });
    expect(heap[0]?.explanation).toBe(
      'The heap: 100 bytes at 1000..1100, one free chunk. BEST fit, ADDRSORT list, no coalescing; 2-byte headers.',
    );
    expect(heap[2]?.chunks).toEqual([
      { addr: 1000, size: 7, free: false, ptrIndex: 0 },
      { addr: 1007, size: 22, free: false, ptrIndex: 1 },
      { addr: 1029, size: 71, free: true, ptrIndex: null },
    ]);
    expect(heap[4]).toEqual({
      ...heap[3],
      explanation:
        'Free(ptr[7]) is skipped: OSTEP frees only indexes below the number of successful allocations so far (2).',
    });
    // BEST examines both free chunks of the list before the step and takes the first (7 bytes, 6 needed)
    expect(heap[5]).toMatchObject({ searched: [0, 1], chosen: 0 });
    expect(heap[5]?.explanation).toContain(
      'ptr[2]: Alloc(4) needs 6 bytes: 4, plus a 2-byte header. Searched 2 elements; best fit: the chunk at 1000 (size 7)',
    );
  });
});

describe('mallocScript: NEXT fit, ours (malloc.py has only FIRST, BEST and WORST)', () => {
  it('searches on from where the last search stopped, wrapping around the list', () => {
    // After +10,+10,+10 and freeing ptr[0] and ptr[1] (no coalescing), the ADDRSORT list is 1000 (10), 1010 (10),
    // 1030 (70). The last search took the chunk at 1020..; NEXT starts there (now 1030), FIRST at the head.
    const ops = '-S 100 -b 1000 -l ADDRSORT -A +10,+10,+10,-0,-1,+5 -c';
    const next = answer(`-p NEXT ${ops}`).steps[5];
    const first = answer(`-p FIRST ${ops}`).steps[5];
    expect(first).toMatchObject({ op: 'alloc', blockAddr: 1000, searched: 1 });
    expect(next).toMatchObject({ op: 'alloc', blockAddr: 1030, searched: 1 });
  });
});

describe('mallocScript: refusals where OSTEP crashes or the input makes no sense', () => {
  it.each([
    [
      '-p next',
      '-p/--policy must be BEST, WORST or FIRST, or NEXT (next fit; ours, not in OSTEP\'s malloc.py) (got "next")',
    ],
    [
      '-l random',
      '-l/--listOrder must be one of ADDRSORT, SIZESORT+, SIZESORT-, INSERT-FRONT, INSERT-BACK (got "random")',
    ],
    [
      '-a 0',
      '-a/--alignment (-1 = none): the alignment must be a whole number of bytes between 1 and 1099511627776, or none (got 0)',
    ],
    ['-S -1', '-S/--size: the heap size must be a whole number of bytes between 0 and 1099511627776 (got -1)'],
    ['-H -1', '-H/--headerSize: the header size must be a whole number of bytes between 0 and 1099511627776 (got -1)'],
    ['-b -5', '-b/--baseAddr: the base address must be a whole number between 0 and 1099511627776 (got -5)'],
    ['-P 0 -A +3', '-P/--percentAlloc must be at least 1 percent (got 0)'],
    [
      '-n 1001',
      "-n/--numOps must be at most 1000 when the answer is held whole (got 1001; the command line prints OSTEP's text as it is made, without this limit)",
    ],
    ['-r -1', '-r/--range must be between 0 and 1099511627776 (got -1)'],
    [
      '-A +0,+5',
      "-A/--allocList: operation 1 (+5): Alloc(5) would return address 1000, which a live allocation of 0 bytes already has (OSTEP's malloc.py stops with an assertion)",
    ],
    ['-A +3,,-0', '-A/--allocList: operation 1 is ""; each must be +SIZE or -INDEX (e.g. -A +10,+20,-0)'],
    ['-A +3,-0,', '-A/--allocList: operation 2 is ""; each must be +SIZE or -INDEX (e.g. -A +10,+20,-0)'],
    ['-A ++3', '-A/--allocList: operation 0 is "++3"; each must be +SIZE or -INDEX (e.g. -A +10,+20,-0)'],
    ['-A 3', '-A/--allocList: operation 0 is "3"; each must be +SIZE or -INDEX (e.g. -A +10,+20,-0)'],
    ['-A +3,-x', '-A/--allocList: operation 1 is "-x"; each must be +SIZE or -INDEX (e.g. -A +10,+20,-0)'],
  ])('%s', (args, message) => {
    expect(error(args)).toBe(message);
  });

  it('reads -A numbers as Python int() does', () => {
    expect(answer('-A +1_0,-+0').steps.map((s) => s.ptrIndex)).toEqual([0, 0]);
  });
});
