import type { z } from 'zod';
import type { Scenario } from '../scenario/types';
import type { Policy } from './policy';
import type { ReasonBase, ReasonWords } from './reason';

/** A parameter shown only while another one of the config has a given value (a lottery's offset with Python draws). */
export interface ShownWhen {
  key: string;
  is: string | boolean;
}

interface FieldBase {
  /** the config's field */
  key: string;
  /** the control's accessible name */
  label: string;
  /** the unit, the limits or the suggested value, always visible */
  hint: string;
  shownWhen?: ShownWhen;
}

/**
 * One parameter of a policy's config, for a form rendered from the module. `omitAt` marks an optional field: it
 * is left out of the config at that value (or while hidden), so a config that never had it keeps its shape.
 */
export type ParamField =
  | (FieldBase & { kind: 'int'; min: number; max: number; omitAt?: number })
  | (FieldBase & { kind: 'flag'; omitAt?: boolean })
  | (FieldBase & { kind: 'choice'; options: readonly { value: string; label: string }[]; omitAt?: string })
  /** a list of {quantum, allotment} levels, top first; `unitKey` names the field whose value is the allotment's unit */
  | { kind: 'levels'; key: string; max: number; hint: string; unitKey: string };

/**
 * Everything about one scheduling policy: its config (schema, defaults), how the UI names and edits it, the
 * Policy the engine drives, and the words for its picks. Built-in modules are listed in registry.ts; others
 * may be registered there at run time.
 */
export interface PolicyModule<
  Name extends string = string,
  Config extends { policy: Name } = { policy: Name },
  Reason extends ReasonBase<Name> = ReasonBase<Name>,
  /** its data per process (see PolicyData) */
  Proc = unknown,
  /** its global data (see PolicyData) */
  Global = unknown,
> {
  name: Name;
  /** the name people read (the scheduler select's option) */
  label: string;
  /** what it does, in one line */
  description: string;
  schema: z.ZodType<Config> & z.core.$ZodTypeDiscriminable;
  /** the config offered when a scenario does not use this policy yet */
  defaults: Config;
  /** the config's fields other than `policy`, in the order a form shows them */
  params: readonly ParamField[];
  /** the params get a fieldset of their own under this legend (MLFQ's queues); else they follow the policy */
  paramsTitle?: string;
  /** the parameters that tell two runs of it apart ("quantum 4"); '' when there are none */
  summary(config: Config): string;
  /** what it adds to a run's decision points, for the estimate made before a run (scenario/cost.ts) */
  timers(config: Config): PolicyTimers;
  create(config: Config, scenario: Scenario): Policy<Proc, Global>;
  /**
   * Choosing a process again at the end of its slice, when no other process is READY, changes nothing this policy
   * keeps or shows (RR: one queue, no levels, no allotment, no draws; the slice is the same every time). The engine
   * then runs such a process through its slices at once up to the next thing that could change the outcome
   * (kernel/loneStretch.ts), and the estimate counts those slices as a few decision points. Left out: every slice's
   * end is a decision point of its own (MLFQ's allotment and level change; the lottery draws at every pick).
   */
  loneRepickIsNoop?: boolean;
  /** why it chose a process, in its own terms, ending with the shared words where they apply */
  explain(reason: Reason, words: ReasonWords): string;
}

/**
 * The decision points a policy makes on its own, beyond arrivals, bursts and operations: an upper bound is worked
 * out from these before a run, so a scenario that would run too long is refused instead of started.
 */
export interface PolicyTimers {
  /** the shortest slice a dispatch gets, in ticks (Infinity: a process runs its burst out) */
  slice: number;
  /** the config field that sets the slice, named in a refusal */
  slicePath: string;
  /** periodic timers (a boost, aging steps): the field and the ticks between two of them */
  every: { path: string; ticks: number }[];
  /** extra dispatches a process may get per slice (MLFQ's aging lifts it back up a level to be demoted again) */
  extraPerSlice: number;
}

/** A policy without timers: each process runs its bursts out. */
export const NO_TIMERS: PolicyTimers = { slice: Infinity, slicePath: 'scheduler', every: [], extraPerSlice: 0 };

/** A module of any policy, as the registry and the engine see it. */
export type AnyPolicyModule = PolicyModule<string, { policy: string }, ReasonBase>;
