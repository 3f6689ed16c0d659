import type { FieldError } from '../../core/scenario/validate';
import { POOL_NAMES } from '../../core/memory/types';
import type { Scenario } from '../../core/scenario/types';
import { CheckInput, OtherErrors } from './formFields';
import { unclaimedErrors } from './formErrors';
import { MemoryFields } from './MemoryFields';
import { CONSTRAINT_NAMES, memoryDraftOf } from './memoryDraft';
import { MemoryPoolFields } from './MemoryPoolFields';
import { useScenarioForm } from './useScenarioForm';
import { useAppStore } from '../app/StoreContext';
import { applyOnSubmit } from './ApplyBar';
import { FORM_PATHS } from './draftForms';
import { FormEdited } from './FormEdited';

/** Paths the controls of this form show; anything else (e.g. a memory operation left without memory) is listed at its foot. */
const SHOWN = [
  'physicalBytes',
  'pageSize',
  'swapBytes',
  'virtualBits',
  'pageTableLevels',
  'tlbEntries',
  'tlbMode',
  'placement',
  'replacement',
  'swapInTicks',
  'swapOutTicks',
  'compactionTicksPerPage',
  'autoCompact',
  'copyOnWrite',
  'alerts.fragmentation',
  'alerts.swapUse',
  ...POOL_NAMES.map((n) => `pools.${n}`),
  ...CONSTRAINT_NAMES.map((n) => `constraints.${n}`),
].map((f) => `memory.${f}`);
const NONE: readonly FieldError[] = [];
const draftOf = (s: Scenario) => memoryDraftOf(s.memory);

/** Turns memory management on or off and sets its parameters; the store validates and refuses bad values. */
export function MemorySettings({ scenario }: { scenario: Scenario }) {
  const store = useAppStore();
  const { draft, set, edited, errors } = useScenarioForm('memory', scenario, draftOf, FORM_PATHS.memory);
  const shown = draft.on ? errors : NONE;
  return (
    <form className="panel memory-settings" aria-labelledby="memory-settings-title" onSubmit={applyOnSubmit(store)}>
      <h2 id="memory-settings-title">
        Memory management <FormEdited edited={edited} />
      </h2>
      <CheckInput
        label="Memory management on"
        checked={draft.on}
        onChange={(on) => set({ on })}
        hint="on: frames, page tables, a TLB and swap are simulated and processes' access patterns run; off (default): memory needs are only recorded"
      />
      {draft.on && (
        <>
          <MemoryFields draft={draft} errors={shown} set={set} />
          <MemoryPoolFields draft={draft} errors={shown} set={set} />
        </>
      )}
      <OtherErrors title="The scenario was not changed:" errors={draft.on ? unclaimedErrors(errors, SHOWN) : errors} />
    </form>
  );
}
