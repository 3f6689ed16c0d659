import { useShallow } from '../app/useShallow';
import type { AppState, Speed } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { groupedDigits } from '../../core/groupedDigits';
import { useCoalescedSeek } from './useCoalescedSeek';
import './transport.css';

/** Ticks per second offered by the speed menu, then 'max' (as fast as the worker's frame budget allows). */
const SPEEDS: Speed[] = [1, 2, 5, 10, 20, 50, 100, 500, 'max'];

const selectTransport = (s: AppState) => ({
  hasFrame: s.frame !== null,
  tick: s.frame?.tick ?? 0,
  endTick: s.frame?.endTick ?? 0,
  endKnown: s.frame?.endKnown ?? true,
  horizon: s.facts?.cost.horizon ?? 0,
  steps: s.facts?.cost.steps ?? 0,
  progressLabel: s.progress?.label ?? null,
  progressDone: s.progress?.done ?? 0,
  progressTotal: s.progress?.total ?? 0,
  finished: s.frame?.finished ?? false,
  stalled: s.frame?.stalled ?? false,
  ready: s.status === 'ready',
  playing: s.playing,
  speed: s.speed,
});

function speedLabel(speed: Speed): string {
  return speed === 'max' ? 'As fast as possible' : `${speed} tick${speed === 1 ? '' : 's'}/s`;
}

/**
 * Playback controls: play/pause, steps by tick and by event, reset, run to end, speed and the time slider.
 * Glyphs are plain triangles and bars (media-control emoji are missing from many fonts); names are text.
 */
export function TransportBar() {
  const store = useAppStore();
  const t = useApp(useShallow(selectTransport));
  const { dragTick, seekTo } = useCoalescedSeek(store);
  const off = !t.hasFrame || !t.ready;
  const atStart = t.tick <= 0;
  const atEnd = t.endKnown ? t.tick >= t.endTick : t.finished;
  // Until a long run's end is found (by running to it), the slider reaches as far as the run can last.
  const end = t.endKnown ? t.endTick : Math.max(t.horizon, t.tick);
  const act = (f: (s: AppState) => unknown) => () => void f(store.getState());

  return (
    <div role="toolbar" aria-label="Playback" className="transport panel">
      <button
        type="button"
        onClick={act((s) => s.reset())}
        disabled={off || atStart}
        aria-label="Reset"
        title="Reset to tick 0 (Home)"
        aria-keyshortcuts="Home"
      >
        <span aria-hidden="true">|◀</span>
      </button>
      <button
        type="button"
        onClick={act((s) => s.step('back', 'event'))}
        disabled={off || atStart}
        aria-label="Step back to previous event"
        title="Step back to previous event (Shift+←)"
        aria-keyshortcuts="Shift+ArrowLeft"
      >
        <span aria-hidden="true">◀◀</span>
      </button>
      <button
        type="button"
        onClick={act((s) => s.step('back'))}
        disabled={off || atStart}
        aria-label="Step back"
        title="Step back one tick (←)"
        aria-keyshortcuts="ArrowLeft"
      >
        <span aria-hidden="true">◀</span>
      </button>
      <button
        type="button"
        className="primary"
        onClick={act((s) => s.togglePlay())}
        disabled={off || (!t.playing && atEnd)}
        aria-keyshortcuts="Space"
      >
        <span aria-hidden="true">{t.playing ? '❚❚' : '▶'}</span> {t.playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        onClick={act((s) => s.step('forward'))}
        disabled={off || atEnd}
        aria-label="Step forward"
        title="Step forward one tick (→)"
        aria-keyshortcuts="ArrowRight"
      >
        <span aria-hidden="true">▶</span>
      </button>
      <button
        type="button"
        onClick={act((s) => s.step('forward', 'event'))}
        disabled={off || atEnd}
        aria-label="Step forward to next event"
        title="Step forward to next event (Shift+→)"
        aria-keyshortcuts="Shift+ArrowRight"
      >
        <span aria-hidden="true">▶▶</span>
      </button>
      <button
        type="button"
        onClick={act((s) => s.runToEnd())}
        disabled={off || atEnd}
        aria-label="Run to end"
        title="Run to end (End)"
        aria-keyshortcuts="End"
      >
        <span aria-hidden="true">▶|</span>
      </button>
      <label className="transport-speed">
        <span className="transport-speed-word">Speed</span>{' '}
        <select
          aria-label="Speed"
          value={String(t.speed)}
          onChange={(e) => store.getState().setSpeed(e.target.value === 'max' ? 'max' : Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {speedLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <input
        type="range"
        aria-label="Time"
        className="transport-time"
        min={0}
        max={end}
        step={1}
        value={dragTick ?? t.tick}
        aria-valuetext={`tick ${groupedDigits(dragTick ?? t.tick)} of ${t.endKnown ? '' : 'at most '}${groupedDigits(end)}`}
        disabled={off}
        onChange={(e) => {
          store.getState().pause();
          seekTo(Number(e.target.value));
        }}
      />
      <span className="transport-readout mono">
        {`Tick ${groupedDigits(t.tick)} / ${t.endKnown ? '' : '≤ '}${groupedDigits(end)}`}
      </span>
      {!t.endKnown && t.progressLabel === null && (
        <span className="transport-note">
          long run: up to {groupedDigits(t.steps)} decision points; its end is found by running to it
        </span>
      )}
      {t.progressLabel !== null && (
        <span className="transport-progress">
          <progress aria-label={t.progressLabel} max={t.progressTotal} value={t.progressDone} />
          <span className="transport-note">
            {t.progressLabel}: tick {groupedDigits(t.progressDone)}
          </span>
          <button type="button" onClick={act((s) => s.cancel())}>
            Cancel
          </button>
        </span>
      )}
      {t.finished && <span className="transport-note">finished</span>}
      {t.stalled && <span className="transport-note transport-stalled">stalled: no process can make progress</span>}
    </div>
  );
}
