import type { ViewName } from '../../store/types';

export interface ViewInfo {
  label: string;
  /** the playback bar and the narration belong on this view: what it shows changes with the tick */
  playback: boolean;
}

/** Every view, in tab order. A Record, so a view added to the store's ViewName must be added here. */
export const VIEWS: Readonly<Record<ViewName, ViewInfo>> = {
  simulate: { label: 'Simulate', playback: true },
  memory: { label: 'Memory', playback: true },
  files: { label: 'Files', playback: true },
  network: { label: 'Network', playback: true },
  workload: { label: 'Workload & scheduler', playback: false },
  compare: { label: 'Compare schedulers', playback: false },
  console: { label: 'Console', playback: true },
  ostep: { label: 'OSTEP', playback: false },
  gallery: { label: 'Presets', playback: false },
  exercises: { label: 'Exercises', playback: false },
  lessons: { label: 'Lessons', playback: false },
};

export const VIEW_NAMES = Object.keys(VIEWS) as ViewName[];

export const isViewName = (name: string): name is ViewName => Object.hasOwn(VIEWS, name);

/** A stage's secondary panel: shown one at a time in the drawer under the main picture. */
export interface PanelInfo {
  id: string;
  label: string;
  /**
   * the tab's words on a small laptop or projector (821-1279 px), where a view's long labels would take two rows; the
   * tab's name (and its tooltip) stays the label, so a lesson or a screen reader names it the same everywhere
   */
  short?: string;
  /** heading texts a lesson step may point at that live in this panel, besides its label */
  holds?: readonly string[];
}

/**
 * The secondary panels of each stage view, in tab order; the first is open until another is chosen. Data
 * rather than components, so the URL and the lessons can name a panel without rendering the view.
 */
export const STAGE_PANELS: Readonly<Partial<Record<ViewName, readonly PanelInfo[]>>> = {
  simulate: [
    { id: 'queues', label: 'Queues' },
    { id: 'processes', label: 'Processes' },
    { id: 'tree', label: 'Process tree' },
    { id: 'node-status', label: 'AI node status' },
    { id: 'metrics', label: 'Metrics' },
    { id: 'create', label: 'Create process', holds: ['Create process now'] },
    { id: 'heap', label: 'Heap' },
  ],
  workload: [
    { id: 'processes', label: 'Processes', holds: ['Create process now'] },
    { id: 'scheduler', label: 'Scheduler and options' },
    { id: 'generate', label: 'Generate', holds: ['Generate a workload'] },
    { id: 'memory', label: 'Memory settings', holds: ['Memory management'] },
    { id: 'heap', label: 'Heap' },
    { id: 'ostep', label: 'OSTEP commands', holds: ['Import OSTEP command', 'Export as OSTEP command'] },
  ],
  compare: [
    { id: 'results', label: 'Results' },
    { id: 'chart', label: 'Averages chart' },
  ],
  files: [
    { id: 'device', label: 'Block device', short: 'Device' },
    { id: 'cache', label: 'Page cache' },
    { id: 'open', label: 'Open files', holds: ['Open files'] },
    { id: 'models', label: 'Model cache', short: 'Models' },
    { id: 'operations', label: 'File operations', short: 'Operations', holds: ['File operation'] },
    {
      id: 'crash',
      label: 'Crash explorer',
      short: 'Crashes',
      holds: ['Crash-point explorer', 'The disk at the crash', 'Mount: journal replay', 'fsck', 'The operations'],
    },
    { id: 'allocation', label: 'Allocation strategies', short: 'Allocation', holds: ['Allocation strategies'] },
    { id: 'layouts', label: 'Layouts', holds: ['Layouts compared', 'Blocks written per operation'] },
    { id: 'ledger', label: 'Ledger', holds: ['Ledger chain'] },
  ],
  network: [
    { id: 'nodes', label: 'Nodes and faults', holds: ['Nodes', 'Links'] },
    { id: 'sequence', label: 'Message sequence' },
    { id: 'securityLog', label: 'Security log' },
    { id: 'linkStats', label: 'Link statistics' },
    { id: 'infection', label: 'Infection curve', holds: ['Gossip infection curve'] },
    { id: 'migration', label: 'Migration timeline' },
  ],
  memory: [
    { id: 'pools', label: 'Pools', holds: ['Memory pools'] },
    { id: 'swap', label: 'Swap space', short: 'Swap' },
    { id: 'mmu', label: 'MMU walkthrough', short: 'MMU' },
    { id: 'page-table', label: 'Page table' },
    { id: 'fragmentation', label: 'Fragmentation' },
    { id: 'over-time', label: 'Swap and accesses over time', short: 'Over time' },
    {
      id: 'replacement',
      label: 'Replacement policies',
      short: 'Replacement',
      holds: ['Compare page-replacement policies'],
    },
    { id: 'operations', label: 'Operations', holds: ['Memory operations'] },
  ],
};

const namesOf = (p: PanelInfo): string[] => [p.label, ...(p.holds ?? [])];

/** The panel of `view` that holds what a lesson step points at, if a panel does. */
export function panelHolding(view: ViewName, target: string): string | undefined {
  const t = target.trim();
  if (t === '') return undefined;
  return STAGE_PANELS[view]?.find((p) => namesOf(p).some((n) => n.startsWith(t) || t.startsWith(n)))?.id;
}
