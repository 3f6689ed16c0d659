import type { FieldError } from '../../scenario/fieldErrors';
import { transferTicks } from './link';
import type { DirtyModel, MethodKind, MigrationInput } from './types';

export const MIGRATION_LIMITS = {
  maxPages: 1 << 20,
  minPageSize: 512,
  maxPageSize: 2 << 20,
  maxBandwidthMbps: 100_000,
  maxLatencyTicks: 10_000,
  maxRounds: 100,
  /** 160,000 page writes a second: 640 MB/s of 4 KiB pages, past any link modelled here */
  maxWritesPerTick: 16,
  minPushShare: 0.1,
  /** a full copy longer than this (100 s) is refused: the model steps every tick of it */
  maxFullCopyTicks: 1_000_000,
  maxPerTickList: 100_000,
  /** pre-copy's rounds, each at most a full copy, are stepped tick by tick: at most this many ticks in all */
  maxPreCopyTicks: 5_000_000,
} as const;

const L = MIGRATION_LIMITS;
const DIRTY_KINDS = ['workingSet', 'perTick'] as const satisfies readonly DirtyModel['kind'][];
const METHOD_KINDS = ['stopAndCopy', 'preCopy', 'postCopy'] as const satisfies readonly MethodKind[];
const err = (path: string, limit: string, message: string): FieldError => ({ path, limit, message });
const isInt = (x: unknown): x is number => Number.isSafeInteger(x);

function intField(errors: FieldError[], path: string, x: number, min: number, max: number, unit: string): void {
  if (!isInt(x) || x < min || x > max) {
    errors.push(
      err(path, `integer ${min}..${max}`, `${path} must be a whole number of ${unit} from ${min} to ${max}.`),
    );
  }
}

function realField(errors: FieldError[], path: string, x: number, min: number, max: number, what: string): void {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < min || x > max) {
    errors.push(err(path, `${min}..${max}`, `${path} must be ${what} from ${min} to ${max}.`));
  }
}

/** What is wrong with a migration's input, each naming its field and limit; empty when it can run. */
export function migrationErrors(input: MigrationInput): FieldError[] {
  const errors: FieldError[] = [];
  intField(errors, 'pages', input.pages, 1, L.maxPages, 'pages');
  intField(errors, 'pageSize', input.pageSize, L.minPageSize, L.maxPageSize, 'bytes');
  realField(errors, 'bandwidthMbps', input.bandwidthMbps, 1, L.maxBandwidthMbps, 'a rate in Mbit/s');
  intField(errors, 'latencyTicks', input.latencyTicks, 0, L.maxLatencyTicks, 'ticks');
  intField(errors, 'seed', input.seed, 0, 0xffff_ffff, 'seed values');
  const kinds: [string, unknown, readonly string[]][] = [
    ['dirty', input.dirty, DIRTY_KINDS],
    ['method', input.method, METHOD_KINDS],
  ];
  for (const [path, value, known] of kinds) {
    const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
    if (typeof kind !== 'string' || !known.includes(kind)) {
      errors.push(
        err(`${path}.kind`, `one of ${known.join(', ')}`, `${path}.kind must be one of ${known.join(', ')}.`),
      );
    }
  }
  if (errors.length > 0) return errors;
  dirtyErrors(errors, input);
  const full = transferTicks(input.pages, input.pageSize, input.bandwidthMbps, input.latencyTicks);
  methodErrors(errors, input, full);
  if (full > L.maxFullCopyTicks) {
    errors.push(
      err(
        'bandwidthMbps',
        `a full copy of at most ${L.maxFullCopyTicks} ticks`,
        `Copying all ${input.pages} pages at ${input.bandwidthMbps} Mbit/s takes ${full} ticks; at most ${L.maxFullCopyTicks} (100 s) are modelled: raise bandwidthMbps or lower pages.`,
      ),
    );
  }
  return errors;
}

function dirtyErrors(errors: FieldError[], input: MigrationInput): void {
  const d = input.dirty;
  if (d.kind === 'workingSet') {
    intField(errors, 'dirty.firstPage', d.firstPage, 0, input.pages - 1, 'pages');
    intField(errors, 'dirty.pages', d.pages, 1, input.pages - (isInt(d.firstPage) ? d.firstPage : 0), 'pages');
    realField(errors, 'dirty.writesPerTick', d.writesPerTick, 0, L.maxWritesPerTick, 'a number of writes');
    return;
  }
  if (!Array.isArray(d.ticks) || d.ticks.length < 1 || d.ticks.length > L.maxPerTickList) {
    errors.push(
      err(
        'dirty.ticks',
        `1..${L.maxPerTickList} ticks`,
        `dirty.ticks must list from 1 to ${L.maxPerTickList} ticks of writes.`,
      ),
    );
    return;
  }
  d.ticks.forEach((tick, i) => {
    const bad =
      !Array.isArray(tick) ||
      tick.length > L.maxWritesPerTick ||
      tick.some((p) => !isInt(p) || p < 0 || p >= input.pages);
    if (bad) {
      errors.push(
        err(
          `dirty.ticks[${i}]`,
          `at most ${L.maxWritesPerTick} pages in 0..${input.pages - 1}`,
          `dirty.ticks[${i}] must list at most ${L.maxWritesPerTick} page numbers from 0 to ${input.pages - 1}.`,
        ),
      );
    }
  });
}

function methodErrors(errors: FieldError[], input: MigrationInput, fullCopyTicks: number): void {
  const m = input.method;
  if (m.kind === 'preCopy') {
    intField(errors, 'method.maxRounds', m.maxRounds, 1, L.maxRounds, 'rounds');
    // A round is at most a full copy (it sends each page once), so this bounds the rounds' ticks.
    const worst = m.maxRounds * fullCopyTicks;
    if (isInt(m.maxRounds) && m.maxRounds >= 1 && worst > L.maxPreCopyTicks) {
      errors.push(
        err(
          'method.maxRounds',
          `rounds × a full copy's ticks at most ${L.maxPreCopyTicks}`,
          `method.maxRounds: ${m.maxRounds} rounds of up to a full copy (${fullCopyTicks} ticks each) could take ${worst} ticks; at most ${L.maxPreCopyTicks} are modelled: lower method.maxRounds.`,
        ),
      );
    }
    intField(errors, 'method.dirtyPagesLimit', m.dirtyPagesLimit, 0, L.maxPages, 'pages');
    intField(errors, 'method.downtimeLimitTicks', m.downtimeLimitTicks, 0, L.maxFullCopyTicks, 'ticks');
  } else if (m.kind === 'postCopy') {
    realField(errors, 'method.pushShare', m.pushShare, L.minPushShare, 1, 'a share of the link');
  }
}
