import type { MemoryFit, Scenario } from '../core/index';
import type { SliceContext } from './deps';
import type { LoadResult } from './results';

/** The settings forms of the Workload view whose edits wait for Apply. */
export type DraftForm = 'scheduler' | 'memory' | 'heap';

/** The one errorSource of Apply's refusals: each form shows those under its own fields. */
export const WORKLOAD_SOURCE = 'workload settings';

/**
 * Changes not made yet. The Workload view's forms keep their edits here, so that they survive a switch to
 * another view, until Apply (all of them at once) or Discard; a load from elsewhere drops them. And the memory
 * size proposed for "Turn on memory management", waiting for a yes.
 */
export interface DraftSlice {
  /** each form's draft as typed (its own shape, known to the form), present only while it differs from the scenario */
  drafts: Partial<Record<DraftForm, unknown>>;
  /** undefined: the form matches the scenario again */
  setDraft(form: DraftForm, draft: unknown): void;
  /** applies every draft in one edit (one validation, one undo step); an accepted edit clears them */
  applyDrafts(apply: (scenario: Scenario) => unknown): Promise<LoadResult>;
  discardDrafts(): void;
  /**
   * the Workload view's open process form: the process it adds (`new`) or edits (its pid), and its fields as
   * typed (the form's own shape); null when closed. Saved by the form itself (Save process), not by Apply.
   */
  processForm: { target: 'new' | number; draft: unknown } | null;
  setProcessForm(form: { target: 'new' | number; draft: unknown } | null): void;
  /**
   * the workload generator's settings as typed (its own shape), null until edited; they are not about the
   * scenario loaded, so a load keeps them
   */
  generator: unknown;
  setGenerator(draft: unknown): void;
  /** a memory size that fits the workload, shown for the user to accept or not (see fitMemory) */
  memoryProposal: MemoryFit | null;
  proposeMemory(fit: MemoryFit | null): void;
}

export function draftSlice({ set, get }: SliceContext): DraftSlice {
  return {
    drafts: {},
    setDraft(form, draft) {
      const drafts = { ...get().drafts, [form]: draft };
      if (draft === undefined) delete drafts[form];
      set({ drafts });
    },
    async applyDrafts(apply) {
      const applied = await get().edit(apply, WORKLOAD_SOURCE);
      if (applied.ok) set({ drafts: {} });
      return applied;
    },
    discardDrafts() {
      set({ drafts: {} });
      if (get().errorSource === WORKLOAD_SOURCE) get().dismissErrors();
    },
    processForm: null,
    setProcessForm: (processForm) => set({ processForm }),
    generator: null,
    setGenerator: (generator) => set({ generator }),
    memoryProposal: null,
    proposeMemory: (memoryProposal) => set({ memoryProposal }),
  };
}
