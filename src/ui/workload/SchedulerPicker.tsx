import { builtInPolicy, POLICY_NAMES } from '../../core/sched/registry';
import type { Scenario } from '../../core/scenario/types';
import { OtherErrors, SelectInput } from './formFields';
import { errorsAt, unclaimedErrors } from './formErrors';
import { OptionsFields } from './OptionsFields';
import { POLICY_OPTIONS } from './policies';
import { PolicyParams } from './PolicyParams';
import { draftOf, withParam } from './schedulerDraft';
import { useScenarioForm } from './useScenarioForm';
import { useAppStore } from '../app/StoreContext';
import { applyOnSubmit } from './ApplyBar';
import { FORM_PATHS } from './draftForms';
import { FormEdited } from './FormEdited';
/** Paths the controls of this form show; anything else is listed at its foot. */
const SHOWN = [
  'scheduler.policy',
  ...new Set(POLICY_NAMES.flatMap((p) => builtInPolicy(p).params.map((f) => `scheduler.${f.key}`))),
  'options',
  'node.cpus',
  'node.gpus',
];

/** The scheduler, its parameters, the options and the node; changes wait for the view's Apply (ApplyBar). */
export function SchedulerPicker({ scenario }: { scenario: Scenario }) {
  const store = useAppStore();
  const { draft, set, edited, errors } = useScenarioForm('scheduler', scenario, draftOf, FORM_PATHS.scheduler);
  const module = builtInPolicy(draft.policy);
  const params = (
    <PolicyParams
      fields={module.params}
      values={draft.params[draft.policy]}
      errors={errors}
      set={(key, value) => set(withParam(draft, draft.policy, key, value))}
    />
  );
  return (
    <form className="panel scheduler-picker" aria-labelledby="scheduler-picker-title" onSubmit={applyOnSubmit(store)}>
      <h2 id="scheduler-picker-title">
        Scheduler and options <FormEdited edited={edited} />
      </h2>
      <fieldset className="form-group">
        <legend>Policy</legend>
        <SelectInput
          label="Scheduler"
          value={draft.policy}
          options={POLICY_OPTIONS}
          onChange={(policy) => set({ policy })}
          hint={module.description}
          errors={errorsAt(errors, 'scheduler.policy')}
        />
        {module.paramsTitle === undefined && params}
      </fieldset>
      {module.paramsTitle !== undefined && (
        <fieldset className="form-group">
          <legend>{module.paramsTitle}</legend>
          {params}
        </fieldset>
      )}
      <OptionsFields draft={draft} errors={errors} set={set} />
      <OtherErrors title="The scenario was not changed:" errors={unclaimedErrors(errors, SHOWN)} />
    </form>
  );
}
