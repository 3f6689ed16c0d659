import { useMemo } from 'react';
import type { ProcessMetrics } from '../../core/index';
import { processIdentities } from '../../store/processNames';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { GanttChart } from './GanttChart';
import type { GanttProcess, OpenGpu } from './toGanttRows';
import { useTextbook } from '../naming/useNaming';

const selectFrame = (s: AppState) => s.frame;
const selectTimeline = (s: AppState) => s.timeline;
const selectGpuTimeline = (s: AppState) => s.gpuTimeline;
const selectStateTimeline = (s: AppState) => s.stateTimeline;
const selectProcessLanes = (s: AppState) => s.processLanes;
const selectPresenting = (s: AppState) => s.presenting;
const selectTitle = (s: AppState) => s.scenario?.title;
const selectFacts = (s: AppState) => s.facts;
const NO_ROWS: ProcessMetrics[] = [];
const selectIdentities = (s: AppState) => processIdentities(s.processIndex, s.slowFrame?.processes ?? NO_ROWS);
const selectHorizon = (s: AppState) => s.facts?.cost.horizon ?? 0;

/** The Simulate view's Gantt chart: the store's timeline up to the current tick, with the open segments. */
export function GanttLive() {
  const frame = useApp(selectFrame);
  const timeline = useApp(selectTimeline);
  const gpuTimeline = useApp(selectGpuTimeline);
  const stateTimeline = useApp(selectStateTimeline);
  const processLanes = useApp(selectProcessLanes);
  const presenting = useApp(selectPresenting);
  const title = useApp(selectTitle);
  const facts = useApp(selectFacts);
  const store = useAppStore();
  // A long run's end is not known until it is run to: the chart spans as far as it can last, and does not
  // rescale (and so redraw whole) with every frame.
  const horizon = useApp(selectHorizon);

  // Names and types for labels and the legend: the same list until a process is created or another run loaded,
  // so neither a frame nor a slow frame maps 100,000 rows (nor the chart its name map) again.
  const identities = useApp(selectIdentities);
  // Textbook naming: plain P1…Pn in lanes, tooltips, the legend and the exports.
  const textbook = useTextbook();
  const processes = useMemo<readonly GanttProcess[]>(
    () => (textbook ? identities.map((p) => ({ ...p, name: '' })) : identities),
    [identities, textbook],
  );
  const gpu = useMemo(() => {
    if (!frame || frame.gpus.length === 0) return undefined;
    const open: OpenGpu[] = frame.gpus.flatMap((g) =>
      g.pid === null ? [] : [{ id: g.id, pid: g.pid, since: g.since }],
    );
    return { timeline: gpuTimeline, count: frame.gpus.length, open };
  }, [frame, gpuTimeline]);

  return (
    <section className="panel gantt-live" aria-labelledby="gantt-live-heading">
      <div className="gantt-live-head">
        <h2 id="gantt-live-heading">Gantt chart</h2>
        <label>
          <input
            type="checkbox"
            checked={processLanes}
            onChange={(e) => void store.getState().setProcessLanes(e.target.checked)}
          />{' '}
          Lane per process
        </label>
      </div>
      {frame ? (
        <GanttChart
          label={`${frame.policy} schedule`}
          timeline={timeline}
          cpus={frame.cpus.length}
          processes={processes}
          endTick={frame.endKnown ? frame.endTick : Math.max(horizon, frame.tick)}
          cursor={frame.tick}
          openCpus={frame.cpus}
          processLanes={processLanes}
          states={stateTimeline}
          openStates={frame.openStates}
          gpu={gpu}
          quantum={facts?.loneQuantum ?? null}
          presenting={presenting}
          title={title !== undefined && facts ? `${title}: ${facts.scheduler}` : `${frame.policy} schedule`}
        />
      ) : (
        <p className="muted">No scenario is loaded yet.</p>
      )}
    </section>
  );
}
