import { SCENARIO_FORMAT, SUPPORTED_VERSIONS } from './types';

/**
 * Lifts an older scenario to the current version before validation. Each version bump adds one step here.
 * Input that is not an older scenario is returned as it is, for validation to judge.
 */
export function migrate(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const s = input as { format?: unknown; version?: unknown };
  if (s.format !== SCENARIO_FORMAT || !SUPPORTED_VERSIONS.includes(s.version as 1 | 2 | 3)) return input;
  // 1 -> 2: memory management was added; 2 -> 3: the file system. An older scenario runs with them off, so
  // nothing else changes.
  if (s.version === 1 || s.version === 2) return { ...s, version: 3 };
  return input;
}
