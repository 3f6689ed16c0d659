import { useEffect, useRef, useState } from 'react';
import type { AppState } from '../../store/types';
import { selectReadableFrame } from '../../store/readableFrame';
import { freshNarration, type NarrationLine } from '../../protocol';
import { useApp } from '../app/StoreContext';
import { useLinesInView } from './useLinesInView';
import './narration.css';
import { groupedDigits } from '../../core/groupedDigits';

const selectNarration = (s: AppState) => selectReadableFrame(s)?.narration;

/** At most this many new lines are read out per frame; at high speed the rest would only be noise. */
const MAX_ANNOUNCED = 3;

const lineText = (l: NarrationLine): string => `t=${groupedDigits(l.tick)} · ${l.text}`;

function announcementOf(fresh: readonly NarrationLine[]): string {
  const said = fresh.slice(-MAX_ANNOUNCED).map(lineText);
  const skipped = fresh.length - said.length;
  return (skipped > 0 ? [`${skipped} earlier events skipped.`, ...said] : said).join('\n');
}

/**
 * The scheduler's latest decisions in words, newest first; screen readers hear only what each frame adds. While the
 * run plays faster than anyone reads, a few times a second (selectReadableFrame); paused or stepping, every frame.
 */
export function NarrationPanel() {
  const lines = useApp(selectNarration);
  const seen = useRef<readonly NarrationLine[] | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const before = seen.current;
    seen.current = lines;
    // The first frame (and a newly loaded scenario) is on screen already; only later changes are news.
    if (!before || !lines) return;
    setAnnouncement(announcementOf(freshNarration(before, lines)));
  }, [lines]);

  const total = lines?.length ?? 0;
  const { shown, more, marker, markerKey, onScroll } = useLinesInView(total);
  // Only the newest `shown` lines, newest first, are made.
  const newestFirst = lines ? lines.slice(total - shown).reverse() : [];
  return (
    <section className="panel narration" aria-labelledby="narration-heading">
      <h2 id="narration-heading">
        What happened <span className="muted">(newest first)</span>
      </h2>
      {newestFirst.length === 0 ? (
        <p className="muted">Nothing has happened yet.</p>
      ) : (
        // Focusable (tabIndex 0): the list scrolls, and keyboard users must be able to scroll it too.
        <ol className="narration-lines" aria-labelledby="narration-heading" tabIndex={0} onScroll={onScroll}>
          {newestFirst.map((l, i) => (
            // Keyed by place: a jump replaces every line, and the items already there take the new lines' text
            // instead of being removed and made again (the lines carry no state of their own). Position and
            // count say how long the list is while only its first lines are made.
            <li key={i} aria-posinset={i + 1} aria-setsize={total}>
              <span className="mono narration-tick">t={groupedDigits(l.tick)}</span> · {l.text}
            </li>
          ))}
          {more && <li key={`more-${markerKey}`} ref={marker} className="narration-more" aria-hidden="true" />}
        </ol>
      )}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </section>
  );
}
