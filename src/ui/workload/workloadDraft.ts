import { DEFAULT_WORKLOAD, type Dist, type WorkloadSpec } from '../../core/scenario/generate';
import { PROCESS_TYPES, type ProcessType } from '../../core/process/types';
import { toNumber } from './formValues';

/** One burst distribution as typed; the fields of the kinds not chosen are kept for switching back. */
export interface DistDraft {
  kind: Dist['kind'];
  value: string;
  min: string;
  max: string;
  mean: string;
}

export interface WorkloadDraft {
  seed: string;
  count: string;
  mix: Record<ProcessType, string>;
  arrivalKind: WorkloadSpec['arrival']['kind'];
  span: string;
  meanGap: string;
  cpuBurst: DistDraft;
  ioBurst: DistDraft;
  burstsMin: string;
  burstsMax: string;
  priorityMin: string;
  priorityMax: string;
  validatorSlot: string;
}

function distDraft(d: Dist): DistDraft {
  // Values a kind does not carry start from the fixed/uniform/exponential shapes of the same scale.
  const mid = d.kind === 'fixed' ? d.value : d.kind === 'uniform' ? Math.round((d.min + d.max) / 2) : d.mean;
  return {
    kind: d.kind,
    value: String(d.kind === 'fixed' ? d.value : mid),
    min: String(d.kind === 'uniform' ? d.min : 1),
    max: String(d.kind === 'uniform' ? d.max : mid * 2),
    mean: String(d.kind === 'exponential' ? d.mean : mid),
  };
}

export function workloadDraftOf(spec: WorkloadSpec): WorkloadDraft {
  const span = spec.arrival.kind === 'uniform' ? spec.arrival.span : 40;
  return {
    seed: String(spec.seed),
    count: String(spec.count),
    // A type left out of the mix weighs 1 (see WorkloadSpec.mix).
    mix: Object.fromEntries(PROCESS_TYPES.map((t) => [t, String(spec.mix[t] ?? 1)])) as Record<ProcessType, string>,
    arrivalKind: spec.arrival.kind,
    span: String(span),
    meanGap: String(
      spec.arrival.kind === 'poisson' ? spec.arrival.meanGap : Math.max(1, Math.round(span / spec.count)),
    ),
    cpuBurst: distDraft(spec.cpuBurst),
    ioBurst: distDraft(spec.ioBurst),
    burstsMin: String(spec.burstsPerProcess.min),
    burstsMax: String(spec.burstsPerProcess.max),
    priorityMin: String(spec.priorities.min),
    priorityMax: String(spec.priorities.max),
    validatorSlot: String(spec.validatorSlot),
  };
}

export const DEFAULT_DRAFT = workloadDraftOf(DEFAULT_WORKLOAD);

function distOf(d: DistDraft): unknown {
  if (d.kind === 'fixed') return { kind: 'fixed', value: toNumber(d.value) };
  if (d.kind === 'uniform') return { kind: 'uniform', min: toNumber(d.min), max: toNumber(d.max) };
  return { kind: 'exponential', mean: toNumber(d.mean) };
}

/** The spec the draft describes, unchecked (validateWorkloadSpec judges it); `gpus` is the node's. */
export function specOf(d: WorkloadDraft, gpus: number): unknown {
  const arrival =
    d.arrivalKind === 'uniform'
      ? { kind: 'uniform', span: toNumber(d.span) }
      : d.arrivalKind === 'poisson'
        ? { kind: 'poisson', meanGap: toNumber(d.meanGap) }
        : { kind: 'allAtZero' };
  return {
    seed: toNumber(d.seed),
    count: toNumber(d.count),
    mix: Object.fromEntries(PROCESS_TYPES.map((t) => [t, toNumber(d.mix[t])]).filter(([, w]) => w !== undefined)),
    arrival,
    cpuBurst: distOf(d.cpuBurst),
    ioBurst: distOf(d.ioBurst),
    burstsPerProcess: { min: toNumber(d.burstsMin), max: toNumber(d.burstsMax) },
    priorities: { min: toNumber(d.priorityMin), max: toNumber(d.priorityMax) },
    validatorSlot: toNumber(d.validatorSlot),
    gpus,
  };
}
