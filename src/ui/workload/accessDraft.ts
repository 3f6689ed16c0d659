import type { AccessPattern } from '../../core/index';
import { parseNumberList, toNumber } from './formValues';

/**
 * A process's access pattern as the process form holds it: both kinds' fields at once (as typed), so that
 * switching the kind back and forth loses nothing.
 */
export interface AccessDraft {
  kind: 'none' | AccessPattern['kind'];
  /** byte offsets into the process's memory, "0, 0x1000, 4096" */
  offsets: string;
  /** ticks of CPU time between references; blank = 1 */
  sequenceEvery: string;
  /** every Nth reference is a write; blank = 0 (none) */
  writeEvery: string;
  workingSetPages: string;
  /** references between jumps to another working set */
  jumpEvery: string;
  /** 0..1; blank = 0 */
  writeFraction: string;
  localityEvery: string;
}

export const ACCESS_KINDS = [
  { value: 'none', label: 'none (no memory references)' },
  { value: 'sequence', label: 'sequence (a reference string)' },
  { value: 'locality', label: 'locality (working sets)' },
] as const;

/** Defaults of the fields the schema requires, offered when a kind is first chosen. */
const BLANK: AccessDraft = {
  kind: 'none',
  offsets: '0',
  sequenceEvery: '1',
  writeEvery: '0',
  workingSetPages: '4',
  jumpEvery: '20',
  writeFraction: '0',
  localityEvery: '1',
};

export function accessDraftOf(a: AccessPattern | undefined): AccessDraft {
  if (a === undefined) return BLANK;
  if (a.kind === 'sequence')
    return {
      ...BLANK,
      kind: 'sequence',
      offsets: a.offsets.join(', '),
      sequenceEvery: String(a.every),
      writeEvery: String(a.writeEvery),
    };
  return {
    ...BLANK,
    kind: 'locality',
    workingSetPages: String(a.workingSetPages),
    jumpEvery: String(a.jumpEvery),
    writeFraction: String(a.writeFraction),
    localityEvery: String(a.every),
  };
}

/**
 * "0, 0x1000 4096" -> [0, 4096, 4096]: commas and/or spaces separate, and 0x hex is read as well as
 * decimal (Number() reads both); anything else is sent as typed for validation to quote.
 */
export function parseOffsets(text: string): unknown[] {
  return parseNumberList(text);
}

/** The access pattern the draft describes, unchecked (validateProcessSpec judges it); undefined = none. */
export function accessesOf(d: AccessDraft): unknown {
  switch (d.kind) {
    case 'sequence':
      return {
        kind: 'sequence',
        every: toNumber(d.sequenceEvery),
        offsets: parseOffsets(d.offsets),
        writeEvery: toNumber(d.writeEvery),
      };
    case 'locality':
      return {
        kind: 'locality',
        every: toNumber(d.localityEvery),
        workingSetPages: toNumber(d.workingSetPages),
        jumpEvery: toNumber(d.jumpEvery),
        writeFraction: toNumber(d.writeFraction),
      };
    default:
      return undefined;
  }
}
