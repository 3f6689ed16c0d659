import { forPeople } from '../core/scenario/fieldWords';
import type { SliceContext } from './deps';
import type { Request } from './client';
import { loadResultOf, refusalOf, refusedWith, type LoadResult, type OpenResult, type Refused } from './results';
import { pushUndo, recordsUndo } from './shareSlice';
import type { ScenarioSlice } from './types';

type LoadRequest = Extract<Request, { type: 'load' | 'open' }>;

const loadOf = (scenario: unknown, tick: number | undefined): LoadRequest => ({
  type: 'load',
  scenario,
  ...(tick !== undefined && { tick }),
});

/** Loads that bring the same work back (after a crash): drafts made over it stay. */
const KEEPS_DRAFTS: ReadonlySet<string> = new Set(['restart']);
/** The source of a preset's load: `preset <file>` (presets.ts). */
const PRESET = /^preset (.+)$/;

export function scenarioSlice({ set, get, send }: SliceContext): ScenarioSlice {
  /** What undo would go back to if the scenario changed now (see shareSlice.ts). */
  const undoEntry = () => {
    const { scenario, frame } = get();
    return scenario ? { scenario, tick: frame?.tick ?? 0 } : null;
  };
  /** A refusal, said for people (processes named by their PIDs in `input`), shown as coming from `source`. */
  const refuse = (refused: Refused, source: string, input?: unknown): Refused => {
    const errors = forPeople(refused.errors, input);
    set({ errors, errorSource: source });
    return { ok: false, errors };
  };
  /** `input`: what was loaded, when the page has it, so a refusal names processes by their PIDs */
  const accept = async (request: LoadRequest, source: string, input?: unknown): Promise<OpenResult> => {
    get().pause();
    set({ loadsAsked: get().loadsAsked + 1 });
    const before = undoEntry();
    // A new session's first frame starts its timeline at row 0; a refusal leaves the old session untouched.
    const reply = await send(request);
    if (reply?.type === 'loaded') {
      set({ errors: [], errorSource: null, compareStatus: 'idle', compareEntries: [] });
      if (before && recordsUndo(source)) set({ undoStack: pushUndo(get().undoStack, before) });
      return { ok: true, frame: reply.frame, scenario: reply.scenario, shared: reply.shared ?? {} };
    }
    if (reply?.type === 'invalid') return refuse(refusalOf(reply), source, input);
    return refusalOf(reply);
  };
  /** after an accepted load from elsewhere than an edit */
  const replaced = (loaded: LoadResult, source: string): void => {
    if (!loaded.ok || KEEPS_DRAFTS.has(source)) return;
    // Anything loaded from elsewhere replaces the work the drafts were made over.
    set({ drafts: {}, processForm: null });
    // Undo may go back to the preset as loaded: the menu compares (see PresetMenu).
    if (source === 'undo') return;
    const file = PRESET.exec(source)?.[1];
    const json = get().scenarioJson;
    set({ preset: file === undefined || json === null ? null : { file, json } });
  };
  return {
    scenario: null,
    scenarioJson: null,
    errors: [],
    errorSource: null,
    preset: null,
    loadsAsked: 0,
    async load(input, source, tick) {
      const loaded = loadResultOf(await accept(loadOf(input, tick), source, input));
      replaced(loaded, source);
      return loaded;
    },
    async open(text, source, tick) {
      const loaded = await accept({ type: 'open', text, ...(tick !== undefined && { tick }) }, source);
      replaced(loaded, source);
      return loaded;
    },
    async edit(change, source, tick) {
      const current = get().scenario;
      if (!current) return refusedWith('No scenario is loaded yet.');
      const input = change(structuredClone(current));
      return loadResultOf(await accept(loadOf(input, tick ?? get().frame?.tick), source, input));
    },
    async operate(request, options) {
      const before = undoEntry();
      const reply = await send({ type: 'operation', request });
      if (reply?.type !== 'operated') {
        if (reply?.type === 'invalid' && !options?.quiet) return refuse(refusalOf(reply), `${request.op}`);
        return refusalOf(reply);
      }
      // An operation is recorded in the scenario (scheduled at the current tick): undo takes it back out.
      if (before && reply.scenario !== before.scenario) set({ undoStack: pushUndo(get().undoStack, before) });
      return { ok: true, frame: reply.frame, scenario: reply.scenario, narration: reply.narration };
    },
    reportError: (source, path, limit, message) => set({ errors: [{ path, limit, message }], errorSource: source }),
    dismissErrors: () => set({ errors: [], errorSource: null }),
  };
}
