import type { NetworkPanelName } from '../../protocol';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { LazyInfectionCurve } from './LazyInfectionCurve';
import { LinkStats } from './LinkStats';
import { MigrationPanel } from './MigrationPanel';
import { PresetOffer } from '../workload/PresetOffer';
import { SecurityLog } from './SecurityLog';
import { SequenceDiagram } from './SequenceDiagram';

const selectPanel = (s: AppState) => s.frame?.cluster?.panel ?? null;
const selectTick = (s: AppState) => s.frame?.tick ?? 0;

/** The preset that has a bit of everything: security, gossip, faults. */
export const PANELS_PRESET = { file: 'network-panels.json', title: 'Network: every analysis panel' } as const;

/**
 * One of the Network view's analysis panels, drawn from the data the cluster frames bring while it is open (the
 * view tells the store which is open); until the first such frame comes, it says so.
 */
export function AnalysisPanel({ name }: { name: NetworkPanelName }) {
  const p = useApp(selectPanel);
  const tick = useApp(selectTick);
  if (p?.panel !== name) return <p role="status">Building the panel…</p>;
  switch (p.panel) {
    case 'sequence':
      return <SequenceDiagram data={p.data} />;
    case 'linkStats':
      return <LinkStats data={p.data} />;
    case 'securityLog':
      return (
        <>
          <SecurityLog data={p.data} />
          {!p.data && <PresetOffer preset={PANELS_PRESET} />}
        </>
      );
    case 'infection':
      return (
        <>
          <LazyInfectionCurve data={p.data} />
          {!p.data && <PresetOffer preset={PANELS_PRESET} />}
        </>
      );
    case 'migration':
      return <MigrationPanel migrations={p.migrations} tick={tick} />;
  }
}
