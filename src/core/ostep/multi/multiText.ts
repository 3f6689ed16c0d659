import type { MultiCpuJob, MultiCpuRun, MultiCpuTick } from '../../sched/multiCpu/multiCpuTypes';
import { pyBool, pyFixed2, pyList } from '../pyFormat';
import type { MultiOptions } from './multiFlags';

/** Python's `'%3d' % n`. */
const d3 = (n: number): string => String(n).padStart(3);

/** The ARG block multi.py opens with (no line for -r: multi.py prints none). */
export function argsText(v: MultiOptions): string {
  const rows: [string, string | number][] = [
    ['seed', v.seed],
    ['job_num', v.job_num],
    ['max_run', v.max_run],
    ['max_wset', v.max_wset],
    ['job_list', v.job_list],
    ['affinity', v.affinity],
    ['per_cpu_queues', pyBool(v.per_cpu_queues)],
    ['num_cpus', v.num_cpus],
    ['quantum', v.time_slice],
    ['peek_interval', v.peek_interval],
    ['warmup_time', v.warmup_time],
    ['cache_size', v.cache_size],
    ['random_order', pyBool(v.random_order)],
    ['trace', pyBool(v.trace)],
    ['trace_time', pyBool(v.trace_time_left)],
    ['trace_cache', pyBool(v.trace_cache)],
    ['trace_sched', pyBool(v.trace_sched)],
    ['compute', pyBool(v.solve)],
  ];
  return `${rows.map(([k, x]) => `ARG ${k} ${x}\n`).join('')}\n`;
}

/** The queues as dealt out, before the first tick. */
export function queuesText(v: MultiOptions, queues: readonly string[][]): string {
  if (!v.per_cpu_queues) return `Scheduler central queue: ${pyList(queues[0] ?? [])}\n\n`;
  return `${queues.map((q, cpu) => `Scheduler CPU ${cpu} queue: ${pyList(q)}\n`).join('')}\n`;
}

/** -t, -T, -C and -S each turn the trace on. */
export const traces = (v: MultiOptions): boolean => v.trace || v.trace_time_left || v.trace_cache || v.trace_sched;

/** A queue as -S shows it: each job and a space. */
const names = (q: readonly string[]): string => q.map((j) => `${j} `).join('');

/** One tick's trace line, with the dashes of a quantum's end above it. */
export function tickText(v: MultiOptions, jobs: readonly MultiCpuJob[], tick: MultiCpuTick): string {
  const n = tick.cpus.length;
  let out = '';
  if (tick.interrupt) {
    let width = 8 + 7 * n - 5;
    if (v.trace_time_left) width += 6 * n;
    if (v.trace_cache) width += 8 * n + jobs.length * n;
    out += `${'-'.repeat(width)}\n`;
  }
  out += ` ${d3(tick.t)}   `;
  tick.cpus.forEach((c, cpu) => {
    out += c ? `${c.job} ` : '- ';
    if (v.trace_time_left) out += c ? `[${d3(c.left)}] ` : '[   ] ';
    if (v.trace_cache) {
      const warm = tick.warm[cpu] ?? [];
      out += `cache[${jobs.map((j) => (warm.includes(j.name) ? 'w' : ' ')).join('')}]`;
    }
    out += '     ';
  });
  if (v.trace_sched)
    out += v.per_cpu_queues
      ? `${tick.queues.map((q, cpu) => `Q${cpu}: ${names(q)}  `).join('')}    `
      : `Q: ${names(tick.queues[0] ?? [])}    `;
  return `${out}\n`;
}

/** The -c answer: when the last job finished and how busy (and how warm) each CPU was. */
export function statsText(run: Pick<MultiCpuRun, 'stats' | 'time'>): string {
  const pct = (n: number): string => pyFixed2((100 * n) / run.time);
  const cpus = run.stats.map((s, cpu) => `  CPU ${cpu}  utilization ${pct(s.ran)} [ warm ${pct(s.warm)} ]\n`);
  return `\nFinished time ${run.time}\n\nPer-CPU stats\n${cpus.join('')}\n`;
}
