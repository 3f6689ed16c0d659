import { operateAndTell, unknownPid } from './effects';
import { fail, type CommandResult, type ShellHost } from './host';
import { num, type Command } from './spec';

function heapOff(host: ShellHost, command: string): CommandResult | null {
  return host.view().scenario?.heap
    ? null
    : fail(`${command}: this scenario has no heap (import an OSTEP malloc.py command, or add a heap section)`);
}

const malloc: Command = {
  name: 'malloc',
  args: [
    { name: 'PID', kind: 'pid' },
    { name: 'BYTES', kind: 'integer' },
  ],
  help: "a process asks the scenario's heap for BYTES bytes now (the free-list allocator answers)",
  detail: [
    'The narration says which chunks the search examined, which it took and the pointer the process gets.',
    'Each malloc is numbered (ptr[0], ptr[1], …) in the order the scenario lists them; free takes that number.',
  ],
  run: async (a, host) => {
    const pid = num(a, 'PID');
    const bytes = num(a, 'BYTES');
    return (
      heapOff(host, 'malloc') ??
      unknownPid(host, 'malloc', pid) ??
      operateAndTell(host, 'malloc', { op: 'malloc', pid, bytes }, `malloc(${bytes}) by P${pid}:`)
    );
  },
};

const free: Command = {
  name: 'free',
  args: [
    { name: 'PID', kind: 'pid' },
    { name: 'ALLOCATION', kind: 'integer' },
  ],
  help: 'a process frees the pointer of malloc number ALLOCATION (ptr[ALLOCATION]) now',
  run: async (a, host) => {
    const pid = num(a, 'PID');
    const allocation = num(a, 'ALLOCATION');
    return (
      heapOff(host, 'free') ??
      unknownPid(host, 'free', pid) ??
      operateAndTell(host, 'free', { op: 'free', pid, allocation }, `free(ptr[${allocation}]) by P${pid}:`)
    );
  },
};

export const HEAP_COMMANDS: readonly Command[] = [malloc, free];
