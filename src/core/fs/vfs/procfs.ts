import type { ProcessMetrics } from '../../metrics/metrics';
import { KERNEL_PID } from '../../memory/physical';
import type { MemorySnapshot } from '../../memory/snapshot';
import { MEMORY_TYPES, PAGE_STATES } from '../../memory/types';
import type { DeepReadonly } from '../../kernel/view';
import { FLAG_WORDS, type OpenFiles } from '../openFiles';
import { mountsText } from './mounts';
import { dir, file, type VNode } from './tree';

/**
 * /proc: the kernel's state at one tick as files, as Linux's procfs shows its own. Nothing is stored: the tree is
 * made from what a frame holds at the tick shown (each process's figures, memory's frames, the descriptor tables),
 * so it is the same in the browser, the terminal and a test. Its files are read-only and stat gives them size 0,
 * as Linux does (their text is made when read).
 */

/** What /proc is made from: each process's figures, memory's frames (null: memory management is off), the tables. */
export interface ProcSource {
  tick: number;
  processes: readonly Pick<
    ProcessMetrics,
    'pid' | 'name' | 'type' | 'state' | 'priority' | 'arrival' | 'cpuTime' | 'cpu' | 'memory'
  >[];
  memory: DeepReadonly<Pick<MemorySnapshot, 'frames' | 'owner' | 'type' | 'state' | 'config'>> | null;
  open: DeepReadonly<OpenFiles>;
}

type ProcFacts = ProcSource['processes'][number];

/** A process is in /proc from its arrival until it ends (a NEW one waiting for memory is there already). */
export const inProc = (p: ProcFacts, tick: number): boolean => p.state !== 'TERMINATED' && p.arrival <= tick;

/** Each open descriptor of `pid`: "3 -> /data/x (append, offset 512, open-file entry 0)". */
function descriptorLines(open: ProcSource['open'], pid: number): string[] {
  return (open.tables[pid] ?? []).flatMap((at, fd) => {
    const entry = at === null ? null : open.entries[at];
    return entry
      ? [`${fd} -> ${entry.path} (${FLAG_WORDS[entry.flags]}, offset ${entry.offset}, open-file entry ${at})`]
      : [];
  });
}

function statusText(p: ProcFacts, open: ProcSource['open']): string {
  const m = p.memory;
  const fds = descriptorLines(open, p.pid).map((l) => l.slice(0, l.indexOf(' ')));
  return [
    `Name:\t${p.name}`,
    `Pid:\t${p.pid}`,
    `Type:\t${p.type}`,
    `State:\t${p.state}${p.cpu === null ? '' : ` on CPU ${p.cpu}`}`,
    `Priority:\t${p.priority}`,
    `Arrival:\ttick ${p.arrival}`,
    `CpuTime:\t${p.cpuTime} ticks`,
    m
      ? `Memory:\t${m.residentPages} pages resident, ${m.swappedPages} swapped (${m.bytes} bytes${m.types.length > 0 ? `, ${m.types.join(', ')}` : ''})`
      : 'Memory:\tnot managed (the scenario has no memory section)',
    `FDs:\t${fds.length === 0 ? 'none' : fds.join(', ')}`,
  ].join('\n');
}

/** Frames as memory has them: in use, free, the kernel's (page cache and model weights), CACHE and pinned. */
function meminfoText(m: NonNullable<ProcSource['memory']>): string {
  const cache = MEMORY_TYPES.indexOf('CACHE');
  const pinned = PAGE_STATES.indexOf('PINNED');
  let free = 0;
  let kernel = 0;
  let cached = 0;
  let pins = 0;
  for (let f = 0; f < m.frames; f++) {
    if (m.owner[f] === -1) free++;
    if (m.owner[f] === KERNEL_PID) kernel++;
    if (m.type[f] === cache) cached++;
    if (m.state[f] === pinned) pins++;
  }
  return [
    `FramesTotal:\t${m.frames}`,
    `FramesFree:\t${free}`,
    `FramesKernel:\t${kernel}`,
    `FramesCache:\t${cached}`,
    `FramesPinned:\t${pins}`,
    `PageSize:\t${m.config.pageSize} bytes`,
  ].join('\n');
}

/** Who runs, who is ready and who waits, by pid. */
function runQueueText(live: readonly ProcFacts[]): string {
  const of = (state: ProcFacts['state']): string =>
    live
      .filter((p) => p.state === state)
      .map((p) => `P${p.pid}`)
      .join(' ') || 'none';
  return [
    `running:\t${of('RUNNING')}`,
    `ready:\t${of('READY')}`,
    `waiting:\t${of('WAITING')}`,
    `suspended:\t${of('SUSPENDED')}`,
    `new:\t${of('NEW')}`,
  ].join('\n');
}

/** /proc at the source's tick: a directory per live process (by pid), then the kernel's files. */
export function procTree(src: ProcSource): VNode {
  const live = src.processes.filter((p) => inProc(p, src.tick)).sort((a, b) => a.pid - b.pid);
  return dir([
    ...live.map(
      (p) =>
        [
          String(p.pid),
          dir([
            ['fd', file(descriptorLines(src.open, p.pid).join('\n'))],
            ['status', file(statusText(p, src.open))],
          ]),
        ] as const,
    ),
    ...(src.memory ? [['meminfo', file(meminfoText(src.memory))] as const] : []),
    ['mounts', file(mountsText())],
    ['runqueue', file(runQueueText(live))],
    ['uptime', file(`${src.tick} ticks`)],
  ]);
}
