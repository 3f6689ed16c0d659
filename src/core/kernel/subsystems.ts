import { deepFreeze } from '../deepFreeze';
import { fsSubsystem } from '../fs/subsystem/subsystem';
import { heapSubsystem } from '../heap/subsystem';
import { memorySubsystem } from '../memory/subsystem/subsystem';
import { netSubsystem } from '../network/subsystem/subsystem';
import type { Scenario, ScheduledOperation } from '../scenario/types';
import type { SimState } from './state';
import type { Subsystem, SubsystemName, SubsystemViews } from './subsystem';
import type { SimStateView } from './view';

/** Every subsystem, in the order the engine calls them at each step of a decision point. */
const SUBSYSTEMS: readonly Subsystem[] = deepFreeze([
  memorySubsystem,
  heapSubsystem,
  fsSubsystem,
  netSubsystem,
] as Subsystem[]);

/** The subsystems a scenario has (its sections), built once per state; frozen, so checkpoints share it. */
export function subsystemsOf(scenario: Scenario): readonly Subsystem[] {
  return deepFreeze(SUBSYSTEMS.filter((s) => s.present(scenario)));
}

/** The subsystem that applies an operation, present or not: the kernel refuses one whose subsystem is absent. */
export function subsystemFor(op: ScheduledOperation['op']): Subsystem | undefined {
  return SUBSYSTEMS.find((s) => s.operations.includes(op));
}

/** A subsystem's read-only view for the worker's frames, or null when the scenario does not have it. */
export function subsystemView<K extends SubsystemName>(st: SimStateView, name: K): SubsystemViews[K] | null {
  const s = st.subsystems.find((x): x is Subsystem<K> => x.name === name);
  // A view only reads the state.
  return s ? s.view(st as SimState) : null;
}

/** Every broken rule of every subsystem's state, prefixed with the subsystem's name (tests). */
export function subsystemInvariants(st: SimState): string[] {
  return st.subsystems.flatMap((s) => (s.invariants?.(st) ?? []).map((problem) => `${s.name}: ${problem}`));
}
