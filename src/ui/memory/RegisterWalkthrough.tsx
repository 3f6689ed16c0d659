import { useId, useState, type FormEvent } from 'react';
import {
  DEFAULT_FIELDS,
  fieldLabel,
  registerWalkModel,
  type RegisterFields,
  type RegisterMode,
  type RegisterWalkModel,
} from './registerWalkModel';
import { WalkSteps } from './WalkSteps';
import { CurrentRegisterAccess } from './CurrentRegisterAccess';
import type { RegisterAccess } from '../../core/index';

const MODES: readonly { mode: RegisterMode; label: string }[] = [
  { mode: 'base-and-bounds', label: 'Base and bounds' },
  { mode: 'segmentation', label: 'Segmentation (two segments)' },
];

type Field = Exclude<keyof RegisterFields, 'mode'>;
const FIELDS: Readonly<Record<RegisterMode, readonly Field[]>> = {
  'base-and-bounds': ['base', 'bounds'],
  segmentation: ['addressSpace', 'base0', 'bounds0', 'base1', 'bounds1'],
};

/**
 * The MMU's other translation modes, step by step: base and bounds (one register pair) and segmentation (segment 0
 * growing up, segment 1 down), over registers a person sets. Each step is the core's (memory/registerWalk.ts). Under
 * a scenario whose MMU runs one of them, `current` is its latest reference, walked through first.
 */
export function RegisterWalkthrough({ current }: { current?: RegisterAccess | null }) {
  const id = useId();
  const [fields, setFields] = useState<RegisterFields>(DEFAULT_FIELDS);
  const [walk, setWalk] = useState<RegisterWalkModel | null>(null);
  const [shown, setShown] = useState(0);
  const set = (k: keyof RegisterFields, value: string) => setFields((f) => ({ ...f, [k]: value }));

  const translate = (e: FormEvent) => {
    e.preventDefault();
    const w = registerWalkModel(fields);
    setWalk(w);
    setShown(w.ok ? 1 : 0);
  };
  const steps = walk?.ok ? walk.steps : [];
  const error = walk && !walk.ok ? walk : null;
  const input = (k: Field) => (
    <div className="memory-field" key={k}>
      <label htmlFor={`${id}-${k}`}>{fieldLabel(k)}</label>
      <input
        id={`${id}-${k}`}
        className="mono"
        value={fields[k]}
        onChange={(e) => set(k, e.target.value)}
        aria-invalid={error?.field === k || undefined}
      />
    </div>
  );
  return (
    <>
      {current !== undefined && <CurrentRegisterAccess current={current} />}
      <section className="mmu-walkthrough" aria-label="Base-and-bounds and segmentation walkthrough">
        <h3>Other translation modes</h3>
        <form className="memory-form" onSubmit={translate} noValidate aria-label="Translate with registers">
          <div className="memory-field">
            <label htmlFor={`${id}-mode`}>Translation mode</label>
            <select
              id={`${id}-mode`}
              value={fields.mode}
              onChange={(e) => {
                set('mode', e.target.value);
                setWalk(null);
              }}
            >
              {MODES.map((m) => (
                <option key={m.mode} value={m.mode}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
          {FIELDS[fields.mode].map(input)}
          {input('address')}
          <button type="submit" className="primary">
            Translate
          </button>
          {error && (
            <p className="memory-message error" role="alert">
              {error.message}
            </p>
          )}
        </form>
        {walk?.ok && (
          <WalkSteps
            steps={steps}
            shown={shown}
            onShow={setShown}
            outcome={walk.outcome}
            label="Register translation steps"
          />
        )}
      </section>
    </>
  );
}
