import type { ParamField } from '../../core/index';
import { toNumber } from './formValues';

export interface LevelDraft {
  quantum: string;
  allotment: string;
}

/** A parameter as typed: numbers stay text so that what was typed can be quoted back. */
export type ParamValue = string | boolean | LevelDraft[];
export type ParamsDraft = Record<string, ParamValue>;

/** A field's value in the draft: the config's, or the value an absent optional field stands for. */
function draftValue(field: ParamField, value: unknown): ParamValue {
  switch (field.kind) {
    case 'int':
      return String(value ?? field.omitAt ?? '');
    case 'flag':
      return Boolean(value ?? field.omitAt ?? false);
    case 'choice':
      return String(value ?? field.omitAt ?? '');
    case 'levels':
      return (value as { quantum: number; allotment: number }[]).map((l) => ({
        quantum: String(l.quantum),
        allotment: String(l.allotment),
      }));
  }
}

/** What the form edits for a config's fields. */
export function paramsDraftOf(fields: readonly ParamField[], config: object): ParamsDraft {
  const values = config as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f.key, draftValue(f, values[f.key])]));
}

export function isShown(field: ParamField, draft: ParamsDraft): boolean {
  return field.kind === 'levels' || !field.shownWhen || draft[field.shownWhen.key] === field.shownWhen.is;
}

/**
 * The config the draft describes, unchecked (validation of the whole scenario judges it). An optional field is
 * left out at the value it stands for and while hidden, so a config that never had it keeps its shape.
 */
export function configOfDraft(policy: string, fields: readonly ParamField[], draft: ParamsDraft): unknown {
  const out: Record<string, unknown> = { policy };
  for (const f of fields) {
    const typed = draft[f.key];
    const value =
      f.kind === 'int'
        ? toNumber(typed as string)
        : f.kind === 'levels'
          ? (typed as LevelDraft[]).map((l) => ({ quantum: toNumber(l.quantum), allotment: toNumber(l.allotment) }))
          : typed;
    const optional = f.kind !== 'levels' && f.omitAt !== undefined;
    if (optional && (value === undefined || value === f.omitAt || !isShown(f, draft))) continue;
    out[f.key] = value;
  }
  return out;
}

/** Grows (each new level doubles the last quantum, as OSTEP's defaults do) or shrinks a list of levels. */
export function resizeLevels(levels: readonly LevelDraft[], count: number): LevelDraft[] {
  const out = levels.slice(0, count);
  while (out.length < count) {
    const last = out[out.length - 1];
    const q = Number(last?.quantum);
    out.push({ quantum: Number.isFinite(q) && q > 0 ? String(q * 2) : '2', allotment: last?.allotment ?? '1' });
  }
  return out;
}
