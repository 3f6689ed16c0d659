import {
  costErrors,
  decisionFinder,
  runResult,
  Simulation,
  systemState,
  validateProcessSpec,
  validateScenario,
  type FieldError,
  type Scenario,
  type ScheduledOperation,
} from '../core/index';
import { continueComparison, startComparison, type Comparison } from './compareRuns';
import { compareReferences, pageTable, walkthrough } from './memoryRequests';
import { solveOstepRequest } from './ostepRequests';
import { buildFrame, nothingSent, rowsOf, runChangedAt, type Sent } from './frame';
import { decodeText, factsOf } from './scenarioText';
import { narrationAdded, narrationNow } from './narration';
import { clusterFrameOf, clusterReply, openCluster, type ClusterSession } from './clusterSession';
import {
  isNetworkPanel,
  PROTOCOL_VERSION,
  scenarioJsonOf,
  type FromSim,
  type NetworkPanelName,
  type OperationRequest,
  type ToSim,
} from '../protocol';

/** What the handler needs from its host: a clock for the 'max' speed budget (never used by the core). */
export interface HandlerHost {
  nowMs(): number;
}

/**
 * `finder` answers "who runs next?" on a simulation of its own, made for the scenario it was asked about (an
 * operation makes a new scenario, and so a new run).
 */
type Session = {
  sim: Simulation;
  sent: Sent;
  /** the scenario whose ended processes' rows were made as its run's end became known (see keepEndedRows) */
  rowsKept?: Scenario;
  finder?: { scenario: Scenario; after: ReturnType<typeof decisionFinder>['after'] };
};

/**
 * The service: one message in, replies out; and `idle`, work that makes later replies quicker without changing what
 * they tell, for the host to run when no message waits (true if it did some).
 */
export type Handler = ((msg: unknown) => FromSim[]) & { idle(): boolean };

/**
 * The whole simulation service as a pure message handler: one message in, replies out. The Web Worker,
 * the CLI and the tests all run this same function. It never throws: any failure becomes an `error` reply.
 */
export function createHandler(host: HandlerHost): Handler {
  let greeted = false;
  let session: Session | undefined;
  /** a loaded scenario with a network runs as a cluster instead of one node */
  let cluster: ClusterSession | undefined;
  let comparison: Comparison | undefined;
  /** what the views draw beyond the CPUs (the processes' state lanes, the memory and caches charts): kept across loads */
  const drawn = {
    stateLanes: false,
    memorySamples: false,
    fsSamples: false,
    networkPanel: null as NetworkPanelName | null,
  };
  const drawOn = (sent: Sent) => {
    sent.stateLanes = drawn.stateLanes;
    sent.samplesDrawn = drawn.memorySamples;
    sent.fsSamplesDrawn = drawn.fsSamples;
  };

  const frameOf = (s: Session) => buildFrame(s.sim.state, s.sim.knownEnd(), s.sim.nextEventTick(), s.sent);
  /** the frame of whatever is loaded */
  const currentFrame = () => (cluster ? clusterFrameOf(cluster) : frameOf(session as Session));

  const handle = (msg: ToSim): FromSim[] => {
    const id = msg.id;
    if (msg.type === 'hello') {
      if (msg.protocol !== PROTOCOL_VERSION)
        return [{ type: 'incompatible', id, expected: PROTOCOL_VERSION, got: msg.protocol }];
      greeted = true;
      return [{ type: 'ready', id, protocol: PROTOCOL_VERSION }];
    }
    if (!greeted)
      return [{ type: 'error', id, message: 'Say hello first: the protocol version is checked before anything else.' }];
    if (msg.type === 'load' || msg.type === 'open') {
      const v = msg.type === 'load' ? validateScenario(msg.scenario) : decodeText(msg.text);
      if (!v.ok) return [{ type: 'invalid', id, errors: v.errors }];
      const { scenario, ...shared } = 'payload' in v ? v.payload : { scenario: v.scenario };
      const tick = msg.tick ?? shared.view?.tick;
      if (scenario.network) {
        session = undefined;
        cluster = openCluster(scenario);
        drawOn(cluster.sent);
        cluster.panel = drawn.networkPanel;
        if (tick !== undefined) cluster.sim.seek(clampTick(tick));
      } else {
        cluster = undefined;
        session = open(scenario);
        drawOn(session.sent);
        if (tick !== undefined) session.sim.seek(clampTick(tick));
      }
      const accepted = cluster ? cluster.sim.scenario : (session as Session).sim.scenario;
      const facts = factsOf(accepted);
      const loaded = {
        type: 'loaded',
        id,
        frame: currentFrame(),
        scenario: accepted,
        scenarioJson: scenarioJsonOf(accepted),
        facts,
      } as const;
      return [msg.type === 'open' ? { ...loaded, shared } : loaded];
    }
    if (msg.type === 'read') {
      const v = decodeText(msg.text);
      return [v.ok ? { type: 'read', id, payload: v.payload } : { type: 'invalid', id, errors: v.errors }];
    }
    if (msg.type === 'compare') {
      const loaded = session?.sim.scenario ?? cluster?.sim.scenario;
      if (!loaded) return [{ type: 'error', id, message: 'No scenario is loaded yet.' }];
      const started = startComparison(loaded, msg.schedulers);
      if (!started.ok) return [{ type: 'invalid', id, errors: started.errors }];
      comparison = started.comparison;
      return [continueComparison(id, comparison, msg.maxEvents ?? Infinity)];
    }
    if (msg.type === 'draw') {
      drawn.stateLanes = msg.stateLanes ?? drawn.stateLanes;
      drawn.memorySamples = msg.memorySamples ?? drawn.memorySamples;
      drawn.fsSamples = msg.fsSamples ?? drawn.fsSamples;
      // Checked: the page's choice names a panel the worker builds, or none.
      if (msg.networkPanel !== undefined)
        drawn.networkPanel = isNetworkPanel(msg.networkPanel) ? msg.networkPanel : null;
      if (cluster) cluster.panel = drawn.networkPanel;
      const loaded = session ?? cluster;
      if (!loaded) return [{ type: 'ready', id, protocol: PROTOCOL_VERSION }];
      drawOn(loaded.sent);
      return [{ type: 'frame', id, frame: currentFrame() }];
    }
    if (msg.type === 'compareMore') {
      if (!comparison) return [{ type: 'error', id, message: 'No comparison is under way.' }];
      return [continueComparison(id, comparison, msg.maxEvents)];
    }
    if (msg.type === 'compareReplacement') return [compareReferences(id, msg.refs, msg.frames)];
    if (msg.type === 'ostep') return [solveOstepRequest(id, msg.command, msg.file)];
    if (msg.type === 'end' && msg.atMost !== undefined) {
      const sim = cluster?.sim ?? session?.sim;
      if (sim && (sim.knownEnd() !== null || factsOf(sim.scenario).cost.steps > msg.atMost))
        return [{ type: 'moving', id, tick: cluster ? cluster.sim.tick : (session as Session).sim.state.now }];
    }
    if (cluster) {
      // Play at 'max' speed runs as far as its time budget allows.
      const deadline = host.nowMs() + (msg.type === 'advance' ? (msg.budgetMs ?? 12) : Infinity);
      return clusterReply(cluster, msg, () => host.nowMs() < deadline);
    }
    if (!session) return [{ type: 'error', id, message: 'No scenario is loaded yet.' }];
    const sim = session.sim;
    switch (msg.type) {
      case 'seek': {
        const tick = clampTick(msg.tick);
        sim.seek(tick, Math.max(1, msg.maxEvents ?? Infinity));
        if (sim.state.now < tick && !sim.state.finished) return [{ type: 'moving', id, tick: sim.state.now }];
        break;
      }
      case 'end':
        sim.findEnd();
        break;
      case 'step':
        step(sim, msg.direction, msg.unit);
        break;
      case 'advance':
        advance(sim, msg.ticks, msg.budgetMs ?? 12, host);
        break;
      case 'operation': {
        const before = narrationNow(sim.state);
        const errors = operate(session, msg.request);
        if (errors) return [{ type: 'invalid', id, errors }];
        runChangedAt(session.sent, sim.state, sim.state.now);
        const narration = narrationAdded(before, sim.state, sim.state.now);
        const facts = factsOf(sim.scenario);
        return [
          {
            type: 'operated',
            id,
            frame: frameOf(session),
            scenario: sim.scenario,
            scenarioJson: scenarioJsonOf(sim.scenario),
            facts,
            narration,
          },
        ];
      }
      case 'result':
        sim.runToEnd();
        return [{ type: 'result', id, result: runResult(sim.state) }];
      case 'translate':
        return [walkthrough(id, sim, msg.pid, msg.address, msg.access)];
      case 'pageTable':
        return [pageTable(id, sim, msg.pid)];
      case 'systemState':
        return [{ type: 'systemState', id, state: systemState(sim.state) }];
      case 'nextDecision': {
        if (session.finder?.scenario !== sim.scenario)
          session.finder = { scenario: sim.scenario, ...decisionFinder(sim.scenario) };
        return [{ type: 'decision', id, decision: session.finder.after(clampTick(msg.after)) }];
      }
      case 'show':
        return [{ type: 'error', id, message: 'Only a scenario with a network has nodes to choose from.' }];
      default:
        return [{ type: 'error', id, message: `Unknown request type.` }];
    }
    return [{ type: 'frame', id, frame: frameOf(session) }];
  };

  const idle = (): boolean => {
    if (!session || session.rowsKept === session.sim.scenario || session.sim.knownEnd() === null) return false;
    try {
      keepEndedRows(session);
    } catch {
      // Marked done before it failed: the next request that needs the run meets the failure and replies with it.
      return false;
    }
    return true;
  };

  const reply = (raw: unknown): FromSim[] => {
    const id =
      typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'number'
        ? (raw as { id: number }).id
        : -1;
    if (id < 0 || typeof (raw as { type?: unknown }).type !== 'string') {
      return [{ type: 'error', id, message: 'A request must be an object with a numeric id and a type.' }];
    }
    try {
      return handle(raw as ToSim);
    } catch (e) {
      return [{ type: 'error', id, message: `The simulation failed: ${e instanceof Error ? e.message : String(e)}` }];
    }
  };
  return Object.assign(reply, { idle });
}

/**
 * At tick 0 with its decisions made. Nothing runs further: the end tick (for the time slider) is learnt only
 * when asked ('end', 'result'), so loading, and so validating, costs the same for a long run as a short one.
 */
function open(scenario: Scenario): Session {
  const sim = new Simulation(scenario);
  sim.seek(0);
  return { sim, sent: nothingSent() };
}

/**
 * Once the run's end is known, the rows of the processes that ended in it are made at once rather than at the first
 * far jump into each stretch of the run (thousands of rows, tens of milliseconds, on top of a jump that already
 * touches the checkpoints again), as idle work after the reply that made the end known (a few hundred milliseconds
 * for 10,000 processes, which "Run to end" need not wait for). A process's PCB is frozen at the first checkpoint after it ends and shared by every
 * later one, so the state just before the end, restored from the last checkpoint, holds them all; the state the run
 * ended in holds copies of its own. The session then goes back to where it was: the move is the worker's alone.
 */
function keepEndedRows(s: Session): void {
  const { sim } = s;
  s.rowsKept = sim.scenario;
  const end = sim.knownEnd();
  if (end === null || end < 1) return;
  const at = sim.state.now;
  sim.seek(end - 1);
  // Made for rowsOf to find later; nothing is sent.
  rowsOf(sim.state, s.sent);
  sim.seek(at);
}

/** A seek past the end stops at the end, so only the start needs clamping. */
function clampTick(tick: number): number {
  return Number.isFinite(tick) ? Math.max(0, Math.floor(tick)) : 0;
}

function step(sim: Simulation, direction: 'forward' | 'back', unit: 'tick' | 'event'): void {
  const now = sim.state.now;
  if (direction === 'back') sim.seek(unit === 'tick' ? now - 1 : sim.previousEventTick());
  else sim.seek(unit === 'tick' ? now + 1 : (sim.nextEventTick() ?? now));
}

/** Play: a fixed number of ticks, or at 'max' speed, event by event until the time budget is spent. */
function advance(sim: Simulation, ticks: number | 'max', budgetMs: number, host: HandlerHost): void {
  if (ticks !== 'max') {
    sim.seek(sim.state.now + Math.max(0, Math.floor(ticks)));
    return;
  }
  const deadline = host.nowMs() + budgetMs;
  let chunk = 1;
  while (!sim.state.finished && host.nowMs() < deadline) {
    sim.seek(sim.state.now + chunk);
    chunk = Math.min(chunk * 2, 1 << 20);
  }
}

function operate(s: Session, r: OperationRequest): FieldError[] | undefined {
  const st = s.sim.state;
  const tick = st.now;
  if (r.op === 'create') {
    const v = validateProcessSpec(r.process, {
      existingPids: st.procs.map((p) => p.pid),
      nodeGpus: st.scenario.node.gpus,
    });
    if (!v.ok) return v.errors;
    const op: ScheduledOperation = { tick, op: 'create', process: { ...v.process, arrival: tick } };
    // A new process may be what takes the run beyond the envelope.
    const tooCostly = costErrors({ ...s.sim.scenario, operations: [...s.sim.scenario.operations, op] });
    if (tooCostly.length > 0) return tooCostly;
    s.sim.addOperation(op);
  } else {
    // Every other request has the shape of its operation; the one validation step checks it.
    const v = validateScenario({ ...s.sim.scenario, operations: [...s.sim.scenario.operations, { ...r, tick }] });
    if (!v.ok) return v.errors;
    s.sim.addOperation(v.scenario.operations[v.scenario.operations.length - 1] as ScheduledOperation);
  }
  return undefined;
}
