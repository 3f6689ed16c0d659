import type { FieldError } from '../../scenario/fieldErrors';
import { transferTicks } from './link';
import type { MigrationInput } from './types';

export const MIGRATION_LIMITS = {
  maxPages: 1 << 20,
  minPageSize: 512,
  maxPageSize: 2 << 20,
  maxBandwidthMbps: 100_000,
  maxLatencyTicks: 10_000,
  maxRounds: 100,
  maxWritesPerTick: 64,
  minPushShare: 0.1,
  /** a full copy longer than this (100 s) is refused: the model steps every tick of it */
  maxFullCopyTicks: 1_000_000,
  maxPerTickList: 100_000,
} as const;

const L = MIGRATION_LIMITS;
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
  if (errors.length > 0) return errors;
  dirtyErrors(errors, input);
  methodErrors(errors, input);
  const full = transferTicks(input.pages, input.pageSize, input.bandwidthMbps, input.latencyTicks);
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

function methodErrors(errors: FieldError[], input: MigrationInput): void {
  const m = input.method;
  if (m.kind === 'preCopy') {
    intField(errors, 'method.maxRounds', m.maxRounds, 1, L.maxRounds, 'rounds');
    intField(errors, 'method.dirtyPagesLimit', m.dirtyPagesLimit, 0, L.maxPages, 'pages');
    intField(errors, 'method.downtimeLimitTicks', m.downtimeLimitTicks, 0, L.maxFullCopyTicks, 'ticks');
  } else if (m.kind === 'postCopy') {
    realField(errors, 'method.pushShare', m.pushShare, L.minPushShare, 1, 'a share of the link');
  }
}
