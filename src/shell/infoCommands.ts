import { systemStateJson } from '../core/kernel/systemStateJson';
import { dashboardLines } from './dashboard';
import { formatBytes } from './format';
import { fail, out, refusalText } from './host';
import type { Command } from './spec';

/** The most characters `export` writes: a system state beyond it is refused rather than cut short. */
export const MAX_EXPORT_CHARS = 64 * 1024 * 1024;

const dashboard: Command = {
  name: 'dashboard',
  args: [],
  help: 'the whole node at a glance: CPUs, memory, processes, queues, statistics, node status',
  run: (_a, host) => {
    const v = host.view();
    return v.frame ? out(...dashboardLines(v.frame, v)) : fail('dashboard: no run is loaded');
  },
};

const exportCommand: Command = {
  name: 'export',
  args: [{ name: 'FILE', kind: 'file', optional: true }],
  help: 'write the whole system at the current tick as JSON (processes, queues, CPUs, memory, statistics)',
  detail: [
    'FILE defaults to bcos-system-state-tick-N.json; in the browser the file is downloaded under that name.',
    'Processes come with their PCBs and states, memory with its frames and page tables (as runs), pools and swap.',
  ],
  run: async (a, host) => {
    const r = await host.systemState();
    if (!r.ok) return fail(`export: ${refusalText(r)}`);
    const text = systemStateJson(r.state);
    if (text.length > MAX_EXPORT_CHARS)
      return fail(
        `export: the system state is ${formatBytes(text.length)}, more than the ${formatBytes(MAX_EXPORT_CHARS)} export writes`,
      );
    const file = (a.FILE as string | undefined) ?? `bcos-system-state-tick-${r.state.tick}.json`;
    const saved = await host.save(file, text);
    if (!saved.ok) return fail(`export: ${saved.error}`);
    return out(
      `${saved.said}: the system at tick ${r.state.tick} (${r.state.processes.length} processes${r.state.memory ? ', memory' : ''}; ${formatBytes(text.length)}).`,
    );
  },
};

export const INFO_COMMANDS: readonly Command[] = [dashboard, exportCommand];
