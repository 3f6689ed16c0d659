import { MEMORY_TYPES, type Access, type MemoryType } from '../core/memory/types';

import { designAllocate, designDeallocate, addressOrOffset, hex } from './designForms';
import { memoryOff, operateAndTell, unknownPid } from './effects';
import { bars, formatBytes, percent } from './format';
import { fail, out } from './host';
import { num, str, type Command } from './spec';

const allocate: Command = {
  name: 'allocate',
  args: [
    { name: 'PID', kind: 'pid' },
    { name: 'SIZE', kind: 'size' },
    { name: 'TYPE', kind: 'memoryType' },
  ],
  help: 'give a process SIZE bytes of memory of a type (64KiB, 2MiB, 4096)',
  detail: [
    `TYPE is one of ${MEMORY_TYPES.join(', ')}.`,
    'The narration says at which virtual address the allocation starts.',
    "The design's form, allocate SIZE TYPE, gives it to the selected process (the process table's), else the newest.",
  ],
  run: async (a, host) => {
    const pid = num(a, 'PID');
    const bytes = num(a, 'SIZE');
    const memoryType = str(a, 'TYPE') as MemoryType;
    return (
      memoryOff(host, 'allocate') ??
      unknownPid(host, 'allocate', pid) ??
      operateAndTell(
        host,
        'allocate',
        { op: 'allocate', pid, bytes, memoryType },
        `allocate ${formatBytes(bytes)} of ${memoryType} to P${pid}:`,
      )
    );
  },
  design: {
    args: [
      { name: 'SIZE', kind: 'size' },
      { name: 'TYPE', kind: 'memoryType' },
    ],
    run: designAllocate,
  },
};

const deallocate: Command = {
  name: 'deallocate',
  args: [
    { name: 'PID', kind: 'pid' },
    { name: 'ADDRESS', kind: 'address' },
  ],
  help: 'free the allocation of a process that starts at ADDRESS (decimal or 0x hex)',
  detail: ["The design's form, deallocate PID, frees all of that process's memory, allocation by allocation."],
  run: async (a, host) => {
    const pid = num(a, 'PID');
    const address = num(a, 'ADDRESS');
    return (
      memoryOff(host, 'deallocate') ??
      unknownPid(host, 'deallocate', pid) ??
      operateAndTell(host, 'deallocate', { op: 'deallocate', pid, address }, `deallocate ${hex(address)} of P${pid}:`)
    );
  },
  design: { args: [{ name: 'PID', kind: 'pid' }], run: designDeallocate },
};

const access: Command = {
  name: 'access',
  args: [
    { name: 'PID', kind: 'pid' },
    { name: 'ADDRESS', kind: 'address' },
    { name: 'MODE', kind: 'access', optional: true },
  ],
  help: 'make a process read (default) or write a virtual address now',
  detail: [
    "ADDRESS is a virtual address in the process's own address space, decimal or 0x hex: an allocation's start",
    '(as allocate reports it) plus an offset into it. The MMU translates it; a fault is narrated.',
    "Without MODE, a number outside the process's memory that is inside it as an offset from the start of its",
    "memory is taken as that offset (the design's form, access PID OFFSET); the answer says which it took.",
  ],
  run: async (a, host) => {
    const pid = num(a, 'PID');
    const mode = a.MODE as Access | undefined;
    const refused = memoryOff(host, 'access') ?? unknownPid(host, 'access', pid);
    if (refused) return refused;
    const target = mode
      ? { address: num(a, 'ADDRESS'), form: '' }
      : await addressOrOffset(host, pid, num(a, 'ADDRESS'));
    if ('error' in target) return fail(`access: ${target.error}`);
    const how = mode ?? 'read';
    return operateAndTell(
      host,
      'access',
      { op: 'access', pid, address: target.address, access: how },
      `${how} ${hex(target.address)} by P${pid}${target.form}:`,
    );
  },
};

const fragmentation: Command = {
  name: 'fragmentation',
  args: [],
  help: 'external fragmentation, holes and a histogram of hole sizes',
  run: (_a, host) => {
    const off = memoryOff(host, 'fragmentation');
    if (off) return off;
    const m = host.view().memory;
    if (!m) return fail('fragmentation: the memory snapshot has not arrived yet; try again');
    const f = m.fragmentation;
    const page = m.config.pageSize;
    const free = m.frames - m.stats.usedFrames;
    return out(
      `External fragmentation: ${percent(f.external)} (1 − largest hole ÷ free frames)`,
      `Free: ${free} of ${m.frames} frames · holes: ${f.holes} · largest hole: ${f.largestHole} frames (${formatBytes(f.largestHole * page)})`,
      `Internal fragmentation: ${formatBytes(f.internalBytes)} unused in the last pages of allocations`,
      ...(f.histogram.length === 0
        ? ['No holes.']
        : ['Hole sizes (frames) │ how many:', ...bars(f.histogram.map(([size, count]) => [String(size), count]))]),
    );
  },
};

const defrag: Command = {
  name: 'defrag',
  args: [],
  help: 'compact memory now: move allocations together into one hole (pinned pages stay)',
  run: async (_a, host) =>
    memoryOff(host, 'defrag') ??
    operateAndTell(host, 'defrag', { op: 'compact', movePinned: false }, 'Compacting memory:'),
};

export const MEMORY_COMMANDS: readonly Command[] = [allocate, deallocate, access, fragmentation, defrag];
