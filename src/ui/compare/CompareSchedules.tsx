import { useShallow } from '../app/useShallow';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { SchedulesPicture } from './SchedulesPicture';

const selectSchedules = (s: AppState) => ({
  status: s.compareStatus,
  entries: s.compareEntries,
  ran: s.compareScenario,
  current: s.scenario,
  presenting: s.presenting,
});

/**
 * Compare's main picture: the last comparison's schedules on one time axis, filling the box it is given.
 * Before any comparison it says how to get one.
 */
export function CompareSchedules() {
  const { status, entries, ran, current, presenting } = useApp(useShallow(selectSchedules));
  if (entries.length === 0 || !ran)
    return (
      <div className="compare-schedules compare-empty">
        <p className="muted">
          {status === 'running'
            ? 'Running each chosen scheduler to the end…'
            : 'Choose the policies and press “Compare all schedulers”: their schedules appear here on one time axis.'}
        </p>
      </div>
    );
  const notice =
    ran !== current
      ? 'The scenario has changed since this comparison: compare again to bring it up to date.'
      : undefined;
  return <SchedulesPicture entries={entries} scenario={ran} notice={notice} presenting={presenting} />;
}
