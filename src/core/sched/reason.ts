/**
 * Why a scheduler chose a process: the facts every policy shares, then its own (see each policy's Reason).
 * The trace hash covers the dispatch events as JSON, so the keys keep one order: policy, competitors, key,
 * the policy's leading facts, the pick's detail, skippedForGpu, the policy's trailing facts, slice.
 */
export type ReasonBase<Name extends string = string> = {
  policy: Name;
  /** processes that were READY and eligible when the choice was made (including the chosen one) */
  competitors: number;
  /** the value the policy compared on (remaining ticks, priority, deadline, ...), when there is one */
  key?: number;
  /** processes skipped because the GPUs they need were busy */
  skippedForGpu?: number;
  /** processes skipped because no free CPU is in their affinity */
  skippedForAffinity?: number;
  /** the time slice granted, in ticks (absent = runs until it blocks or ends) */
  slice?: number;
};

/** A reason as the events carry it: any policy's, built-in or registered at run time. */
export type PickReason = ReasonBase & { readonly [fact: string]: unknown };

/** Words every explanation uses: "among 3 READY" (or "the only READY process"), and ", slice 4" and "; 1 skipped, ..." or "". */
export interface ReasonWords {
  among: string;
  slice: string;
  gpu: string;
}
