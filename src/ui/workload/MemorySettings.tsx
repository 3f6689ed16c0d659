import { type FieldError, POOL_NAMES, type Scenario } from '../../core/index';
import { CheckInput, OtherErrors } from './formFields';
import { unclaimedErrors } from './formErrors';
import { MemoryFields } from './MemoryFields';
import { applyMemoryDraft, CONSTRAINT_NAMES, memoryDraftOf } from './memoryDraft';
import { MemoryPoolFields } from './MemoryPoolFields';
import { useScenarioForm } from './useScenarioForm';

/** The store's errorSource for refusals of this form: only those are shown inline here. */
export const MEMORY_SOURCE = 'memory settings';
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
  'copyOnWrite',
  'alerts.fragmentation',
  'alerts.swapUse',
  ...POOL_NAMES.map((n) => `pools.${n}`),
  ...CONSTRAINT_NAMES.map((n) => `constraints.${n}`),
].map((f) => `memory.${f}`);
const NONE: readonly FieldError[] = [];

/** Turns memory management on or off and sets its parameters; the store validates and refuses bad values. */
export function MemorySettings({ scenario }: { scenario: Scenario }) {
  const { draft, set, submit, errors } = useScenarioForm(
    scenario,
    (s) => memoryDraftOf(s.memory),
    applyMemoryDraft,
    MEMORY_SOURCE,
  );
  const shown = draft.on ? errors : NONE;
  return (
    <form className="panel memory-settings" aria-labelledby="memory-settings-title" onSubmit={submit}>
      <h2 id="memory-settings-title">Memory management</h2>
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
      {/* Not "Apply": e2e/workload.spec.ts clicks the one button named (by substring) Apply, the scheduler's. */}
      <button type="submit" className="primary">
        Save memory settings
      </button>
    </form>
  );
}
