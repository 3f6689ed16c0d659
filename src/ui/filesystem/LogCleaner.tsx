import { cleanedSentence } from '../../core/fs/lfs/cleaner';
import type { LogFigures } from '../../core/fs/layout/compareLayouts';
import { writeAmplification, type LogTotals } from '../../core/fs/layout/cleanedLog';
import { DiskMap } from './DiskMap';
import type { DiskBlocks } from './diskMapModel';
import { FactList } from './FactList';
import { groupedDigits as n } from '../../core/groupedDigits';

/** Cleaner's decisions listed: a teaching workload's worth. */
const DECISIONS_SHOWN = 40;

/** The log's segments and its cleaner's figures as label and value pairs (the node's Files view shows them too). */
export function cleanerFacts(
  log: Pick<LogFigures, 'segments' | 'cleaner' | 'userBlocks' | 'writtenBlocks' | 'live' | 'dead'>,
) {
  const s = log.segments;
  const amplification = writeAmplification(log);
  return [
    ['Segments', `${n(s.total)}: ${n(s.inUse)} in use, ${n(s.free)} free (${n(s.cleaned)} of them cleaned)`],
    ['Blocks live / dead', `${n(log.live)} / ${n(log.dead)}`],
    ['Cleaner runs', n(log.cleaner.runs)],
    ['Segments cleaned', n(log.cleaner.segmentsCleaned)],
    ['Live blocks copied', n(log.cleaner.blocksCopied)],
    ['Blocks the cleaner wrote', n(log.cleaner.blocksWritten)],
    ['Blocks the user wrote (data, directories)', n(log.userBlocks)],
    ['Blocks written in all', n(log.writtenBlocks)],
    ['Write amplification', amplification === null ? '–' : `${amplification.toFixed(2)}×`],
  ] as const;
}

/** The log's segments, its cleaner's counts, and each segment it cleaned, in words. */
export function LogCleaner({ label, log }: { label: string; log: LogFigures }) {
  const decisions = log.steps.flatMap((s) => s.cleaned.map((c) => `before ${s.line}: ${cleanedSentence(c)}`));
  return (
    <section aria-label={`Cleaner: ${label}`}>
      <h3>The cleaner, {label}</h3>
      <p>
        A log of {n(log.diskBlocks)} blocks in segments of {log.segmentBlocks}; {log.deadSegments} in use hold nothing
        live.
      </p>
      <FactList rows={cleanerFacts(log)} />
      {decisions.length === 0 ? (
        <p className="muted">The cleaner has not run: the log never ran short of free segments.</p>
      ) : (
        <ol aria-label={`Segments cleaned: ${label}`}>
          {decisions.slice(0, DECISIONS_SHOWN).map((d, i) => (
            <li key={i}>{d}</li>
          ))}
          {decisions.length > DECISIONS_SHOWN && (
            <li className="muted">and {decisions.length - DECISIONS_SHOWN} more segments cleaned</li>
          )}
        </ol>
      )}
    </section>
  );
}

export interface NodeLogProps {
  log: LogTotals & { config: { policy: string; cleanBelow: number; cleanTo: number } };
  /** the log's disk, block by block */
  disk: DiskBlocks;
  /** the inode whose blocks are highlighted, or null */
  selected: number | null;
}

/** The node's log under LFS: its disk by block kind, its segments and its cleaner's figures at the current tick. */
export function NodeLog({ log, disk, selected }: NodeLogProps) {
  return (
    <section aria-labelledby="node-log-title" className="node-log">
      <h3 id="node-log-title">The log (LFS)</h3>
      <p className="muted">
        {n(log.diskBlocks)} blocks in segments of {log.segmentBlocks}; the {log.config.policy} cleaner starts below{' '}
        {log.config.cleanBelow} free segments and frees them up to {log.config.cleanTo}. Its decisions are in the
        narration.
      </p>
      <DiskMap
        disk={disk}
        selected={selected}
        label="The log on disk"
        summary={`The log on disk: the checkpoint region, then ${n(log.segments.total)} segments of ${log.segmentBlocks} blocks a row (${n(log.segments.inUse)} in use, ${n(log.segments.free)} free); ${n(log.live)} blocks live, ${n(log.dead)} dead`}
        row={log.segmentBlocks}
      />
      <FactList rows={cleanerFacts(log)} />
    </section>
  );
}
