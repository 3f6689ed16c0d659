import { useCallback, useEffect, useState } from 'react';
import { isNetworkPanel, NETWORK_PANELS } from '../../protocol';
import type { AppState } from '../../store/types';
import { refusalText } from '../../store/results';
import { selectReadableFrame } from '../../store/readableFrame';
import { useApp, useAppStore } from '../app/StoreContext';
import { Stage, type PanelContent } from '../stage/Stage';
import { SubjectPresets } from '../workload/SubjectPresets';
import { AnalysisPanel } from './AnalysisPanel';
import { FaultMenu } from './FaultMenu';
import type { NetFault } from '../../core/index';
import type { MenuAction } from './faultActions';
import { MESSAGE_COLOURS } from './drawTopology';
import { MigrateDialog } from './MigrateDialog';
import { FlightFaultList, NodeFaultList, targetActions, targetLabel, type OpenMenu } from './NodeFaultList';
import { NodePicker } from './NodePicker';
import { TopologyCanvas } from './TopologyCanvas';
import './network.css';
import { groupedDigits } from '../../core/groupedDigits';

const selectCluster = (s: AppState) => s.frame?.cluster;
const selectTick = (s: AppState) => s.frame?.tick ?? 0;
/** The messages in flight in words: while playing at speed, a few times a second (selectReadableFrame). */
const selectReadableCluster = (s: AppState) => selectReadableFrame(s)?.cluster;
/** The analysis panel open in the drawer, if one is (the drawer's first panel, the nodes, is not one). */
const selectOpenAnalysis = (s: AppState) => {
  const open = s.panels.network;
  return !s.drawerClosed && isNetworkPanel(open) ? open : null;
};

/**
 * The Network view: the cluster's topology on the stage (click a node to show it in the other views, right-click a
 * node, a link or a message's dot, or click a dot, for its faults), a node picker above it, and the drawer's panels:
 * every node, link and message in flight with its fault menu, for the keyboard, and the analysis panels (sequence diagram, security log, link statistics, infection
 * curve, migration timeline), whose data the worker sends only while one is open. Further panels go in
 * STAGE_PANELS.network and `panels` below, one line each.
 */
export function NetworkView() {
  const store = useAppStore();
  const cluster = useApp(selectCluster);
  const tick = useApp(selectTick);
  const readable = useApp(selectReadableCluster);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [notice, setNotice] = useState('');
  const analysis = useApp(selectOpenAnalysis);
  useEffect(() => {
    void store.getState().drawNetworkPanel(analysis);
  }, [store, analysis]);
  // Gone from the stage, the view draws nothing: the frames stop bringing its panel's data.
  useEffect(() => () => void store.getState().drawNetworkPanel(null), [store]);
  const choose = useCallback(
    (node: number) => {
      void store
        .getState()
        .showNode(node)
        .then((r) =>
          setNotice(r.ok ? `Showing ${r.frame.cluster?.nodes[node]?.id} in the other views.` : refusalText(r)),
        );
    },
    [store],
  );
  const [migrating, setMigrating] = useState<number | null>(null);
  /** Applies a fault at the current tick; resolves to the refusal's words, or null when it was applied. */
  const operate = useCallback(
    (fault: NetFault, label: string) =>
      store
        .getState()
        .operate({ op: 'net', fault })
        .then((r) => {
          const said = r.ok ? `${label}: done at tick ${groupedDigits(r.frame.tick)}.` : refusalText(r);
          setNotice(said);
          return r.ok ? null : said;
        }),
    [store],
  );
  const apply = useCallback(
    (action: MenuAction) => {
      if ('migrateFrom' in action) setMigrating(action.migrateFrom);
      else void operate(action.fault, action.label);
    },
    [operate],
  );
  if (!cluster) return <NoNetwork />;
  const panels: PanelContent = {
    nodes: {
      render: () => (
        <>
          <NodeFaultList cluster={cluster} menu={menu} open={setMenu} apply={apply} choose={choose} />
          <FlightFaultList cluster={readable ?? cluster} menu={menu} open={setMenu} apply={apply} />
        </>
      ),
    },
    ...Object.fromEntries(NETWORK_PANELS.map((name) => [name, { render: () => <AnalysisPanel name={name} /> }])),
  };
  // A message's menu at the pointer goes when its message leaves the wire (nothing left to do to it).
  const pointerAt = menu?.at ?? null;
  const pointerActions = menu && pointerAt ? targetActions(cluster, menu.target) : [];
  const picture = (
    <div className="network-picture">
      <div className="network-head">
        <h2>Network</h2>
        <NodePicker cluster={cluster} choose={choose} />
        <ul className="network-legend" aria-label="Message colours">
          {Object.entries(MESSAGE_COLOURS).map(([kind, colour]) => (
            <li key={kind}>
              <span className="network-swatch" style={{ background: colour }} aria-hidden="true" />
              {kind}
            </li>
          ))}
        </ul>
      </div>
      <TopologyCanvas cluster={cluster} tick={tick} choose={choose} menu={(target, at) => setMenu({ target, at })} />
      {menu && pointerAt && pointerActions.length > 0 && (
        <FaultMenu
          label={targetLabel(cluster, menu.target)}
          actions={pointerActions}
          at={pointerAt}
          choose={apply}
          close={() => setMenu(null)}
        />
      )}
      {migrating !== null && (
        <MigrateDialog cluster={cluster} from={migrating} migrate={operate} close={() => setMigrating(null)} />
      )}
      <p className="network-notice" role="status">
        {notice}
      </p>
    </div>
  );
  return <Stage view="network" label="Network" picture={picture} panels={panels} />;
}

/** Without a network there is nothing to draw: say how to get one, and offer the network presets. */
function NoNetwork() {
  return (
    <section className="panel network-empty" aria-labelledby="network-empty-heading">
      <h2 id="network-empty-heading">Network</h2>
      <p>
        This scenario runs a single node: it has no <code>network</code> section. Load a network preset to see its
        nodes, links and messages here.
      </p>
      <SubjectPresets subject="network" title="Network presets" />
    </section>
  );
}
