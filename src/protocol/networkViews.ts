import type {
  LossReason,
  MessageKind,
  MethodKind,
  MigrationResult,
  NetFaultKind,
  RejectReason,
  SecurityMode,
} from '../core/index';

/**
 * What the Network view's analysis panels draw, each built in the worker (src/worker/network/) from the cluster at
 * a tick, or from a migration's result: plain data, tagged by `view`. Nodes are named by the cluster's ids;
 * `node` fields that are numbers are places in `nodes` (a lifeline). Times are ticks (0.1 ms).
 */
export type NetworkViewData = SequenceData | SecurityLogData | LinkStatsData | InfectionData | MigrationTimelineData;

// ---- the message sequence (Lamport) diagram

/** What became of one copy of a message by the tick: where and when it ended. */
export type SequenceEnd =
  | { kind: 'delivered'; tick: number; node: number }
  /** lost on the way, at node `node`: the place the fault took it */
  | { kind: 'lost'; tick: number; node: number; reason: LossReason }
  /** reached its node, which refused its envelope (signed or encrypted traffic) */
  | { kind: 'rejected'; tick: number; node: number; reason: RejectReason }
  /** a second copy of a message promised once, dropped at its node */
  | { kind: 'suppressed'; tick: number; node: number };

export interface SequenceMessage {
  id: number;
  kind: MessageKind;
  from: number;
  to: number;
  sentAt: number;
  /** each copy's end by the tick, in tick order; none: still on its way */
  ends: SequenceEnd[];
}

/** A fault as a mark on the lifelines it touches (`nodes` empty: every lifeline, as a partition or a heal). */
export interface SequenceFault {
  tick: number;
  kind: NetFaultKind;
  nodes: number[];
  text: string;
}

export interface SequenceData {
  view: 'sequence';
  tick: number;
  nodes: string[];
  /** the ticks drawn, [from, to]: the window ends at the tick once the run is longer than the window */
  from: number;
  to: number;
  /** the messages sent up to the tick that are on the way, or end, within the window, in sending order */
  messages: SequenceMessage[];
  faults: SequenceFault[];
  /** messages sent up to the tick, in all */
  sent: number;
  /** the window was narrowed to hold only the latest `limit` messages */
  narrowed: boolean;
}

// ---- the security log

/** A verdict as the log view counts it: accepted, or the reason it was rejected. */
export type SecurityVerdict = 'accepted' | RejectReason;

export interface SecurityRow {
  /** the entry's place in the log: a stable row key */
  index: number;
  tick: number;
  /** the node that judged the message, and the node it claims to come from (cluster names where known) */
  node: string;
  peer: string;
  messageId: number;
  verdict: SecurityVerdict;
  /** the verdict in words, naming nodes by the cluster's names */
  text: string;
}

export interface SecurityLogData {
  view: 'securityLog';
  tick: number;
  mode: SecurityMode;
  /** log entries up to the tick, and how many of each verdict (every verdict present, zeros included) */
  total: number;
  counts: Record<SecurityVerdict, number>;
  /** the latest entries up to the tick, and the latest rejections, oldest first, at most the builder's limit each */
  recent: SecurityRow[];
  rejections: SecurityRow[];
}

// ---- per-link statistics

export interface LinkStatsRow {
  from: string;
  to: string;
  /** messages that entered the link (lost ones included) */
  sent: number;
  /** copies that reached the far end (a duplicated message counts twice) */
  delivered: number;
  /** copies on their way */
  onTheWay: number;
  /** lost to the link's loss rate, to a drop fault, or kept off it by a partition */
  lost: { linkLoss: number; faultDrop: number; partition: number };
  duplicated: number;
  reordered: number;
  bytes: number;
  /** the most messages waiting for the wire at once (bandwidth-limited links queue) */
  queuePeak: number;
  /** mean ticks from entering the link to reaching the far end, to two decimals; null before any copy */
  meanLatency: number | null;
}

export interface LinkStatsData {
  view: 'linkStats';
  tick: number;
  /** the cluster's tick the counts are from (the links keep counts as of their cluster's tick) */
  asOf: number;
  /** each direction of each link, in the cluster's link order */
  links: LinkStatsRow[];
}

// ---- the gossip infection curve

export interface InfectionSeries {
  item: number;
  kind: 'transaction' | 'block';
  /** the node that made it, and when */
  node: string;
  madeAt: number;
  /** validators holding it by the end of round r = 0, 1, … (a round is a heartbeat period), up to the tick */
  perRound: number[];
  reached: number;
  /** rounds until every validator had it; null while some have not (by the tick) */
  rounds: number | null;
}

export interface InfectionData {
  view: 'infection';
  tick: number;
  validators: number;
  fanout: number;
  /** ticks in a round: the protocol's heartbeat period */
  roundTicks: number;
  /** push gossip's expected rounds to reach every validator, and its formula in words */
  theoreticalRounds: number;
  formula: string;
  /** the items made up to the tick */
  items: InfectionSeries[];
}

// ---- the migration timeline

export interface MigrationRoundBar {
  /** 1, 2, …: pre-copy's rounds while the process runs */
  round: number;
  startTick: number;
  durationTicks: number;
  sent: number;
  dirtied: number;
  text: string;
}

export interface MigrationTimelineData {
  view: 'migration';
  method: MethodKind;
  rounds: MigrationRoundBar[];
  /** the stop: the process is down from `startTick` for `downtimeTicks` */
  stop: { startTick: number; downtimeTicks: number; sent: number; text: string };
  /** post-copy's faults (at most the builder's limit; `faultCount` has them all) */
  faults: MigrationResult['faults'];
  faultCount: number;
  totals: MigrationResult['totals'];
  /** the published downtimes to set this one beside, in ms */
  references: { label: string; downtimeMs: number }[];
  /** ticks since the migration began, when the run is at a tick within it; null otherwise */
  cursor: number | null;
  summary: string;
}

// ---- what a cluster frame carries for the open panel

/** One migration of the run, for the timeline's chooser: what it moved, where, how and when, in words. */
export interface MigrationChoice {
  label: string;
  timeline: MigrationTimelineData;
}

/**
 * The open analysis panel's data, built at the frame's tick and sent with each cluster frame while that panel is
 * open (the `draw` message's `networkPanel`): null data says the cluster has none to show (no security, no P2P
 * protocol); `migrations` lists every migration that reached its stop by the tick.
 */
export type NetworkPanelData =
  | { panel: 'sequence'; data: SequenceData }
  | { panel: 'securityLog'; data: SecurityLogData | null }
  | { panel: 'linkStats'; data: LinkStatsData }
  | { panel: 'infection'; data: InfectionData | null }
  | { panel: 'migration'; migrations: MigrationChoice[] };

export type NetworkPanelName = NetworkPanelData['panel'];

/** Every analysis panel, in the drawer's tab order. */
export const NETWORK_PANELS: readonly NetworkPanelName[] = [
  'sequence',
  'securityLog',
  'linkStats',
  'infection',
  'migration',
];

export const isNetworkPanel = (name: unknown): name is NetworkPanelName =>
  typeof name === 'string' && (NETWORK_PANELS as readonly string[]).includes(name);
