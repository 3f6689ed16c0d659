import { builtInPolicy, POLICY_NAMES, type Scenario } from '../../core/index';
import { OtherErrors, SelectInput } from './formFields';
import { errorsAt, unclaimedErrors } from './formErrors';
import { OptionsFields } from './OptionsFields';
import { POLICY_OPTIONS } from './policies';
import { PolicyParams } from './PolicyParams';
import { applyDraft, draftOf, withParam } from './schedulerDraft';
import { useScenarioForm } from './useScenarioForm';

/** The store's errorSource for refusals of this form: only those are shown inline here. */
export const SCHEDULER_SOURCE = 'scheduler';
/** Paths the controls of this form show; anything else is listed at its foot. */
const SHOWN = [
  'scheduler.policy',
  ...new Set(POLICY_NAMES.flatMap((p) => builtInPolicy(p).params.map((f) => `scheduler.${f.key}`))),
  'options',
  'node.cpus',
  'node.gpus',
];

export function SchedulerPicker({ scenario }: { scenario: Scenario }) {
  const { draft, set, submit, errors } = useScenarioForm(scenario, draftOf, applyDraft, SCHEDULER_SOURCE);
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
    <form className="panel scheduler-picker" aria-labelledby="scheduler-picker-title" onSubmit={submit}>
      <h2 id="scheduler-picker-title">Scheduler and options</h2>
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
      <button type="submit" className="primary">
        Apply
      </button>
    </form>
  );
}
