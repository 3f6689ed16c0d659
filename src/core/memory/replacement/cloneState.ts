import { clonePlain } from '../clone';

/**
 * A deep copy of a policy state, for snapshots and seeking. Every policy state is plain data (numbers, typed
 * arrays, tuples, and small nested objects such as a PRNG state), which clonePlain copies all the way down.
 */
export function clonePolicyState<S>(state: S): S {
  return clonePlain(state);
}
