import type { MultiCpuJob, MultiCpuRun, MultiCpuTick } from '../../sched/multiCpu/multiCpuTypes';
import { pyBool, pyFixed2, pyList } from '../pyFormat';
import { asciiLabel, MAX_INT_CHARS, putBytes, writePaddedInt, type AsciiLabel, type AsciiWriter } from '../textParts';
import { utf8Bytes } from '../utf8';
import type { MultiOptions } from './multiFlags';

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

/** A label of any text: the bytes of its UTF-8 (a job's name may be any text), copied as they are. */
const utf8Label = (text: string): AsciiLabel =>
  asciiLabel(
    utf8Bytes(text)
      .map((b) => String.fromCharCode(b))
      .join(''),
  );

const SPACE = 32;
const WARM = 119; // 'w'
const NEWLINE = 10;
const IDLE = asciiLabel('- ');
const LEFT_OPEN = asciiLabel('[');
const LEFT_CLOSE = asciiLabel('] ');
const NO_LEFT = asciiLabel('[   ] ');
const CACHE_OPEN = asciiLabel('cache[');
const CACHE_CLOSE = asciiLabel(']');
const CPU_END = asciiLabel('     ');
const TIME_END = asciiLabel('   ');
const QUEUE_END = asciiLabel('  ');
const QUEUES_END = asciiLabel('    ');
const SHARED_QUEUE = asciiLabel('Q: ');

/**
 * The trace of one problem, written a tick at a time as bytes (each line with the dashes of a quantum's end above
 * it): each job's name is made into bytes once, and the cache column, a byte per job, is a row of spaces marked
 * where the CPU is warm, so a line costs a copy per column rather than a string per job. `ascii`: every byte
 * written is ASCII (else the bytes are UTF-8).
 */
export function tickWriter(
  v: MultiOptions,
  jobs: readonly MultiCpuJob[],
  cpus: number,
): { ascii: boolean; write(w: AsciiWriter, tick: MultiCpuTick): void } {
  const index = new Map(jobs.map((j, i) => [j.name, i]));
  const names = jobs.map((j) => utf8Label(`${j.name} `));
  const nameBytes = names.reduce((n, l) => n + l.length, 0);
  let width = 8 + 7 * cpus - 5;
  if (v.trace_time_left) width += 6 * cpus;
  if (v.trace_cache) width += 8 * cpus + jobs.length * cpus;
  const dashes = asciiLabel(`${'-'.repeat(width)}\n`);
  const queueLabels = Array.from({ length: cpus }, (_, cpu) => asciiLabel(`Q${cpu}: `));
  const cacheRow = new Uint8Array(jobs.length).fill(SPACE);
  // Each job's name can be on every CPU and in a queue: the most a line can hold, without its dashes.
  const room =
    MAX_INT_CHARS +
    8 +
    cpus * (nameBytes + MAX_INT_CHARS + CACHE_OPEN.length + jobs.length + 16) +
    (v.trace_sched ? nameBytes + cpus * (MAX_INT_CHARS + 8) + 8 : 0);
  const nameOf = (name: string): AsciiLabel => names[index.get(name) as number] as AsciiLabel;
  const queue = (buf: Uint8Array, at: number, q: readonly string[]): number => {
    for (const name of q) at = putBytes(buf, at, nameOf(name));
    return at;
  };
  return {
    ascii: nameBytes === jobs.reduce((n, j) => n + j.name.length + 1, 0),
    write(w, tick) {
      const buf = w.reserve(room + dashes.length);
      let at = w.written();
      if (tick.interrupt) at = putBytes(buf, at, dashes);
      buf[at++] = SPACE;
      at = writePaddedInt(buf, at, tick.t, 3);
      at = putBytes(buf, at, TIME_END);
      for (let cpu = 0; cpu < tick.cpus.length; cpu++) {
        const c = tick.cpus[cpu];
        at = putBytes(buf, at, c ? nameOf(c.job) : IDLE);
        if (v.trace_time_left) {
          if (c) {
            at = putBytes(buf, at, LEFT_OPEN);
            at = writePaddedInt(buf, at, c.left, 3);
            at = putBytes(buf, at, LEFT_CLOSE);
          } else at = putBytes(buf, at, NO_LEFT);
        }
        if (v.trace_cache) {
          const warm = tick.warm[cpu] ?? [];
          for (const name of warm) cacheRow[index.get(name) as number] = WARM;
          at = putBytes(buf, at, CACHE_OPEN);
          buf.set(cacheRow, at);
          at += cacheRow.length;
          at = putBytes(buf, at, CACHE_CLOSE);
          for (const name of warm) cacheRow[index.get(name) as number] = SPACE;
        }
        at = putBytes(buf, at, CPU_END);
      }
      if (v.trace_sched) {
        if (v.per_cpu_queues)
          tick.queues.forEach((q, cpu) => {
            at = putBytes(buf, at, queueLabels[cpu] as AsciiLabel);
            at = putBytes(buf, queue(buf, at, q), QUEUE_END);
          });
        else at = queue(buf, putBytes(buf, at, SHARED_QUEUE), tick.queues[0] ?? []);
        at = putBytes(buf, at, QUEUES_END);
      }
      buf[at++] = NEWLINE;
      w.commit(at);
    },
  };
}

/** The -c answer: when the last job finished and how busy (and how warm) each CPU was. */
export function statsText(run: Pick<MultiCpuRun, 'stats' | 'time'>): string {
  const pct = (n: number): string => pyFixed2((100 * n) / run.time);
  const cpus = run.stats.map((s, cpu) => `  CPU ${cpu}  utilization ${pct(s.ran)} [ warm ${pct(s.warm)} ]\n`);
  return `\nFinished time ${run.time}\n\nPer-CPU stats\n${cpus.join('')}\n`;
}
