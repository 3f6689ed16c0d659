import type { MultiAnswers, MultiRunStretch } from '../../core/index';

/** A run as the timeline draws it: where it starts and how wide it is, in percent of the whole run. */
export interface MultiBar extends MultiRunStretch {
  left: number;
  width: number;
  /** the job's colour, the same on every CPU */
  hue: number;
  label: string;
}

export interface MultiCpuRow {
  cpu: number;
  bars: MultiBar[];
  /** runs past SHOWN_BARS, not drawn (the figures count them) */
  hidden: number;
  label: string;
}

export interface MultiPicture {
  rows: MultiCpuRow[];
  /** the queues at each change, as lines: `t 10: Q0: a b · Q1: c` */
  queues: { t: number; text: string }[];
  hiddenQueues: number;
}

export const SHOWN_BARS = 300;
export const SHOWN_QUEUES = 60;

const ticks = (n: number): string => `${n} tick${n === 1 ? '' : 's'}`;

/** A job's hue, spread round the colour wheel by its place in the job list. */
export const jobHue = (index: number): number => Math.round((index * 137.508) % 360);

/** "job a on CPU 0 from 10 to 20 (10 ticks), warm". */
export function barLabel(s: MultiRunStretch): string {
  return `job ${s.job} on CPU ${s.cpu} from ${s.start} to ${s.end} (${ticks(s.end - s.start)}), ${s.warm ? 'warm' : 'cold'}`;
}

const names = (q: string[]): string => (q.length === 0 ? '(empty)' : q.join(' '));

function queueText(a: MultiAnswers, queues: string[][]): string {
  if (!a.perCpuQueues) return `Q: ${names(queues[0] ?? [])}`;
  return queues.map((q, cpu) => `Q${cpu}: ${names(q)}`).join(' · ');
}

/** multi.py's answer as CPUs over time (each run warm or cold) and its queues as they change. */
export function multiPicture(a: MultiAnswers): MultiPicture {
  const hue = new Map(a.jobs.map((j, i) => [j.name, jobHue(i)]));
  const span = Math.max(a.time, 1);
  const rows = a.utilization.map(({ cpu, busy, warm }) => {
    const mine = a.runs.filter((r) => r.cpu === cpu);
    return {
      cpu,
      bars: mine.slice(0, SHOWN_BARS).map((r) => ({
        ...r,
        left: (100 * r.start) / span,
        width: (100 * (r.end - r.start)) / span,
        hue: hue.get(r.job) ?? 0,
        label: barLabel(r),
      })),
      hidden: Math.max(0, mine.length - SHOWN_BARS),
      label: `CPU ${cpu}: busy ${busy}% of the time, warm ${warm}%`,
    };
  });
  return {
    rows,
    queues: a.queues.slice(0, SHOWN_QUEUES).map((q) => ({ t: q.t, text: queueText(a, q.queues) })),
    hiddenQueues: Math.max(0, a.queues.length - SHOWN_QUEUES),
  };
}
