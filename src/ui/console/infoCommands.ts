import type { MemorySnapshot } from '../../core/index';
import type { Frame } from '../../protocol';
import { figure, percent, slug } from './format';
import { fail, out } from './host';
import type { Command } from './spec';

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

function queueLine(f: Frame): string {
  const queues = f.queues.map((q) => `${q.name} ${q.pids.length}`);
  return `Queues: ${[...queues, `waiting ${f.waiting.length}`, `I/O queue ${f.ioQueue.length}`, `suspended ${f.suspended.length}`, `yet to arrive ${f.upcoming.total}`].join(' · ')}`;
}

function memoryLine(m: MemorySnapshot): string[] {
  const s = m.stats;
  return [
    `Memory: ${s.usedFrames} of ${m.frames} frames used · external fragmentation ${percent(m.fragmentation.external)} · page faults ${s.pageFaults} (${percent(s.faultRate)} of translations) · swap ${m.swap.used} of ${m.swap.slots} slots`,
    ...m.alerts.map((a) => `Alert: ${a}`),
  ];
}

const dashboard: Command = {
  name: 'dashboard',
  args: [],
  help: 'tick, CPU use, queue lengths, averages so far and memory',
  run: (_a, host) => {
    const { frame: f, memory, scenario } = host.view();
    if (!f) return fail('dashboard: no run is loaded');
    const s = f.summary;
    return out(
      `Tick ${f.tick} of ${f.endKnown === false ? 'an end not found yet' : f.endTick} · ${f.policy} · ${f.cpus.length} CPU${f.cpus.length === 1 ? '' : 's'}${f.finished ? ' · finished' : ''}${f.stalled ? ' · stalled' : ''}`,
      ...cpuLines(f),
      queueLine(f),
      `Completed ${s.completed} of ${f.processes.length} · averages so far: turnaround ${figure(s.avgTurnaround)} · waiting ${figure(s.avgWaiting)} · response ${figure(s.avgResponse)} ticks`,
      `Throughput ${figure(s.throughput)} per 100 ticks · context switches ${s.contextSwitches} · deadline misses ${s.deadlineMisses}`,
      ...(scenario?.memory
        ? memory
          ? memoryLine(memory)
          : ['Memory: waiting for the first snapshot']
        : ['Memory management is off.']),
    );
  },
};

const exportCommand: Command = {
  name: 'export',
  args: [],
  help: 'download the current scenario (with every change made so far) as JSON',
  run: (_a, host) => {
    const scenario = host.view().scenario;
    if (!scenario) return fail('export: no scenario is loaded');
    const filename = `${slug(scenario.title)}.json`;
    host.download(filename, `${JSON.stringify(scenario, null, 2)}\n`);
    return out(
      `Downloading ${filename} (${scenario.processes.length} processes, ${scenario.operations.length} operations).`,
    );
  },
};

export const INFO_COMMANDS: readonly Command[] = [dashboard, exportCommand];
