import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DiskAnswers } from '../../core/index';
import { diskFrameAt, phaseTicks, servedStarts, waitingAt } from './diskMotion';
import { headX, platterMarks, platterRings, PLATTER_SIZE } from './diskPicture';

/** Ticks a second while playing: a turn of OSTEP's platter (360 ticks) in 12, 3 or under 1 s. */
const SPEEDS = [
  { label: 'Slow', ticksPerSecond: 30 },
  { label: 'Normal', ticksPerSecond: 120 },
  { label: 'Fast', ticksPerSecond: 480 },
] as const;

/** Requests listed as waiting; a longer queue is counted. */
const LISTED = 40;

const PHASE_WORDS = { seek: 'seeking to', rotate: 'waiting for', transfer: 'reading', done: 'done' } as const;

/** The first of `ticks` (ascending) after `t`, or before it going back. */
function neighbour(ticks: readonly number[], t: number, dir: 1 | -1): number {
  if (dir === 1) return ticks.find((x) => x > t) ?? (ticks.at(-1) as number);
  for (let i = ticks.length - 1; i >= 0; i--) if ((ticks[i] as number) < t) return ticks[i] as number;
  return 0;
}

/**
 * The disk run played out, as disk.py's -G window draws it but with time under the student's hand: the platter
 * turning, the arm seeking (through the SCAN family's edges), the queue draining. Everything comes from the
 * answer's served requests, so the picture is the run the text prints.
 */
export function DiskMotion({ answer }: { answer: DiskAnswers }) {
  const starts = useMemo(() => servedStarts(answer), [answer]);
  const events = useMemo(() => phaseTicks(answer, starts), [answer, starts]);
  const end = answer.totals.total;
  const [tick, setShownTick] = useState(0);
  // the animation reads where it is from here, so it restarts from the picture without re-running every frame
  const tickRef = useRef(0);
  const setTick = (t: number) => {
    tickRef.current = t;
    setShownTick(t);
  };
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const shown = Math.min(tick, end);
  const frame = diskFrameAt(answer, starts, shown);

  useEffect(() => {
    if (!playing) return;
    let id = 0;
    let last: number | null = null;
    const rate = (SPEEDS[speed] as (typeof SPEEDS)[number]).ticksPerSecond;
    const advance = (now: number) => {
      const next = Math.min(end, tickRef.current + ((now - (last ?? now)) / 1000) * rate);
      last = now;
      tickRef.current = next;
      setShownTick(next);
      if (next >= end) setPlaying(false);
      else id = requestAnimationFrame(advance);
    };
    id = requestAnimationFrame(advance);
    return () => cancelAnimationFrame(id);
  }, [playing, speed, end]);

  const go = (t: number) => {
    setPlaying(false);
    setTick(Math.max(0, Math.min(end, t)));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target instanceof Element && e.target.closest('input, select')))
      return;
    const to = { ArrowLeft: neighbour(events, shown, -1), ArrowRight: neighbour(events, shown, 1), Home: 0, End: end }[
      e.key
    ];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };

  const marks = platterMarks(answer, frame.angle);
  const serving = frame.serving === null ? null : answer.served[frame.serving];
  const waiting = waitingAt(answer, frame);
  const waitingBlocks = new Set(waiting.map((q) => blockAt(answer, q)));
  const status =
    serving === undefined || serving === null
      ? `tick ${frame.tick}: all ${answer.served.length} requests served`
      : `tick ${frame.tick}: ${PHASE_WORDS[frame.phase]} block ${serving.block} (request ${frame.serving! + 1} of ${answer.served.length}), ${waiting.length} waiting`;
  const x = headX(frame.arm);
  const centre = PLATTER_SIZE / 2;
  return (
    <div className="disk-motion" onKeyDown={onKeyDown}>
      <div role="toolbar" aria-label="Disk animation controls" className="ostep-steps">
        <button type="button" onClick={() => go(0)} disabled={shown === 0} aria-keyshortcuts="Home">
          Start
        </button>
        <button
          type="button"
          onClick={() => go(neighbour(events, shown, -1))}
          disabled={shown === 0}
          aria-keyshortcuts="ArrowLeft"
        >
          Previous event
        </button>
        <button
          type="button"
          onClick={() => {
            if (shown >= end) setTick(0);
            setPlaying(!playing);
          }}
          aria-pressed={playing}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          onClick={() => go(neighbour(events, shown, 1))}
          disabled={shown >= end}
          aria-keyshortcuts="ArrowRight"
        >
          Next event
        </button>
        <button type="button" onClick={() => go(end)} disabled={shown >= end} aria-keyshortcuts="End">
          End
        </button>
        <input
          type="range"
          aria-label="Disk tick"
          min={0}
          max={end}
          step={1}
          value={frame.tick}
          aria-valuetext={status}
          onChange={(e) => go(Number(e.target.value))}
        />
        <label>
          Speed{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s, i) => (
              <option key={s.label} value={i}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="disk-status" aria-live="off">
        {status}
      </p>
      <svg
        className="disk-platter"
        viewBox={`0 0 ${PLATTER_SIZE} ${PLATTER_SIZE}`}
        role="img"
        aria-label={`Platter at ${status}`}
      >
        <circle cx={centre} cy={centre} r={158} className="disk-surface" />
        {platterRings().map((ring) => (
          <circle key={ring.track} cx={centre} cy={centre} r={ring.r + 20} className="disk-ring" />
        ))}
        {marks.map((m) => {
          const now = serving?.block === m.block;
          const kind = now ? ` serving ${frame.phase}` : waitingBlocks.has(m.block) ? ' requested' : '';
          return (
            <text
              key={m.block}
              x={m.x}
              y={m.y}
              className={`disk-block${kind}`}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {m.block}
            </text>
          );
        })}
        <line x1={0} y1={centre} x2={x} y2={centre} className="disk-arm" />
        <rect x={x - 6} y={centre - 5} width={12} height={10} className="disk-head" />
      </svg>
      <div className="disk-queue">
        <h4>Waiting ({waiting.length})</h4>
        <ol aria-label="Requests waiting, in queue order">
          {waiting.slice(0, LISTED).map((q) => (
            <li key={q}>block {blockAt(answer, q)}</li>
          ))}
        </ol>
        {waiting.length > LISTED ? <p>and {waiting.length - LISTED} more</p> : null}
      </div>
    </div>
  );
}

/** The block at a queue position: the first requests, then the late ones in the order they join. */
const blockAt = (answer: DiskAnswers, q: number): number =>
  (q < answer.requests.length ? answer.requests[q] : answer.late[q - answer.requests.length]) as number;
