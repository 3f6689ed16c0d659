import type { FsPicture } from '../../core/index';
import { percent } from '../../shell/format';
import { FactList } from './FactList';
import { LazyChart } from './LazyChart';

interface Props {
  fs: FsPicture;
  onSync(): void;
}

/** The page cache at this tick: how full, how dirty, and what it has saved so far; a sync at the current tick. */
export function PageCachePanel({ fs, onSync }: Props) {
  const c = fs.figures.cache;
  const reads = c.hits + c.misses;
  if (c.capacity === 0)
    return (
      <section className="page-cache" aria-labelledby="page-cache-title">
        <h2 id="page-cache-title">Page cache</h2>
        <p>This file system has no page cache: every block a request touches goes to the disk.</p>
      </section>
    );
  const rows: [string, string][] = [
    ['Holds', `${c.held} of ${c.capacity} blocks (${percent(c.held / c.capacity)})`],
    [
      'Writes',
      c.writeBack
        ? 'write-back: a write dirties memory, the disk gets it later'
        : 'write-through: a write goes to the disk at once',
    ],
    ['Dirty', `${c.dirty} block${c.dirty === 1 ? '' : 's'} newer in memory than on the disk`],
    ['Reads', reads === 0 ? 'none yet' : `${c.hits} hits, ${c.misses} misses: hit rate ${percent(c.hits / reads)}`],
    ['Evictions', `${c.evictions} (least recently used first), ${c.writeBacks} dirty blocks written back`],
  ];
  if (c.frames)
    rows.splice(1, 0, [
      'In memory',
      `${c.frames.held} of at most ${c.frames.bound} CACHE frame${c.frames.bound === 1 ? '' : 's'}, held by the kernel: it grows into free frames only, and gives frames back before memory swaps a process's page out`,
    ]);
  return (
    <section className="page-cache" aria-labelledby="page-cache-title">
      <h2 id="page-cache-title">Page cache</h2>
      <div
        className="page-cache-meter"
        role="meter"
        aria-label="Page cache in use"
        aria-valuemin={0}
        aria-valuemax={c.capacity}
        aria-valuenow={c.held}
        aria-valuetext={`${c.held} of ${c.capacity} blocks, ${c.dirty} dirty`}
      >
        <span className="page-cache-clean" style={{ width: `${(100 * (c.held - c.dirty)) / c.capacity}%` }} />
        <span className="page-cache-dirty" style={{ width: `${(100 * c.dirty) / c.capacity}%` }} />
      </div>
      <FactList rows={rows} />
      <button type="button" onClick={onSync} disabled={c.dirty === 0}>
        Sync now
      </button>{' '}
      <span className="muted">writes every dirty block to the disk, which is busy meanwhile</span>
      <LazyChart chart="pages" size={c.capacity} />
    </section>
  );
}
