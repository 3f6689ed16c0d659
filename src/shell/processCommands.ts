import type { ProcessMetrics } from '../core/index';
import { nextPid, scenarioPids } from './pids';
import { operateAndTell, unknownPid } from './effects';
import { formatBytes, table } from './format';
import { out, type ShellHost } from './host';
import { num, str, type Command } from './spec';

/** kill, suspend and resume: one pid, one operation. */
function lifecycle(op: 'kill' | 'suspend' | 'resume', help: string, offer: Command['args'][number]['offer']): Command {
  return {
    name: op,
    args: [{ name: 'PID', kind: 'pid', offer }],
    help,
    run: async (a, host) => {
      const pid = num(a, 'PID');
      return (
        unknownPid(host, op, pid) ??
        operateAndTell(host, op, { op, pid }, `${op} P${pid} at tick ${host.view().frame?.tick ?? 0}.`)
      );
    },
  };
}

const NEW_PROCESS_ARGS: Command['args'] = [
  { name: 'NAME', kind: 'name' },
  { name: 'TYPE', kind: 'processType', optional: true },
  { name: 'BURSTS', kind: 'bursts', optional: true },
  { name: 'PRIORITY', kind: 'integer', optional: true },
  { name: 'MEMORY', kind: 'size', optional: true },
];

const NEW_PROCESS_DETAIL = [
  'TYPE is a process type (default USER).',
  'BURSTS are ticks separated by commas, CPU first: 5,3,4 = CPU 5, I/O 3, CPU 4 (default 5).',
  'PRIORITY is a whole number (default 0; lower is higher unless the scenario says otherwise).',
  'MEMORY is the memory it needs, such as 64KiB (default: none); with memory management on it gets it on arrival,',
  'of the memory type its process type implies, or waits in NEW until that much is free.',
  'The process arrives at the current tick; the change is recorded in the scenario.',
];

/** create and fork: a process arriving now with the next free pid, a root or the child of `parent`. */
function createNow(a: Parameters<Command['run']>[0], host: ShellHost, command: string, parent?: number) {
  const { scenario, frame } = host.view();
  const pid = nextPid(scenario ? scenarioPids(scenario) : []);
  const tick = frame?.tick ?? 0;
  const type = (a.TYPE as string | undefined) ?? 'USER';
  const bursts = (a.BURSTS as number[] | undefined) ?? [5];
  const priority = (a.PRIORITY as number | undefined) ?? 0;
  const memoryBytes = a.MEMORY as number | undefined;
  const process = {
    pid,
    name: str(a, 'NAME'),
    type,
    priority,
    arrival: tick,
    bursts,
    ...(parent === undefined ? {} : { parent }),
    ...(memoryBytes === undefined ? {} : { needs: { memoryBytes } }),
  };
  const memory = memoryBytes === undefined ? '' : `, needing ${formatBytes(memoryBytes)} of memory`;
  const child = parent === undefined ? '' : `, a child of P${parent}`;
  return operateAndTell(
    host,
    command,
    { op: 'create', process },
    `Created P${pid} (${str(a, 'NAME')})${child}: ${type}, bursts ${bursts.join(',')}, priority ${priority}${memory}, arriving at tick ${tick}.`,
  );
}

const create: Command = {
  name: 'create',
  args: NEW_PROCESS_ARGS,
  help: 'create a process now, with the next free pid',
  detail: NEW_PROCESS_DETAIL,
  run: (a, host) => createNow(a, host, 'create'),
};

const fork: Command = {
  name: 'fork',
  args: [{ name: 'PARENT', kind: 'pid', offer: (p) => p.state !== 'TERMINATED' }, ...NEW_PROCESS_ARGS],
  help: 'create a child of a live process now, with the next free pid (the process tree shows it under PARENT)',
  detail: [
    'PARENT is the pid of a process that has not ended; when it ends, its children go to init, or become roots.',
    ...NEW_PROCESS_DETAIL,
  ],
  run: (a, host) => {
    const parent = num(a, 'PARENT');
    return unknownPid(host, 'fork', parent) ?? createNow(a, host, 'fork', parent);
  },
};

function memoryCells(m: ProcessMetrics['memory']): string[] {
  if (!m) return ['-', '-', '-', '-'];
  return [formatBytes(m.bytes), String(m.residentPages), String(m.swappedPages), String(m.pageFaults)];
}

const list: Command = {
  name: 'list',
  args: [],
  help: 'the processes with their state, priority and CPU time (and their memory, with memory management on)',
  run: (_a, host: ShellHost) => {
    const { frame: f, textbook } = host.view();
    const rows = f?.processes ?? [];
    if (rows.length === 0) return out('No processes.');
    // Textbook names: plain P1…Pn, without the node's names and process types.
    const named = textbook ? [] : ['NAME', 'TYPE'];
    // With memory management on, what each process holds: bytes, pages in frames and in swap, faults.
    const memory = rows.some((p) => p.memory) ? ['MEMORY', 'RESIDENT', 'SWAPPED', 'FAULTS'] : [];
    return out(
      `Processes at tick ${f?.tick ?? 0}:`,
      ...table(
        ['PID', ...named, 'PRI', 'ARRIVAL', 'CPU', 'LEFT', 'STATE', ...memory],
        rows.map((p) => [
          `P${p.pid}`,
          ...(textbook ? [] : [p.name, p.type]),
          String(p.priority),
          String(p.arrival),
          String(p.cpuTime),
          String(p.remaining),
          `${p.state}${p.killed ? ' (killed)' : ''}`,
          ...(memory.length > 0 ? memoryCells(p.memory) : []),
        ]),
      ),
    );
  },
};

const priority: Command = {
  name: 'priority',
  args: [
    { name: 'PID', kind: 'pid' },
    { name: 'N', kind: 'integer' },
  ],
  help: "set a process's priority now",
  run: async (a, host) => {
    const pid = num(a, 'PID');
    const n = num(a, 'N');
    return (
      unknownPid(host, 'priority', pid) ??
      operateAndTell(host, 'priority', { op: 'setPriority', pid, priority: n }, `priority of P${pid} set to ${n}.`)
    );
  },
};

const alive = (p: { state: string }) => p.state !== 'TERMINATED';
const suspendable = (p: { state: string }) => p.state === 'READY' || p.state === 'RUNNING' || p.state === 'WAITING';

export const PROCESS_COMMANDS: readonly Command[] = [
  create,
  fork,
  list,
  lifecycle('kill', 'end a process now', alive),
  lifecycle('suspend', 'take a process off the CPU and out of the queues until resumed', suspendable),
  lifecycle('resume', 'bring a suspended process back', (p) => p.state === 'SUSPENDED'),
  priority,
];
