import type { HeapPicture, MallocAnswers, ProcessRunAnswers } from '../../core/index';

/**
 * Answers for the component tests, written from OSTEP's own output (ostep-homework 6c6cfc7, Python 3.11.7):
 * `python3 vm-freespace/malloc.py -S 100 -b 1000 -H 4 -a 4 -l ADDRSORT -p BEST -A +10,+20,-0,+5 -c` and
 * `python3 cpu-intro/process-run.py -l 3:50,3:50 -s 1 -c -p`, in the shapes of answers.ts (OUTPUT.md).
 */
export const MALLOC_ANSWER: MallocAnswers = {
  steps: [
    {
      op: 'alloc',
      ptrIndex: 0,
      size: 10,
      ok: true,
      blockAddr: 1000,
      userPtr: 1004,
      searched: 1,
      freeList: [{ addr: 1016, size: 84 }],
    },
    {
      op: 'alloc',
      ptrIndex: 1,
      size: 20,
      ok: true,
      blockAddr: 1016,
      userPtr: 1020,
      searched: 1,
      freeList: [{ addr: 1040, size: 60 }],
    },
    {
      op: 'free',
      ptrIndex: 0,
      skipped: false,
      result: 0,
      freeList: [
        { addr: 1000, size: 16 },
        { addr: 1040, size: 60 },
      ],
    },
    {
      op: 'alloc',
      ptrIndex: 2,
      size: 5,
      ok: true,
      blockAddr: 1000,
      userPtr: 1004,
      searched: 2,
      freeList: [
        { addr: 1012, size: 4 },
        { addr: 1040, size: 60 },
      ],
    },
  ],
};

const picture = (
  chunks: HeapPicture['chunks'],
  freeList: HeapPicture['freeList'],
  searched: number[],
  chosen: number | null,
  explanation: string,
): HeapPicture => ({
  base: 1000,
  size: 100,
  header: 4,
  chunks,
  freeList,
  searched,
  chosen,
  explanation,
});
const used = (addr: number, size: number, ptrIndex: number) => ({ addr, size, free: false, ptrIndex });
const free = (addr: number, size: number) => ({ addr, size, free: true, ptrIndex: null });

export const MALLOC_HEAP: HeapPicture[] = [
  picture(
    [free(1000, 100)],
    [{ addr: 1000, size: 100 }],
    [],
    null,
    'A 100-byte heap at 1000, all of it one free chunk.',
  ),
  picture(
    [used(1000, 16, 0), free(1016, 84)],
    [{ addr: 1016, size: 84 }],
    [0],
    0,
    'Alloc(10) needs 16 bytes with the header, aligned to 4; best fit takes the only chunk and splits it.',
  ),
  picture(
    [used(1000, 16, 0), used(1016, 24, 1), free(1040, 60)],
    [{ addr: 1040, size: 60 }],
    [0],
    0,
    'Alloc(20) needs 24 bytes; the only free chunk is split.',
  ),
  picture(
    [free(1000, 16), used(1016, 24, 1), free(1040, 60)],
    [
      { addr: 1000, size: 16 },
      { addr: 1040, size: 60 },
    ],
    [],
    null,
    'Free(ptr[0]) puts its 16 bytes back, in address order; no coalescing.',
  ),
  picture(
    [used(1000, 12, 2), free(1012, 4), used(1016, 24, 1), free(1040, 60)],
    [
      { addr: 1012, size: 4 },
      { addr: 1040, size: 60 },
    ],
    [0, 1],
    0,
    'Alloc(5) needs 12 bytes; best fit looks at both chunks and takes the smaller, 1000 (16).',
  ),
];

export const PROCESS_RUN_ANSWER: ProcessRunAnswers = {
  ticks: [
    { t: 1, ioDone: false, states: ['RUN:cpu', 'READY'], cpu: 1, ioInFlight: 0 },
    { t: 2, ioDone: false, states: ['RUN:io', 'READY'], cpu: 1, ioInFlight: 0 },
    { t: 3, ioDone: false, states: ['BLOCKED', 'RUN:cpu'], cpu: 1, ioInFlight: 1 },
    { t: 4, ioDone: false, states: ['BLOCKED', 'RUN:cpu'], cpu: 1, ioInFlight: 1 },
    { t: 5, ioDone: false, states: ['BLOCKED', 'RUN:cpu'], cpu: 1, ioInFlight: 1 },
    { t: 6, ioDone: false, states: ['BLOCKED', 'DONE'], cpu: 0, ioInFlight: 1 },
    { t: 7, ioDone: false, states: ['BLOCKED', 'DONE'], cpu: 0, ioInFlight: 1 },
    { t: 8, ioDone: true, states: ['RUN:io_done', 'DONE'], cpu: 1, ioInFlight: 0 },
    { t: 9, ioDone: false, states: ['RUN:io', 'DONE'], cpu: 1, ioInFlight: 0 },
    { t: 10, ioDone: false, states: ['BLOCKED', 'DONE'], cpu: 0, ioInFlight: 1 },
    { t: 11, ioDone: false, states: ['BLOCKED', 'DONE'], cpu: 0, ioInFlight: 1 },
    { t: 12, ioDone: false, states: ['BLOCKED', 'DONE'], cpu: 0, ioInFlight: 1 },
    { t: 13, ioDone: false, states: ['BLOCKED', 'DONE'], cpu: 0, ioInFlight: 1 },
    { t: 14, ioDone: false, states: ['BLOCKED', 'DONE'], cpu: 0, ioInFlight: 1 },
    { t: 15, ioDone: true, states: ['RUN:io_done', 'DONE'], cpu: 1, ioInFlight: 0 },
  ],
  stats: { totalTime: 15, cpuBusy: 8, ioBusy: 10 },
  procs: [
    { pid: 0, lastRunTick: 15 },
    { pid: 1, lastRunTick: 5 },
  ],
};
