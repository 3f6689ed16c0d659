import { shareUrl } from '../core/scenario/shareUrl';
import type { Scenario, ShareDisplay, ShareUrl } from '../core/index';
import {
  AUTOSAVE_KEY,
  autosaveWrites,
  KEPT_KEY,
  KEPT_PRESET_KEY,
  readStored,
  savedPosition,
  savedPreset,
  storage,
  writeStored,
  type SavedScenario,
} from './autosave';
import type { SliceContext } from './deps';
import { keepWork, keptTitle, ownWork, type ReadAutosave } from './keptWork';
import { loadResultOf, refusedWith, type LoadResult } from './results';
import type { ViewName } from './types';

/** How many earlier scenarios undo keeps. */
export const UNDO_LIMIT = 20;
/** Loads that restore rather than change: they are not recorded for undo. */
const NOT_UNDOABLE: ReadonlySet<string> = new Set(['undo', 'restart']);
/** Every view name, checked against ViewName by the compiler; a link's tab is used only if it is one. */
const VIEWS = {
  simulate: true,
  memory: true,
  files: true,
  network: true,
  workload: true,
  compare: true,
  gallery: true,
  exercises: true,
  lessons: true,
  console: true,
  ostep: true,
} satisfies Record<ViewName, true>;

export interface UndoEntry {
  scenario: Scenario;
  /** the tick the viewer was at when the scenario was replaced */
  tick: number;
}

/** Where the app runs: the full app keeps the viewer's work in the autosave; an embedded view never touches it. */
export type StartMode = 'app' | 'embed';

export interface ShareSlice {
  /** earlier scenarios, oldest first, at most UNDO_LIMIT */
  undoStack: UndoEntry[];
  /** the viewer's own work that a link replaced (stored under KEPT_KEY), offered back until restored or let go */
  kept: { title: string } | null;
  /** loads the kept work back (the link's scenario can then be undone to); null when there is none */
  restoreKept(): Promise<LoadResult | null>;
  /** lets the kept work go */
  dismissKept(): void;
  /**
   * a link to the current scenario at the current tick and view, with the display choices that change what is
   * seen (lane per process); `base` defaults to the page's URL
   */
  shareLink(base?: string): ShareUrl;
  /**
   * opens a `#s=` link; a bad link shows its errors and keeps the loaded scenario. The work it replaces (the
   * scenario loaded, or at startup the autosave) is kept and offered back, unless `mode` is 'embed'.
   */
  openFromLink(hash: string, mode?: StartMode): Promise<LoadResult>;
  /**
   * at startup: the link if there is one, else the autosave, else `loadDefault`; says which was loaded. An
   * embedded view reads no autosave: without a link it shows the default scenario.
   */
  startFrom(
    hash: string,
    loadDefault: (stillWanted: () => boolean) => Promise<LoadResult>,
    mode?: StartMode,
  ): Promise<'link' | 'autosave' | 'default'>;
  importFile(text: string, name: string): Promise<LoadResult>;
  /** downloads the current scenario as a JSON file */
  exportScenario(): void;
  /** writes {scenario, tick, view} to localStorage (see watchAutosave for when) */
  saveAutosave(): void;
  /** loads the autosave; null when there is none (or storage is refused) */
  restoreAutosave(): Promise<LoadResult | null>;
  /** back to the scenario (and tick) before the last change */
  undo(): Promise<LoadResult>;
}

/** `stack` with `entry` on top, dropping the oldest beyond UNDO_LIMIT. */
export function pushUndo(stack: UndoEntry[], entry: UndoEntry): UndoEntry[] {
  return [...stack, entry].slice(-UNDO_LIMIT);
}

export function recordsUndo(source: string): boolean {
  return !NOT_UNDOABLE.has(source);
}

function fileName(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'scenario'}.json`;
}

export function shareSlice({ set, get, send, deps }: SliceContext): ShareSlice {
  let saved: SavedScenario | null = null;
  /** the scenario storage refused (over its quota: 100,000 processes are tens of MB), not tried again */
  let refused: Scenario | null = null;
  const showView = (tab: string | undefined) => {
    if (tab !== undefined && Object.hasOwn(VIEWS, tab)) get().setView(tab as ViewName);
  };
  const showDisplay = (display: ShareDisplay | undefined) => {
    if (display?.processLanes !== undefined) void get().setProcessLanes(display.processLanes);
    if (display?.memoryColour !== undefined) get().setMemoryColour(display.memoryColour);
    if (display?.memoryCell !== undefined) get().setMemoryCell(display.memoryCell);
  };
  const readAutosave: ReadAutosave = async (text) => {
    const reply = await send({ type: 'read', text: { kind: 'autosave', text } });
    return reply?.type === 'read' ? reply.payload : null;
  };
  return {
    undoStack: [],
    kept: null,
    async restoreKept() {
      const text = readStored(KEPT_KEY);
      if (text === null) return null;
      const opened = await get().open({ kind: 'autosave', text }, 'your kept scenario');
      if (!opened.ok) {
        // Kept work that cannot be read is let go; it stays if the simulation stopped before answering.
        if (get().status !== 'crashed') get().dismissKept();
        return opened;
      }
      showView(opened.shared.view?.tab);
      set({ preset: savedPreset(get().scenarioJson ?? '', KEPT_PRESET_KEY) });
      get().dismissKept();
      return loadResultOf(opened);
    },
    dismissKept() {
      writeStored(KEPT_KEY, null);
      writeStored(KEPT_PRESET_KEY, null);
      set({ kept: null });
    },
    shareLink(base) {
      const { scenario, frame, view, processLanes, memoryColour, memoryCell } = get();
      const href = base ?? globalThis.location?.href;
      if (!scenario || href === undefined) return { ok: false, reason: 'No scenario is loaded yet.' };
      return shareUrl(href, {
        scenario,
        view: { tick: frame?.tick ?? 0, tab: view },
        display: {
          // What differs from what a fresh page shows.
          ...(processLanes && { processLanes }),
          ...(memoryColour !== 'owner' && { memoryColour }),
          ...(memoryCell !== null && { memoryCell }),
        },
      });
    },
    async openFromLink(hash, mode = 'app') {
      const work = mode === 'app' ? ownWork(get()) : null;
      const opened = await get().open({ kind: 'link', fragment: hash }, 'link');
      if (!opened.ok) return opened;
      showView(opened.shared.view?.tab);
      showDisplay(opened.shared.display);
      const kept = work && (await keepWork(work, opened.scenario, readAutosave));
      if (kept) set({ kept });
      return loadResultOf(opened);
    },
    async startFrom(hash, loadDefault, mode = 'app') {
      const asked = get().loadsAsked;
      const link = hash.startsWith('#s=') ? await get().openFromLink(hash, mode) : null;
      // Work kept by an earlier link is offered until the viewer decides.
      if (mode === 'app' && !get().kept) set({ kept: await keptTitle(readAutosave) });
      if (link?.ok) return 'link';
      const autosave = mode === 'app' ? await get().restoreAutosave() : null;
      const from = autosave?.ok ? 'autosave' : 'default';
      // The default is fetched first: a file imported or a preset picked meanwhile is what the viewer wants.
      const ownLoads = asked + (link ? 1 : 0) + (autosave ? 1 : 0);
      if (from === 'default') await loadDefault(() => get().loadsAsked === ownLoads);
      // A bad link's errors stay on screen over whatever is loaded instead.
      if (link && link.errors.length > 0) set({ errors: link.errors, errorSource: 'link' });
      return from;
    },
    async importFile(text, name) {
      const source = `file ${name.slice(0, 100)}`;
      const opened = await get().open({ kind: 'file', text, name: name.slice(0, 100) }, source);
      return loadResultOf(opened);
    },
    exportScenario() {
      const { scenario } = get();
      if (!scenario) return;
      if (!deps.saveFile)
        return get().reportError('export', 'export', 'a browser', 'Saving files is not available here.');
      deps.saveFile(fileName(scenario.title), `${JSON.stringify(scenario, null, 2)}\n`, 'application/json');
    },
    saveAutosave() {
      const { scenario, scenarioJson, frame, view, aimedTick } = get();
      const store = storage();
      if (!scenario || scenarioJson === null || !frame || !store || scenario === refused) return;
      const next = autosaveWrites(saved, scenario, scenarioJson, aimedTick ?? frame.tick, view, get().preset);
      try {
        for (const [key, value] of next.writes) store.setItem(key, value);
        saved = next.saved;
      } catch {
        // Over the storage quota: the autosave is a convenience, and the previous one stays whole, with its own
        // tick and view (not this run's); this scenario is not serialized again at every tick saved.
        refused = scenario;
      }
    },
    async restoreAutosave() {
      let text: string | null = null;
      try {
        text = storage()?.getItem(AUTOSAVE_KEY) ?? null;
      } catch {
        return null;
      }
      if (text === null) return null;
      // The position saved apart (every tick or view change) is newer than the one in the scenario's text.
      const position = savedPosition();
      const opened = await get().open({ kind: 'autosave', text }, 'autosave', position?.tick);
      if (!opened.ok) return opened;
      showView((position ?? opened.shared.view)?.tab);
      const json = get().scenarioJson ?? '';
      set({ preset: savedPreset(json) });
      // Storage holds this scenario already: a reload writes only the position, not the workload again.
      saved = { scenario: opened.scenario, json, preset: get().preset };
      return loadResultOf(opened);
    },
    async undo() {
      const stack = get().undoStack;
      const last = stack.at(-1);
      if (!last) return refusedWith('Nothing to undo.');
      set({ undoStack: stack.slice(0, -1) });
      const loaded = await get().load(last.scenario, 'undo', last.tick);
      if (!loaded.ok) set({ undoStack: pushUndo(get().undoStack, last) });
      return loaded;
    },
  };
}
