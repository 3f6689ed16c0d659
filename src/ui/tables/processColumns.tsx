import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import type { ProcessMemory, ProcessMetrics } from '../../core/index';
import { ProcessStateIcon, ProcessTypeIcon } from '../icons/ProcessIcons';
import { formatBytes } from '../memory/formatBytes';
import { RowMenu } from './RowMenu';

export const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, alphanumeric: sortFn_alphanumeric },
});

const helper = createColumnHelper<typeof features, ProcessMetrics>();

/** A number column; `null` (not yet known: no first run, not completed, no deadline) sorts last either way. */
const num = (
  key:
    | 'priority'
    | 'arrival'
    | 'burstTotal'
    | 'cpuTime'
    | 'remaining'
    | 'waiting'
    | 'ioTime'
    | 'contextSwitches'
    | 'pageFaults'
    | 'networkMbps',
  header: string,
) => helper.accessor(key, { header, sortFn: 'basic' });
const maybe = (key: 'response' | 'turnaround' | 'completion', header: string) =>
  helper.accessor((p) => p[key] ?? undefined, {
    id: key,
    header,
    sortFn: 'basic',
    sortUndefined: 'last',
    cell: (info) => info.getValue() ?? '—',
  });

/**
 * A figure of the process's memory (memory management on; an ended process shows what it held as it ended). A
 * row without memory sorts last either way.
 */
const mem = (
  id: 'memoryBytes' | 'residentPages' | 'swappedPages',
  get: (m: ProcessMemory) => number,
  header: string,
  show: (n: number) => string | number = (n) => n,
) =>
  helper.accessor((p) => (p.memory ? get(p.memory) : undefined), {
    id,
    header,
    sortFn: 'basic',
    sortUndefined: 'last',
    cell: (info) => {
      const n = info.getValue();
      return n === undefined ? '—' : show(n);
    },
  });

/** What a process holds: its CPU and GPUs, e.g. "CPU 0 + GPU 1, 2". */
function held(p: ProcessMetrics): string {
  const parts = [p.cpu === null ? '' : `CPU ${p.cpu}`, p.gpus.length ? `GPU ${p.gpus.join(', ')}` : ''].filter(Boolean);
  return parts.join(' + ') || '—';
}

export const columns = helper.columns([
  // PID, name and actions identify a row and act on it: the Columns menu does not offer to hide them.
  helper.accessor('pid', {
    header: 'PID',
    sortFn: 'basic',
    enableHiding: false,
    cell: (info) => `P${info.getValue()}`,
  }),
  helper.accessor('name', { header: 'Name', sortFn: 'alphanumeric', enableHiding: false }),
  helper.accessor('type', {
    header: 'Type',
    sortFn: 'alphanumeric',
    cell: (info) => (
      <>
        <ProcessTypeIcon type={info.getValue()} decorative /> {info.getValue()}
      </>
    ),
  }),
  helper.accessor('state', {
    header: 'State',
    sortFn: 'alphanumeric',
    cell: (info) => (
      <>
        <ProcessStateIcon state={info.getValue()} decorative /> {info.getValue()}
      </>
    ),
  }),
  num('priority', 'Priority'),
  num('arrival', 'Arrival'),
  num('burstTotal', 'CPU'),
  num('cpuTime', 'Done'),
  num('remaining', 'Remaining'),
  num('waiting', 'Waiting'),
  num('ioTime', 'I/O'),
  maybe('response', 'Response'),
  maybe('turnaround', 'Turnaround'),
  maybe('completion', 'Completion'),
  num('contextSwitches', 'Switches'),
  mem('memoryBytes', (m) => m.bytes, 'Memory', formatBytes),
  mem('residentPages', (m) => m.residentPages, 'Resident pages'),
  mem('swappedPages', (m) => m.swappedPages, 'Swapped pages'),
  helper.accessor((p) => p.memory?.types.join(', ') || undefined, {
    id: 'memoryTypes',
    header: 'Memory type',
    sortFn: 'alphanumeric',
    sortUndefined: 'last',
    cell: (info) => info.getValue() ?? '—',
  }),
  num('pageFaults', 'Page faults'),
  helper.accessor((p) => p.deadline ?? undefined, {
    id: 'deadline',
    header: 'Deadline',
    sortFn: 'basic',
    sortUndefined: 'last',
    cell: (info) => {
      const p = info.row.original;
      if (p.deadline === null) return '—';
      return p.deadlineMissed ? (
        <span className="deadline-missed">
          {p.deadline} <span aria-hidden="true">✗</span> missed
        </span>
      ) : (
        p.deadline
      );
    },
  }),
  helper.accessor(held, { id: 'held', header: 'CPU/GPUs held', sortFn: 'alphanumeric' }),
  num('networkMbps', 'Network (Mbit/s)'),
  helper.display({
    id: 'actions',
    header: 'Actions',
    enableHiding: false,
    cell: (info) => <RowMenu process={info.row.original} />,
  }),
]);
