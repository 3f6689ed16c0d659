import { nodeStatus } from '../core/metrics/nodeStatus';
import type { MemorySnapshot } from '../core/memory/snapshot';
import type { ProcessMetrics } from '../core/metrics/metrics';
import type { ProcessState } from '../core/process/types';
import type { Frame } from '../protocol';
import { figure, percent, table } from './format';
import type { ShellView } from './host';

/** The dashboard as the design draws it, in text: header, memory bar, processes, queues, statistics, node status. */

const BAR_WIDTH = 30;
/** Rows of the process list and pids per queue the dashboard shows; `list` shows every process. */
export const DASHBOARD_ROWS = 12;
const QUEUE_PIDS = 20;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A fraction 0..1 as a bar of full and light blocks. */
export function meter(fraction: number, width = BAR_WIDTH): string {
  const full = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'█'.repeat(full)}${'░'.repeat(width - full)}]`;
}

function header(f: Frame, v: ShellView): string[] {
  const node = v.scenario?.node;
  const end = f.endKnown === false ? 'an end not found yet' : String(f.endTick);
  const status = f.finished ? ' · finished' : f.stalled ? ' · stalled' : '';
  const devices = `${plural(f.cpus.length, 'CPU')}${node && node.gpus > 0 ? `, ${plural(node.gpus, 'GPU')}` : ''}`;
  return [
    `══ Node ${node?.id ?? '?'} · ${f.policy} scheduler · uptime ${plural(f.tick, 'tick')} · context switches ${f.summary.contextSwitches} ══`,
    `Tick ${f.tick} of ${end} · ${devices}${node && node.connections.length > 0 ? ` · connected to ${node.connections.join(', ')}` : ''}${status}`,
  ];
}

function cpuLines(f: Frame): string[] {
  const s = f.summary;
  const name = new Map(f.processes.map((p) => [p.pid, p.name]));
  const per =
    s.perCpuUtilization.length > 1 ? ` (${s.perCpuUtilization.map((u, i) => `CPU${i} ${percent(u)}`).join(', ')})` : '';
  const on = f.cpus.map(
    (c) =>
      `CPU${c.id} ${c.pid === null ? 'idle' : `P${c.pid} ${name.get(c.pid) ?? ''}`.trimEnd()}${c.phase === 'switch' ? ' (switching)' : ''}`,
  );
  return [`CPU use so far: ${percent(s.cpuUtilization)}${per}`, `On the CPUs: ${on.join(' · ')}`];
}

function memoryLines(v: ShellView): string[] {
  if (!v.scenario?.memory) return ['Memory management is off.'];
  const m: MemorySnapshot | null = v.memory;
  if (!m) return ['Memory: waiting for the first snapshot'];
  const s = m.stats;
  return [
    `Memory ${meter(s.usedFrames / Math.max(1, m.frames))} ${s.usedFrames} of ${m.frames} frames used (${percent(s.usedFrames / Math.max(1, m.frames))})`,
    `  external fragmentation ${percent(m.fragmentation.external)} · page faults ${s.pageFaults} (${percent(s.faultRate)} of translations) · swap ${m.swap.used} of ${m.swap.slots} slots`,
    ...m.alerts.map((a) => `Alert: ${a}`),
  ];
}

function processLines(f: Frame, textbook: boolean): string[] {
  const active = f.processes.filter((p) => p.state !== 'TERMINATED' && p.state !== 'NEW');
  if (active.length === 0) return [`Processes: none active (${f.processes.length} in all)`];
  const shown = active.slice(0, DASHBOARD_ROWS);
  const named = textbook ? [] : ['NAME', 'TYPE'];
  return [
    `Processes: ${active.length} active of ${f.processes.length}`,
    ...table(
      ['PID', ...named, 'STATE', 'PRI', 'CPU', 'LEFT'],
      shown.map((p) => [
        `P${p.pid}`,
        ...(textbook ? [] : [p.name, p.type]),
        p.state,
        String(p.priority),
        String(p.cpuTime),
        String(p.remaining),
      ]),
    ).map((l) => `  ${l}`),
    ...(active.length > shown.length ? [`  … and ${active.length - shown.length} more (list shows them all)`] : []),
  ];
}

const pidList = (pids: readonly number[]): string =>
  pids.length === 0
    ? '–'
    : `${pids
        .slice(0, QUEUE_PIDS)
        .map((p) => `P${p}`)
        .join(' ')}${pids.length > QUEUE_PIDS ? ` … (${pids.length})` : ''}`;

function queueLines(f: Frame): string[] {
  return [
    'Queues:',
    ...f.queues.map((q) => `  ${q.name}: ${pidList(q.pids)}`),
    `  waiting: ${pidList(f.waiting)} · I/O queue: ${pidList(f.ioQueue)} · suspended: ${pidList(f.suspended)} · yet to arrive: ${f.upcoming.total}`,
  ];
}

function statisticLines(f: Frame): string[] {
  const s = f.summary;
  return [
    `Statistics: completed ${s.completed} of ${f.processes.length} · averages so far: turnaround ${figure(s.avgTurnaround)} · waiting ${figure(s.avgWaiting)} · response ${figure(s.avgResponse)} ticks`,
    `  throughput ${figure(s.throughput)} per 100 ticks · context switches ${s.contextSwitches} · deadline misses ${s.deadlineMisses}`,
  ];
}

const STATUS_COLUMNS: readonly [string, ProcessState][] = [
  ['RUNNING', 'RUNNING'],
  ['READY', 'READY'],
  ['WAITING', 'WAITING'],
  ['SUSPENDED', 'SUSPENDED'],
  ['NEW', 'NEW'],
  ['DONE', 'TERMINATED'],
];

/** How many processes of each type there are, and in which state (the design's "AI node status"). */
export function nodeStatusLines(processes: readonly ProcessMetrics[]): string[] {
  const rows = nodeStatus(processes)
    .types.filter((t) => t.total > 0)
    .map((t) => [t.type, String(t.total), ...STATUS_COLUMNS.map(([, state]) => String(t.byState[state]))]);
  if (rows.length === 0) return ['AI node status: no processes'];
  return [
    'AI node status:',
    ...table(['TYPE', 'TOTAL', ...STATUS_COLUMNS.map(([name]) => name)], rows).map((l) => `  ${l}`),
  ];
}

/** The node in one line, as monitor prints it after each tick: CPUs, queue lengths, processes done. */
export function statusLine(f: Frame): string {
  const cpus = f.cpus.map((c) => `CPU${c.id} ${c.pid === null ? 'idle' : `P${c.pid}`}`).join(', ');
  const ready = f.queues.reduce((n, q) => n + q.pids.length, 0);
  const done = f.processes.filter((p) => p.state === 'TERMINATED').length;
  return `t=${f.tick} · ${cpus} · ready ${ready} · waiting ${f.waiting.length} · suspended ${f.suspended.length} · done ${done} of ${f.processes.length}`;
}

export function dashboardLines(f: Frame, v: ShellView): string[] {
  return [
    ...header(f, v),
    ...cpuLines(f),
    ...memoryLines(v),
    ...processLines(f, v.textbook),
    ...queueLines(f),
    ...statisticLines(f),
    // Textbook names leave the node's process types out.
    ...(v.textbook ? [] : nodeStatusLines(f.processes)),
  ];
}
