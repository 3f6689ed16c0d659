import { mallocScript } from './malloc/mallocScript';
import { lotteryScript } from './lottery/lotteryScript';
import { linearTranslateScript } from './linearTranslate/linearTranslateScript';
import { mlfqScript } from './mlfq/mlfqScript';
import { pagingPolicyScript } from './pagingPolicy/pagingPolicyScript';
import { processRunScript } from './processRun/processRunScript';
import { schedulerScript } from './scheduler/schedulerScript';
import type { OstepScript, OstepScriptName } from './script';

/** The OSTEP scripts we answer so far, by OSTEP's name. */
export const OSTEP_REGISTRY: Partial<Record<OstepScriptName, OstepScript>> = {
  scheduler: schedulerScript as OstepScript,
  mlfq: mlfqScript as OstepScript,
  lottery: lotteryScript as OstepScript,
  'process-run': processRunScript as OstepScript,
  'paging-linear-translate': linearTranslateScript as OstepScript,
  'paging-policy': pagingPolicyScript as OstepScript,
  malloc: mallocScript as OstepScript,
};

/** A script by the name a user typed: with or without `.py` or a directory in front. */
export function ostepScriptNamed(name: string): OstepScript | undefined {
  const base = (name.split('/').pop() ?? '').replace(/\.py$/, '');
  return Object.hasOwn(OSTEP_REGISTRY, base) ? OSTEP_REGISTRY[base as OstepScriptName] : undefined;
}

export function supportedScripts(): string {
  return Object.keys(OSTEP_REGISTRY).join(', ');
}
