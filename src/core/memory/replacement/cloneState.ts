/**
 * A deep copy of a policy state, for snapshots and seeking. Every policy state is a flat object of numbers,
 * typed arrays and number tuples (the PRNG), so copying each field one level deep is a full copy.
 */
export function clonePolicyState<S>(state: S): S {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state as Record<string, unknown>)) {
    if (ArrayBuffer.isView(value)) out[key] = (value as Uint8Array).slice();
    else if (Array.isArray(value)) out[key] = value.slice();
    else out[key] = value;
  }
  return out as S;
}
