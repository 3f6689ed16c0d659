import type { ProcessRunAnswers, ProcessRunState } from '../../core/ostep/answers';
import { pyFixed2 } from '../../core/ostep/pyFormat';
import { StepControls } from './StepControls';
import { useCurrentRowInView } from './useCurrentRowInView';
import { useStepper } from './useStepper';
import { windowAround } from './windowAround';

type Tick = ProcessRunAnswers['ticks'][number];

/** A class per state for its colour; the state's text is always shown too. */
const STATE_CLASS: Record<ProcessRunState, string> = {
  'RUN:cpu': 'st-run-cpu',
  'RUN:io': 'st-run-io',
  'RUN:io_done': 'st-io-done',
  RUNNING: 'st-run-cpu',
  READY: 'st-ready',
  BLOCKED: 'st-blocked',
  DONE: 'st-done',
};

const percent = (part: number, total: number) => (total > 0 ? `${pyFixed2((part * 100) / total)}%` : '—');

function tickSummary(t: Tick): string {
  const who = t.states.map((s, pid) => `PID ${pid} ${s}`).join(', ');
  const io = t.ioInFlight === 0 ? 'no I/O in flight' : `${t.ioInFlight} I/O${t.ioInFlight === 1 ? '' : 's'} in flight`;
  return `Tick ${t.t}${t.ioDone ? '* (an I/O completed at the start of this tick)' : ''}: ${who}; CPU ${t.cpu ? 'busy' : 'idle'}; ${io}.`;
}

/**
 * process-run.py's trace as OSTEP prints it (Time, a column per process, CPU, IOs; * marks a tick that starts
 * with an I/O completing), states coloured and written out, a current tick to step through, and the stats.
 */
export function ProcessRunView({ answer }: { answer: ProcessRunAnswers }) {
  const { ticks, stats, procs } = answer;
  const stepper = useStepper(ticks.length);
  const current = ticks[stepper.step];
  const { from, to } = windowAround(ticks.length, stepper.step);
  const pids = procs.map((p) => p.pid);
  const box = useCurrentRowInView<HTMLDivElement>(stepper.step);
  return (
    <section className="ostep-process-run" aria-label="Process run" onKeyDown={stepper.onKeyDown}>
      {current && (
        <>
          <StepControls stepper={stepper} label="Tick" valueText={`tick ${current.t} of ${ticks.length}`} />
          <p className="ostep-explanation" aria-live="polite">
            {tickSummary(current)}
          </p>
        </>
      )}
      <div ref={box} className="ostep-scroll" tabIndex={0} role="group" aria-label="Trace (scrolls)">
        <table className="ostep-table ostep-trace">
          <caption>
            Trace, one row per tick{to - from < ticks.length ? ` (ticks ${from + 1}–${to} of ${ticks.length})` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              {pids.map((pid) => (
                <th scope="col" key={pid}>
                  PID: {pid}
                </th>
              ))}
              <th scope="col">CPU</th>
              <th scope="col">IOs</th>
            </tr>
          </thead>
          <tbody>
            {ticks.slice(from, to).map((t, i) => {
              const isCurrent = from + i === stepper.step;
              return (
                <tr
                  key={t.t}
                  data-row={from + i}
                  className={isCurrent ? 'current' : undefined}
                  aria-current={isCurrent ? 'step' : undefined}
                >
                  <th scope="row">
                    {t.t}
                    {t.ioDone ? '*' : ''}
                  </th>
                  {t.states.map((s, pid) => (
                    <td key={pid} className={`st ${STATE_CLASS[s]}`}>
                      {s}
                    </td>
                  ))}
                  <td>{t.cpu ? 1 : ''}</td>
                  <td>{t.ioInFlight > 0 ? t.ioInFlight : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="ostep-stats">
        <div>
          <h3 className="ostep-subhead">Stats</h3>
          <dl className="ostep-dl">
            <dt>Total time</dt>
            <dd>{stats.totalTime}</dd>
            <dt>CPU busy</dt>
            <dd>
              {stats.cpuBusy} ({percent(stats.cpuBusy, stats.totalTime)})
            </dd>
            <dt>I/O busy</dt>
            <dd>
              {stats.ioBusy} ({percent(stats.ioBusy, stats.totalTime)})
            </dd>
          </dl>
        </div>
        <table className="ostep-table narrow">
          <caption>When each process last ran</caption>
          <thead>
            <tr>
              <th scope="col">PID</th>
              <th scope="col">Last run tick</th>
            </tr>
          </thead>
          <tbody>
            {procs.map((p) => (
              <tr key={p.pid}>
                <th scope="row">{p.pid}</th>
                <td>{p.lastRunTick}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
