import { describeScheduler, type Scenario } from '../../core/index';
import { SEGMENT_FIELDS, type CompareEntry } from '../../protocol';
import { GanttChart } from '../gantt/GanttChart';

/** Lanes of the small charts: shorter than the live Gantt so that eight fit on a screen. */
const SMALL_LANE = 20;

/** One small Gantt chart per compared policy, all drawn from the runs' packed timelines. */
export function CompareGantts({ entries, scenario }: { entries: readonly CompareEntry[]; scenario: Scenario }) {
  // Processes created by scheduled operations appear in the runs too.
  const processes = [
    ...scenario.processes,
    ...scenario.operations.flatMap((op) => (op.op === 'create' ? [op.process] : [])),
  ].map(({ pid, name, type }) => ({ pid, name, type }));
  return (
    <section className="compare-gantts" aria-labelledby="compare-gantts-title">
      <h3 id="compare-gantts-title">Timelines</h3>
      {entries.map((e) => {
        const label = `${describeScheduler(e.scheduler)} timeline`;
        return (
          <div key={label} className="compare-gantt">
            <h4>{describeScheduler(e.scheduler)}</h4>
            <GanttChart
              label={label}
              timeline={{ data: e.timeline, rows: e.timeline.length / SEGMENT_FIELDS, epoch: 0 }}
              cpus={scenario.node.cpus}
              processes={processes}
              endTick={e.result.ticks}
              height={Math.max(2, scenario.node.cpus + 1) * SMALL_LANE}
            />
          </div>
        );
      })}
    </section>
  );
}
