/**
 * What a preset is about, in the order the gallery and the preset menu show their groups. The index says it of each
 * preset (rather than the file's name or sections): the heap allocator has no memory section, and a file system's
 * caches have both memory and fs.
 */
export const PRESET_SUBJECTS = ['scheduling', 'multiprocessor', 'processes', 'memory', 'files', 'network'] as const;
export type PresetSubject = (typeof PRESET_SUBJECTS)[number];

/** Each subject's heading. */
export const SUBJECT_TITLES: Readonly<Record<PresetSubject, string>> = {
  scheduling: 'Scheduling',
  multiprocessor: 'Multiprocessors',
  processes: 'Processes and the heap',
  memory: 'Memory',
  files: 'Files and storage',
  network: 'Network',
};

/** One entry of public/scenarios/index.json: what the gallery, the preset menu and the demo menu say of a preset. */
export interface PresetInfo {
  file: string;
  subject: PresetSubject;
  /** the drawer panel its picture is in, opened with it from the gallery (the heap allocator's Heap) */
  panel?: string;
  title: string;
  summary: string;
  watchFor: string;
}

/** A bare file name in the scenarios folder: an index entry cannot point anywhere else. */
export const PRESET_FILE_NAME = /^[\w.-]+\.json$/;

const isSubject = (x: unknown): x is PresetSubject => (PRESET_SUBJECTS as readonly unknown[]).includes(x);

export function isPresetInfo(x: unknown): x is PresetInfo {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.file === 'string' &&
    PRESET_FILE_NAME.test(r.file) &&
    isSubject(r.subject) &&
    (r.panel === undefined || typeof r.panel === 'string') &&
    typeof r.title === 'string' &&
    typeof r.summary === 'string' &&
    typeof r.watchFor === 'string'
  );
}

/** The presets by subject, in PRESET_SUBJECTS' order and the index's within each; subjects without one left out. */
export function presetsBySubject(
  presets: readonly PresetInfo[],
): { subject: PresetSubject; title: string; presets: PresetInfo[] }[] {
  return PRESET_SUBJECTS.map((subject) => ({
    subject,
    title: SUBJECT_TITLES[subject],
    presets: presets.filter((p) => p.subject === subject),
  })).filter((g) => g.presets.length > 0);
}
