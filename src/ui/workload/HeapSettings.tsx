import { DEFAULT_HEAP as D } from '../../core/scenario/heapSchema';
import { FIT_POLICIES, LIST_ORDERS } from '../../core/heap/types';
import { FITS } from '../../core/heap/fits/registry';
import type { Scenario } from '../../core/scenario/types';
import { errorsAt, unclaimedErrors } from './formErrors';
import { CheckInput, OtherErrors, SelectInput, TextInput } from './formFields';
import { heapDraftOf } from './heapDraft';
import { useScenarioForm } from './useScenarioForm';
import { useAppStore } from '../app/StoreContext';
import { applyOnSubmit } from './ApplyBar';
import { FORM_PATHS } from './draftForms';
import { FormEdited } from './FormEdited';
const SHOWN = ['base', 'size', 'header', 'align', 'policy', 'order', 'coalesce'].map((f) => `heap.${f}`);
const POLICIES = FIT_POLICIES.map((p) => ({ value: p, label: `${p} (${FITS[p].label})` }));
const ORDERS = LIST_ORDERS.map((o) => ({ value: o, label: o }));
const draftOf = (s: Scenario) => heapDraftOf(s.heap);

/**
 * Gives the scenario a heap (a free-list allocator that malloc and free operations use) or takes it away; the
 * store validates and refuses bad values, naming the field and the limit.
 */
export function HeapSettings({ scenario }: { scenario: Scenario }) {
  const store = useAppStore();
  const { draft, set, edited, errors } = useScenarioForm('heap', scenario, draftOf, FORM_PATHS.heap);
  const at = (field: string) => errorsAt(errors, `heap.${field}`);
  return (
    <form className="panel memory-settings" aria-labelledby="heap-settings-title" onSubmit={applyOnSubmit(store)}>
      <h2 id="heap-settings-title">
        Heap <FormEdited edited={edited} />
      </h2>
      <CheckInput
        label="Heap on"
        checked={draft.on}
        onChange={(on) => set({ on })}
        hint="on: processes' malloc and free operations use a free-list allocator, shown under the Gantt chart; off (default): the scenario has no heap"
      />
      {draft.on && (
        <fieldset className="form-group">
          <legend>Free-list allocator</legend>
          <TextInput
            numeric
            size={10}
            label="Base address"
            value={draft.base}
            onChange={(base) => set({ base })}
            hint={`default ${D.base}`}
            errors={at('base')}
          />
          <TextInput
            numeric
            size={10}
            label="Size (bytes)"
            value={draft.size}
            onChange={(size) => set({ size })}
            hint={`default ${D.size}`}
            errors={at('size')}
          />
          <TextInput
            numeric
            size={6}
            label="Header (bytes)"
            value={draft.header}
            onChange={(header) => set({ header })}
            hint="inside each chunk, before the pointer; default 0"
            errors={at('header')}
          />
          <TextInput
            numeric
            size={6}
            label="Alignment (bytes)"
            value={draft.align}
            onChange={(align) => set({ align })}
            hint="requests are rounded up to a multiple; blank = none (default)"
            errors={at('align')}
          />
          <SelectInput
            label="Fit"
            value={draft.policy}
            options={POLICIES}
            onChange={(policy) => set({ policy })}
            hint={`how the free list is searched; default ${D.policy}`}
            errors={at('policy')}
          />
          <SelectInput
            label="List order"
            value={draft.order}
            options={ORDERS}
            onChange={(order) => set({ order })}
            hint={`where a freed chunk goes back; default ${D.order}`}
            errors={at('order')}
          />
          <CheckInput
            label="Coalesce"
            checked={draft.coalesce}
            onChange={(coalesce) => set({ coalesce })}
            hint="after a free, merge list neighbours that touch in memory; default off"
            errors={at('coalesce')}
          />
        </fieldset>
      )}
      <OtherErrors title="The scenario was not changed:" errors={draft.on ? unclaimedErrors(errors, SHOWN) : errors} />
    </form>
  );
}
