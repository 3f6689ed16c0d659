import type { FieldError } from '../scenario/fieldErrors';
import { specsWithPaths } from '../scenario/processSpecs';
import type { NodeSpec, ProcessSpec, Scenario, ScheduledOperation } from '../scenario/types';
import type { NetFault, NetworkConfig, NetworkNodeSpec } from './config';
import { clusterEdges } from './cluster/nodeScenarios';
import { afsErrors } from './afs/validateAfs';

type NodeValidation = { ok: true; scenario: Scenario } | { ok: false; errors: FieldError[] };

/** What validate.ts has parsed of the scenario, and how it validates one node's workload on its own. */
export interface NetworkInput {
  base: Omit<Scenario, 'processes' | 'operations' | 'network'>;
  network: RawNetwork | undefined;
  processes: ProcessSpec[];
  operations: ScheduledOperation[];
  validateNode: (raw: unknown) => NodeValidation;
}

/** The section as its schema parses it: each further node's workload not read yet. */
export type RawNetwork = Omit<NetworkConfig, 'nodes'> & {
  nodes: (Omit<NetworkNodeSpec, 'processes' | 'memory' | 'heap' | 'fs'> & {
    processes: unknown[];
    memory?: unknown;
    heap?: unknown;
    fs?: unknown;
  })[];
};
type RawNode = RawNetwork['nodes'][number];

const err = (path: string, limit: string, message: string): FieldError => ({ path, limit, message });

/**
 * The rules of the `network` section that need more than one field: every node id unique and known where it is
 * named (connections, topology, overrides, validators, gossip items, message targets, faults), no link from a node
 * to itself, each further node's workload valid as a node of its own (its errors named under its place), and faults
 * in an order that can happen (no fault on a crashed node, no restart of one that is up). Returns the section with
 * each node's workload parsed, when there is no error.
 */
export function networkErrors(input: NetworkInput): { errors: FieldError[]; network?: NetworkConfig } {
  const { network, processes, operations } = input;
  if (!network) return { errors: networkNeeded(processes, operations) };
  const errors: FieldError[] = [];
  const ids = [input.base.node.id, ...network.nodes.map((n) => n.id)];
  const place = new Map<string, number>();
  ids.forEach((id, i) => {
    const taken = place.get(id);
    if (taken === undefined) place.set(id, i);
    else {
      const path = `network.nodes[${i - 1}].id`;
      errors.push(
        err(
          path,
          'a unique node id',
          `${path} "${id}" is already the id of ${nodePath(taken)}; each node needs its own id`,
        ),
      );
    }
  });
  const known = (path: string, id: string): boolean => {
    if (place.has(id)) return true;
    errors.push(
      err(path, 'the id of a node of the cluster', `${path} "${id}" is not a node of the cluster (${ids.join(', ')})`),
    );
    return false;
  };
  const notSelf = (path: string, a: string, b: string): void => {
    if (a === b)
      errors.push(err(path, 'two different nodes', `${path} links "${a}" to itself: a link joins two different nodes`));
  };
  const nodes: NetworkNodeSpec[] = network.nodes.map((node, i) => parsedNode(input, node, i, errors));
  const nodeSpecs: NodeSpec[] = [input.base.node, ...nodes];
  nodeSpecs.forEach((n, i) =>
    n.connections.forEach((c, j) => {
      const path = `${i === 0 ? 'node' : `network.nodes[${i - 1}]`}.connections[${j}]`;
      if (known(path, c)) notSelf(path, n.id, c);
    }),
  );
  const topology = network.topology;
  if (topology?.kind === 'star' && topology.hub !== undefined) known('network.topology.hub', topology.hub);
  if (topology?.kind === 'edges')
    topology.edges.forEach(([a, b], i) => {
      const path = `network.topology.edges[${i}]`;
      if (known(`${path}[0]`, a) && known(`${path}[1]`, b)) notSelf(path, a, b);
    });
  network.overrides.forEach((o, i) => {
    const path = `network.overrides[${i}]`;
    if (known(`${path}.a`, o.a) && known(`${path}.b`, o.b)) notSelf(path, o.a, o.b);
  });
  network.protocol?.validators?.forEach((v, i) => known(`network.protocol.validators[${i}]`, v));
  network.protocol?.items.forEach((item, i) => known(`network.protocol.items[${i}].node`, item.node));
  if (network.afs) errors.push(...afsErrors(network.afs, place));
  if (errors.length > 0) return { errors };
  const parsed: NetworkConfig = { ...network, nodes };
  const pidsOf = [
    specsWithPaths(processes, operations).map((s) => s.spec.pid),
    ...nodes.map((n) => n.processes.map((p) => p.pid)),
  ];
  targetErrors(specsWithPaths(processes, operations), 'node', pidsOf, place, errors);
  nodes.forEach((n, i) => targetErrors(specsWithPaths(n.processes, []), `network.nodes[${i}]`, pidsOf, place, errors));
  const edges = clusterEdges(input.base, parsed);
  faultErrors(operations, place, edges, errors);
  return errors.length > 0 ? { errors } : { errors, network: parsed };
}

function nodePath(place: number): string {
  return place === 0 ? 'node' : `network.nodes[${place - 1}]`;
}

/** A further node's workload, checked as a scenario of its own; its errors named under its place. */
function parsedNode(input: NetworkInput, node: RawNode, i: number, errors: FieldError[]): NetworkNodeSpec {
  const { id, cpus, gpus, connections } = node;
  const raw = {
    ...input.base,
    node: { id, cpus, gpus, connections: [] },
    processes: node.processes,
    operations: [],
    memory: node.memory,
    heap: node.heap,
    fs: node.fs,
  };
  const checked = input.validateNode(JSON.parse(JSON.stringify(raw)));
  if (checked.ok) {
    const s = checked.scenario;
    return {
      id,
      cpus,
      gpus,
      connections,
      processes: s.processes,
      ...(s.memory && { memory: s.memory }),
      ...(s.heap && { heap: s.heap }),
      ...(s.fs && { fs: s.fs }),
    };
  }
  const at = `network.nodes[${i}]`;
  for (const e of checked.errors) {
    const path = e.path.startsWith('node.') ? `${at}.${e.path.slice(5)}` : `${at}.${e.path}`;
    errors.push({
      ...e,
      path,
      message: e.message.startsWith(e.path) ? path + e.message.slice(e.path.length) : `${at}: ${e.message}`,
    });
  }
  return { id, cpus, gpus, connections, processes: [] };
}

/** Each message target names a node of the cluster and a process on it. */
function targetErrors(
  specs: { spec: ProcessSpec; path: string }[],
  prefix: string,
  pidsOf: number[][],
  place: ReadonlyMap<string, number>,
  errors: FieldError[],
): void {
  for (const { spec, path } of specs) {
    spec.messages?.steps.forEach((step, j) => {
      if (step.kind !== 'send' && step.kind !== 'request') return;
      const at = `${prefix === 'node' ? '' : `${prefix}.`}${path}.messages.steps[${j}].to`;
      const node = place.get(step.to.node);
      if (node === undefined)
        errors.push(
          err(
            `${at}.node`,
            'the id of a node of the cluster',
            `${at}.node "${step.to.node}" is not a node of the cluster`,
          ),
        );
      else if (!(pidsOf[node] as number[]).includes(step.to.pid))
        errors.push(
          err(
            `${at}.pid`,
            'a process of that node',
            `${at}.pid ${step.to.pid} is no process of node "${step.to.node}"`,
          ),
        );
    });
  }
}

/** The nodes a fault names, for the up/down order and the names check. */
function faultNodes(f: NetFault): string[] {
  switch (f.kind) {
    case 'partition':
      return [...f.groups.flat(), ...(f.bridge ?? [])];
    case 'heal':
      return [];
    case 'drop':
    case 'duplicate':
    case 'delay':
      return [f.from, f.to];
    case 'attack':
      return f.victim === undefined ? [f.node] : [f.node, f.victim];
    case 'migrate':
      return [f.from, f.to];
    default:
      return [f.node];
  }
}

/**
 * Faults name known nodes, link faults an existing link, partitions groups that do not overlap; and in tick order
 * (list order within a tick) no fault befalls a crashed node but its restart, and only a crashed node restarts.
 */
function faultErrors(
  operations: readonly ScheduledOperation[],
  place: ReadonlyMap<string, number>,
  edges: ReadonlySet<string>,
  errors: FieldError[],
): void {
  const order = operations
    .map((op, i) => [op, i] as const)
    .filter((x): x is readonly [Extract<ScheduledOperation, { op: 'net' }>, number] => x[0].op === 'net')
    .sort((x, y) => x[0].tick - y[0].tick || x[1] - y[1]);
  const crashedAt = new Map<string, number>();
  const paused = new Set<string>();
  for (const [op, i] of order) {
    const f = op.fault;
    const path = `operations[${i}].fault`;
    const names = faultNodes(f);
    const unknown = names.filter((n) => !place.has(n));
    if (unknown.length > 0) {
      errors.push(
        err(path, 'nodes of the cluster', `${path} names "${unknown[0]}", which is not a node of the cluster`),
      );
      continue;
    }
    if (f.kind === 'partition') {
      const seen = new Set<string>();
      for (const n of [...f.groups.flat(), ...(f.bridge ?? [])]) {
        if (seen.has(n))
          errors.push(
            err(
              `${path}.groups`,
              'groups that do not overlap',
              `${path}.groups puts "${n}" in two places: each node is in one group (or a bridge)`,
            ),
          );
        seen.add(n);
      }
      continue;
    }
    if (f.kind === 'drop' || f.kind === 'duplicate' || f.kind === 'delay') {
      const [a, b] = [place.get(f.from) as number, place.get(f.to) as number];
      if (a === b)
        errors.push(
          err(path, 'two different nodes', `${path} links "${f.from}" to itself: a link joins two different nodes`),
        );
      else if (!edges.has(`${Math.min(a, b)}-${Math.max(a, b)}`))
        errors.push(err(path, 'a link of the topology', `${path}: there is no link between "${f.from}" and "${f.to}"`));
      continue;
    }
    if (f.kind === 'heal') continue;
    if (f.kind === 'migrate') {
      migrateErrors(f, op.tick, path, crashedAt, paused, errors);
      continue;
    }
    if (f.kind === 'attack' && f.victim === f.node)
      errors.push(
        err(
          `${path}.victim`,
          'another node',
          `${path}.victim "${f.victim}" is the attacker itself: it attacks another node`,
        ),
      );
    if (f.kind === 'attack' && f.field !== undefined && f.attack !== 'tamper')
      errors.push(err(`${path}.field`, 'a tamper', `${path}.field: only a tamper changes a field, not a ${f.attack}`));
    const crashed = crashedAt.get(f.node);
    if (f.kind === 'restart') {
      if (crashed === undefined)
        errors.push(
          err(
            `${path}.node`,
            'a crashed node',
            `${path}.node "${f.node}" is up at tick ${op.tick}: only a crashed node restarts`,
          ),
        );
      crashedAt.delete(f.node);
      paused.delete(f.node);
      continue;
    }
    if (crashed !== undefined) {
      errors.push(
        err(
          `${path}.node`,
          'a node that is up',
          `${path}.node "${f.node}" crashed at tick ${crashed} and has not restarted: a ${f.kind} needs a node that is up`,
        ),
      );
      continue;
    }
    if (f.kind === 'crash') crashedAt.set(f.node, op.tick);
    else if (f.kind === 'pause') {
      if (paused.has(f.node))
        errors.push(
          err(`${path}.node`, 'a node that runs', `${path}.node "${f.node}" is already paused at tick ${op.tick}`),
        );
      paused.add(f.node);
    } else if (f.kind === 'resume') {
      if (!paused.has(f.node))
        errors.push(err(`${path}.node`, 'a paused node', `${path}.node "${f.node}" is not paused at tick ${op.tick}`));
      paused.delete(f.node);
    }
  }
}

/**
 * A migration goes from a node to another, both up at its tick, the target not paused (the cluster refuses again
 * at run time what only the run can know: the process, its memory on the target, a migration already under way).
 */
function migrateErrors(
  f: Extract<NetFault, { kind: 'migrate' }>,
  tick: number,
  path: string,
  crashedAt: ReadonlyMap<string, number>,
  paused: ReadonlySet<string>,
  errors: FieldError[],
): void {
  if (f.from === f.to) {
    errors.push(
      err(
        `${path}.to`,
        'another node',
        `${path}.to "${f.to}" is the process's own node: a migration goes to another node`,
      ),
    );
    return;
  }
  for (const end of ['from', 'to'] as const) {
    const crashed = crashedAt.get(f[end]);
    if (crashed !== undefined)
      errors.push(
        err(
          `${path}.${end}`,
          'a node that is up',
          `${path}.${end} "${f[end]}" crashed at tick ${crashed} and has not restarted: a migration needs a node that is up`,
        ),
      );
    else if (paused.has(f[end]))
      errors.push(
        err(
          `${path}.${end}`,
          'a node that runs',
          `${path}.${end} "${f[end]}" is paused at tick ${tick}: a migration needs a node that runs`,
        ),
      );
  }
}

/** Messages and network faults in a scenario with no network section: each named where it is. */
function networkNeeded(processes: readonly ProcessSpec[], operations: readonly ScheduledOperation[]): FieldError[] {
  const limit = 'a scenario with a network section';
  const add = 'add a "network" section to the scenario';
  return [
    ...specsWithPaths(processes, operations).flatMap(({ spec, path }) =>
      spec.messages ? [err(`${path}.messages`, limit, `${path}.messages: messages need a network: ${add}`)] : [],
    ),
    ...operations.flatMap((op, i) =>
      op.op === 'net' ? [err(`operations[${i}].op`, limit, `operations[${i}]: net needs a network: ${add}`)] : [],
    ),
  ];
}
