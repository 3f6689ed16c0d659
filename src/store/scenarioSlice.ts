import { forPeople } from '../core/scenario/fieldWords';
import type { SliceContext } from './deps';
import { refusalOf, refusedWith, type Refused } from './results';
import { pushUndo, recordsUndo } from './shareSlice';
import type { ScenarioSlice } from './types';

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
  const accept: ScenarioSlice['load'] = async (input, source, tick) => {
    get().pause();
    const before = undoEntry();
    // A new session's first frame starts its timeline at row 0; a refusal leaves the old session untouched.
    const reply = await send({ type: 'load', scenario: input, ...(tick !== undefined && { tick }) });
    if (reply?.type === 'loaded') {
      set({ errors: [], errorSource: null, compareStatus: 'idle', compareEntries: [] });
      if (before && recordsUndo(source)) set({ undoStack: pushUndo(get().undoStack, before) });
      return { ok: true, frame: reply.frame, scenario: reply.scenario };
    }
    if (reply?.type === 'invalid') return refuse(refusalOf(reply), source, input);
    return refusalOf(reply);
  };
  return {
    scenario: null,
    errors: [],
    errorSource: null,
    preset: null,
    async load(input, source, tick) {
      const loaded = await accept(input, source, tick);
      if (!loaded.ok || KEEPS_DRAFTS.has(source)) return loaded;
      // Anything loaded from elsewhere replaces the work the drafts were made over.
      set({ drafts: {}, processForm: null });
      // Undo may go back to the preset as loaded: the menu compares (see PresetMenu).
      if (source === 'undo') return loaded;
      const file = PRESET.exec(source)?.[1];
      set({ preset: file === undefined ? null : { file, json: JSON.stringify(loaded.scenario) } });
      return loaded;
    },
    async edit(change, source, tick) {
      const current = get().scenario;
      if (!current) return refusedWith('No scenario is loaded yet.');
      return accept(change(structuredClone(current)), source, tick ?? get().frame?.tick);
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
