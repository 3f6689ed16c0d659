import { useId } from 'react';
import type { FsOp, Scenario } from '../../core/index';

/** The scenario's file operations, in list order (the order they are applied at one tick). */
export function scenarioWorkload(scenario: Scenario): FsOp[] {
  return scenario.operations.flatMap((op) => (op.op === 'fs' ? [op.action] : []));
}

interface Props {
  /** how many file operations the scenario has */
  own: number;
  /** why the scenario's cannot be used here, or null when it can */
  why: string | null;
  /** the demo's description, after "The demo workload" */
  demo: string;
  mine: boolean;
  onChoose(mine: boolean): void;
}

/** A panel that runs a workload of file operations: the scenario's own, or a demo made to show the point. */
export function WorkloadChoice({ own, why, demo, mine, onChoose }: Props) {
  const id = useId();
  return (
    <fieldset className="workload-choice">
      <legend>Workload</legend>
      <label>
        <input
          type="radio"
          name={`${id}-workload`}
          checked={mine}
          disabled={why !== null}
          onChange={() => onChoose(true)}
        />
        This scenario's file operations ({own})
      </label>
      <label>
        <input type="radio" name={`${id}-workload`} checked={!mine} onChange={() => onChoose(false)} />
        The demo workload ({demo})
      </label>
      {why !== null && <p className="muted">This scenario's cannot be used: {why}.</p>}
    </fieldset>
  );
}
