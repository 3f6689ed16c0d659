import { explainRaidStep } from '../../storage/raid/raidExplain';
import { serveRequest, timeRequest, type RaidServed, type RaidServeError } from '../../storage/raid/raidRun';
import { idleDisks, RAID_DISK, raidTime } from '../../storage/raid/raidTiming';
import type { RaidConfig, RaidDiskTime, RaidRequest, RaidSeek, RaidStep } from '../../storage/raid/raidTypes';
import { pyRound2 } from '../pyFormat';
import { scriptFlags, type OstepScript } from '../script';
import { RAID_FLAGS, type RaidOptions } from './raidFlags';
import { failureRun, parseFailures, type RaidFailureSummary } from './raidFailRun';
import { raidProblem, raidRequests, surelyServed, type RaidProblem } from './raidProblem';
import { argLines, busyPercent, closingLines, requestLines } from './raidText';
import { asciiWriter, type TextPart } from '../textParts';

const SPACE = 32;
const NEWLINE = 10;

/** The answer of raid.py -c as data: each request's physical I/Os step by step, and the disks' times. */
export interface RaidAnswers {
  config: RaidConfig;
  requests: { request: RaidRequest; steps: (RaidStep & { why: string })[]; seeks: RaidSeek[][] }[];
  /** per disk, raid.py's timing model: I/Os by kind, ms busy and the share of the total (2 decimals) */
  disks: (RaidDiskTime & { busyPercent: number })[];
  /** ms: the busiest disk's */
  totalTime: number;
  /** ours (-F): the failures, degraded accesses, rebuild and lost blocks; `requests` is then empty */
  failure?: RaidFailureSummary;
}

const fail = (error: string) => ({ ok: false as const, error });

function refusal(e: RaidServeError, v: RaidOptions, p: RaidProblem): string {
  switch (e.kind) {
    case 'no-chunk':
      return `-C/--chunkSize: a chunk of 0 bytes holds no block (raid.py fails dividing by it)`;
    case 'no-disk':
      return `-D/--numDisks: RAID-0 over ${v.numDisks} disks has nowhere to put a block (raid.py fails on it)`;
    case 'past-end': {
      const flags = p.sequential ? '-n/--numRequests and -S/--reqSize' : '-R/--randRange and -S/--reqSize';
      const what = e.block === null ? 'a parity block' : `logical block ${e.block}`;
      return `${flags}: ${what} lands on disk ${e.disk} at offset ${e.offset}, past the ${RAID_DISK.blocks} blocks of raid.py's disks (it stops on an assertion there): ask for fewer or smaller requests`;
    }
  }
}

/**
 * Every request served in order on fresh disks; `each` sees them as they go (none: only the disks' times are
 * kept). The disks at the end, or the refusal.
 */
function serveAll(
  v: RaidOptions,
  p: RaidProblem,
  each: ((r: RaidRequest, s: RaidServed) => void) | null,
): RaidDiskTime[] | string {
  const disks = idleDisks(p.config);
  for (const r of raidRequests(v, p)) {
    if (each === null) {
      const refused = timeRequest(p.config, disks, r);
      if (refused) return refusal(refused, v, p);
      continue;
    }
    const served = serveRequest(p.config, disks, r);
    if ('kind' in served) return refusal(served, v, p);
    each(r, served);
  }
  return disks;
}

/** raid.py's run with our -F failures (and -B rebuild), raidFailRun.ts. */
function solveFailures(v: RaidOptions) {
  if (v.fail === '') return fail('-B/--rebuild needs a disk to fail (-F/--fail DISK@REQUEST)');
  const failures = parseFailures(v.fail, v.numDisks);
  if (typeof failures === 'string') return fail(failures);
  const run = failureRun(v, failures);
  if (typeof run === 'string') return fail(run);
  const totalTime = raidTime(run.disks);
  const answer: RaidAnswers = {
    config: (raidProblem(v) as RaidProblem).config,
    requests: [],
    disks: run.disks.map((d) => ({ ...d, busyPercent: pyRound2(busyPercent(d, totalTime)) })),
    totalTime,
    failure: run.summary,
  };
  return { ok: true as const, answer, text: `${run.lines.join('\n')}\n` };
}

/**
 * OSTEP's raid.py: requests drawn from the seed (random below -R, or sequential), mapped onto RAID 0, 1, 4 or 5
 * by our core (src/core/storage/raid), each one's physical reads and writes, and the disks' times under
 * raid.py's simple disk model (-t), printed as raid.py prints them.
 */
export const raidScript: OstepScript<RaidAnswers, typeof RAID_FLAGS> = {
  ...scriptFlags({ name: 'raid', path: 'file-raid/raid.py', runsOn: 'on our RAID model' }, RAID_FLAGS, {
    width: 22,
    nextLineFrom: 22,
  }),
  solve(v: RaidOptions) {
    if (v.fail !== '' || v.rebuild !== 0) return solveFailures(v);
    const p = raidProblem(v);
    if (typeof p === 'string') return fail(p);
    const lines = argLines(v);
    const requests: RaidAnswers['requests'] = [];
    const disks = serveAll(v, p, (request, s) => {
      lines.push(...requestLines(v, request, s));
      requests.push({
        request,
        steps: s.steps.map((step) => ({ ...step, why: explainRaidStep(step) })),
        seeks: s.seeks,
      });
    });
    if (typeof disks === 'string') return fail(disks);
    const totalTime = raidTime(disks);
    lines.push(...closingLines(v, disks, totalTime));
    const answer: RaidAnswers = {
      config: p.config,
      requests,
      disks: disks.map((d) => ({ ...d, busyPercent: pyRound2(busyPercent(d, totalTime)) })),
      totalTime,
    };
    return { ok: true, answer, text: `${lines.join('\n')}\n` };
  },
  stream(v: RaidOptions) {
    if (v.fail !== '' || v.rebuild !== 0) {
      const r = solveFailures(v);
      return r.ok ? { ok: true, lines: [r.text.slice(0, -1)] } : r;
    }
    const p = raidProblem(v);
    if (typeof p === 'string') return fail(p);
    // Where a request might be refused, a first pass finds where raid.py would stop, so that the text never starts
    // on a problem it cannot finish; otherwise the requests are drawn and served once, as the text is written.
    if (!surelyServed(v, p)) {
      const checked = serveAll(v, p, null);
      if (typeof checked === 'string') return fail(checked);
    }
    function* lines(problem: RaidProblem): Generator<TextPart> {
      yield* argLines(v);
      const disks = idleDisks(problem.config);
      if (v.timing) {
        // timing mode prints only the requests drawn, a line each written as bytes; the disks' times come at the end
        const w = asciiWriter();
        for (const r of raidRequests(v, problem)) {
          timeRequest(problem.config, disks, r);
          w.int(r.block);
          w.byte(SPACE);
          w.int(r.size);
          w.byte(NEWLINE);
          const chunk = w.full();
          if (chunk) yield chunk;
        }
        const last = w.rest();
        if (last) yield last;
      } else {
        for (const request of raidRequests(v, problem)) {
          const served = serveRequest(problem.config, disks, request);
          // never refused: see above
          if (!('kind' in served)) yield* requestLines(v, request, served);
        }
      }
      yield* closingLines(v, disks, raidTime(disks));
    }
    return { ok: true, lines: lines(p) };
  },
};
