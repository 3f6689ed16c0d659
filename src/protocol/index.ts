/** The one public entry of the wire protocol: what the worker, the store, the UI and the CLI share. */
export {
  EAGER_END_STEPS,
  PROTOCOL_VERSION,
  type FromSim,
  type FromSimType,
  type ScenarioFacts,
  type ScenarioText,
  type Shared,
  type ToSim,
  type ToSimType,
} from './messages';
export { postedReplies, replyReceiver, ROWS_PER_POST, scenarioJsonOf, type PostedFromSim } from './postedReply';
export {
  ARRAYS_REFRESH_TICKS,
  FULL_SNAPSHOT_FRAMES,
  withFigures,
  type CpuView,
  type Frame,
  type MemoryFramePart,
  type ProcessPatch,
  type WireFrame,
} from './frame';
export { allSteps, applyProcessPatch, heldSlot, noHeldRows, processPatchSteps, type HeldRows } from './processRows';
export { freshNarration, narrationSince, type NarrationLine } from './narration';
export type { OperationRequest } from './operation';
export type { CompareEntry, ReplacementComparison } from './comparison';
export {
  SEGMENT_FIELDS,
  SEGMENT_WARMTH,
  unpackKind,
  SEGMENT_KIND,
  STATE_FIELDS,
  STATE_KIND,
  STATE_LANES,
  type StateKind,
  type HeldRowsPatch,
  type RowsPatch,
  type TimelinePatch,
} from './timeline';
export {
  CLUSTER_FRAME_VERSION,
  FLIGHT_FIELDS,
  FLIGHT_KINDS,
  MAX_FLIGHTS,
  packFlights,
  unpackFlights,
  type ClusterFrame,
  type ClusterLayout,
  type ClusterLinkView,
  type ClusterNodeView,
  type ClusterProcessView,
  type FlightView,
} from './clusterFrame';
export type {
  InfectionData,
  InfectionSeries,
  LinkStatsData,
  LinkStatsRow,
  MigrationRoundBar,
  MigrationTimelineData,
  MigrationChoice,
  NetworkPanelData,
  NetworkPanelName,
  NetworkViewData,
  SecurityLogData,
  SecurityRow,
  SecurityVerdict,
  SequenceData,
  SequenceEnd,
  SequenceFault,
  SequenceMessage,
} from './networkViews';
export { isNetworkPanel, NETWORK_PANELS } from './networkViews';
