import { z } from 'zod';
import { DEFAULT_LINK, NET_LIMITS } from '../network/config';
import { BALANCE_NAMES, type BalancePolicyName } from '../network/cluster/balance/registry';
import { AFS_LIMITS } from '../network/afs/afsSpec';
import { DEFAULT_METHODS } from '../network/migration/defaults';
import { MIGRATION_LIMITS } from '../network/migration/validate';
import { ATTACK_KINDS, SECURITY_MODES, TAMPER_FIELDS } from '../network/security/types';
import { intIn, listOf, numberIn, once, text, unionError } from './fields';
import { LIMITS } from './types';

/** The network's schemas, made on first use (fields.ts `once`): most scenarios have no network. */
export const networkSchemas = once(() => {
  const name = text(1, LIMITS.maxNameLength);
  const ticks = intIn(1, NET_LIMITS.maxTicks, 'ticks');
  const probability = numberIn(0, 1, '(a probability)');
  const bytes = intIn(1, NET_LIMITS.maxBytes, 'bytes');

  /** A link's latency (Latency in network/config.ts), told apart by `kind`. */
  const latencySchema = z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('constant'), ticks }),
      z.strictObject({ kind: z.literal('uniform'), min: ticks, max: ticks }),
      z.strictObject({ kind: z.literal('exponential'), mean: ticks }),
    ],
    { error: unionError('must be an object with a kind', 'must be one of constant, uniform, exponential') },
  );

  const linkFields = {
    latency: latencySchema,
    bandwidthMbps: numberIn(0, NET_LIMITS.maxMbps, 'Mbit/s (0 = unlimited)'),
    loss: probability,
    duplicate: probability,
    reorder: probability,
  };

  const linkSchema = z
    .strictObject(
      {
        latency: linkFields.latency.default(DEFAULT_LINK.latency),
        bandwidthMbps: linkFields.bandwidthMbps.default(DEFAULT_LINK.bandwidthMbps),
        loss: linkFields.loss.default(DEFAULT_LINK.loss),
        duplicate: linkFields.duplicate.default(DEFAULT_LINK.duplicate),
        reorder: linkFields.reorder.default(DEFAULT_LINK.reorder),
      },
      { error: 'must be an object {latency, bandwidthMbps, loss, duplicate, reorder}' },
    )
    .prefault({});

  const overrideSchema = z.strictObject(
    {
      a: name,
      b: name,
      latency: linkFields.latency.optional(),
      bandwidthMbps: linkFields.bandwidthMbps.optional(),
      loss: linkFields.loss.optional(),
      duplicate: linkFields.duplicate.optional(),
      reorder: linkFields.reorder.optional(),
    },
    { error: 'must be an object {a, b, latency, bandwidthMbps, loss, duplicate, reorder}' },
  );

  const topologySchema = z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('mesh') }),
      z.strictObject({ kind: z.literal('ring') }),
      z.strictObject({ kind: z.literal('star'), hub: name.optional() }),
      z.strictObject({ kind: z.literal('grid'), columns: intIn(1, NET_LIMITS.maxNodes, 'columns') }),
      z.strictObject({ kind: z.literal('line') }),
      z.strictObject({ kind: z.literal('tree'), fanout: intIn(1, NET_LIMITS.maxFanout, 'children') }),
      z.strictObject({ kind: z.literal('random'), p: probability }),
      z.strictObject({
        kind: z.literal('edges'),
        edges: listOf(z.tuple([name, name], { error: 'must be a pair of node ids' }), NET_LIMITS.maxEdges, 'edges'),
      }),
    ],
    {
      error: unionError(
        'must be an object with a kind',
        'must be one of mesh, ring, star, grid, line, tree, random, edges',
      ),
    },
  );

  const M = MIGRATION_LIMITS;

  /**
   * How a migration moves its process (MigrationMethod in network/migration/types.ts). The defaults are the
   * classic ones: Xen's 30 rounds and 50 dirty pages, QEMU's 300 ms (3000 ticks) downtime limit; post-copy pushes
   * on the whole link.
   */
  const migrationMethodSchema = z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('stopAndCopy') }),
      z.strictObject({
        kind: z.literal('preCopy'),
        maxRounds: intIn(1, M.maxRounds, 'rounds').default(DEFAULT_METHODS.preCopy.maxRounds),
        dirtyPagesLimit: intIn(0, M.maxPages, 'pages').default(DEFAULT_METHODS.preCopy.dirtyPagesLimit),
        downtimeLimitTicks: intIn(0, M.maxFullCopyTicks, 'ticks (0 = no downtime test)').default(
          DEFAULT_METHODS.preCopy.downtimeLimitTicks,
        ),
      }),
      z.strictObject({
        kind: z.literal('postCopy'),
        pushShare: numberIn(M.minPushShare, 1, '(the share of the link pushing pages)').default(
          DEFAULT_METHODS.postCopy.pushShare,
        ),
      }),
    ],
    { error: unionError('must be an object with a kind', 'must be one of stopAndCopy, preCopy, postCopy') },
  );

  /** The load balancer (BalanceSpec in network/config.ts). */
  const balanceSchema = z.strictObject(
    {
      policy: z.enum(BALANCE_NAMES as [BalancePolicyName, ...BalancePolicyName[]], {
        error: `must be one of ${BALANCE_NAMES.join(', ')}`,
      }),
      threshold: numberIn(0.1, LIMITS.maxProcesses, 'processes per CPU').default(1),
      interval: intIn(100, NET_LIMITS.maxTicks, 'ticks').default(1000),
      method: migrationMethodSchema.default(() => ({ ...DEFAULT_METHODS.preCopy })),
    },
    { error: 'must be an object {policy, threshold, interval, method}' },
  );

  /** A further node: its workload is parsed by validate.ts as a node of its own (validateNetwork.ts). */
  const networkNodeSchema = z.strictObject(
    {
      id: name,
      cpus: intIn(1, LIMITS.maxCpus).default(1),
      gpus: intIn(0, LIMITS.maxGpus).default(0),
      connections: listOf(name, NET_LIMITS.maxNodes, 'connections').default(() => []),
      processes: listOf(z.unknown(), LIMITS.maxProcesses, 'processes').default(() => []),
      memory: z.unknown().optional(),
      heap: z.unknown().optional(),
      fs: z.unknown().optional(),
    },
    { error: 'must be an object {id, cpus, gpus, connections, processes, memory, heap, fs}' },
  );

  const protocolSchema = z.strictObject(
    {
      heartbeatEvery: ticks.default(100),
      suspectAfter: ticks.default(350),
      rounds: intIn(1, NET_LIMITS.maxRounds, 'rounds').default(20),
      fanout: intIn(1, NET_LIMITS.maxFanout, 'neighbours').default(2),
      pushRounds: intIn(1, NET_LIMITS.maxRounds, 'rounds').default(4),
      validators: listOf(name, NET_LIMITS.maxNodes, 'validators').optional(),
      items: listOf(
        z.strictObject(
          {
            tick: intIn(0, LIMITS.maxTick, '(tick)'),
            node: name,
            kind: z.enum(['transaction', 'block'], { error: 'must be one of transaction, block' }),
            bytes: bytes.default(256),
          },
          { error: 'must be an object {tick, node, kind, bytes}' },
        ),
        NET_LIMITS.maxItems,
        'items',
      ).default(() => []),
    },
    { error: 'must be an object {heartbeatEvery, suspectAfter, rounds, fanout, pushRounds, validators, items}' },
  );

  const afsAction = (kind: 'open' | 'read' | 'write' | 'close') =>
    z.strictObject({ kind: z.literal(kind), tick: intIn(0, LIMITS.maxTick, '(tick)'), file: name });

  /** The AFS protocol (AfsSpec in network/afs/afsSpec.ts). */
  const afsSchema = z.strictObject(
    {
      server: name,
      files: listOf(
        z.strictObject(
          {
            name,
            value: intIn(0, AFS_LIMITS.maxValue, '(its contents)').default(0),
            bytes: bytes.default(4096),
          },
          { error: 'must be an object {name, value, bytes}' },
        ),
        AFS_LIMITS.maxFiles,
        'files',
      ),
      clients: listOf(
        z.strictObject(
          {
            node: name,
            actions: listOf(
              z.discriminatedUnion(
                'kind',
                [afsAction('open'), afsAction('read'), afsAction('write'), afsAction('close')],
                {
                  error: unionError('must be an object with a kind', 'must be one of open, read, write, close'),
                },
              ),
              AFS_LIMITS.maxActions,
              'actions',
            ).default(() => []),
          },
          { error: 'must be an object {node, actions}' },
        ),
        NET_LIMITS.maxNodes - 1,
        'clients',
      ),
      retryAfter: ticks.default(100),
      maxTries: intIn(1, AFS_LIMITS.maxTries, 'tries').default(5),
    },
    { error: 'must be an object {server, files, clients, retryAfter, maxTries}' },
  );

  /** The `network` section (NetworkConfig in network/config.ts). */
  const networkSchema = z.strictObject(
    {
      nodes: listOf(networkNodeSchema, NET_LIMITS.maxNodes - 1, 'further nodes (64 in all with the top-level node)'),
      topology: topologySchema.optional(),
      links: linkSchema,
      overrides: listOf(overrideSchema, NET_LIMITS.maxOverrides, 'overrides').default(() => []),
      protocol: protocolSchema.optional(),
      security: z.enum(SECURITY_MODES, { error: 'must be one of none, signed, encrypted' }).optional(),
      balance: balanceSchema.optional(),
      afs: afsSchema.optional(),
    },
    { error: 'must be an object {nodes, topology, links, overrides, protocol, security, balance, afs}' },
  );

  const target = z.strictObject(
    { node: name, pid: intIn(0, Number.MAX_SAFE_INTEGER, '(a process id)') },
    { error: 'must be an object {node, pid}' },
  );

  /** A process's messaging (MessageIo in network/config.ts). */
  const messageIoSchema = z.strictObject(
    {
      every: intIn(1, 1_000_000, 'ticks').default(1),
      repeat: intIn(1, NET_LIMITS.maxRepeat, 'times').default(1),
      steps: listOf(
        z.discriminatedUnion(
          'kind',
          [
            z.strictObject({ kind: z.literal('send'), to: target, bytes }),
            z.strictObject({ kind: z.literal('receive'), timeout: ticks.optional() }),
            z.strictObject({ kind: z.literal('request'), to: target, bytes, timeout: ticks }),
            z.strictObject({ kind: z.literal('serve'), bytes, timeout: ticks.optional() }),
          ],
          { error: unionError('must be an object with a kind', 'must be one of send, receive, request, serve') },
        ),
        NET_LIMITS.maxSteps,
        'steps',
      ).min(1, { error: 'must list at least one step' }),
    },
    { error: 'must be an object {every, repeat, steps}' },
  );

  const link = { from: name, to: name };
  /** one message on its way over the link, by its number (the cluster numbers messages in sending order from 0) */
  const message = intIn(0, Number.MAX_SAFE_INTEGER, '(a message number)').optional();

  /** A fault or change of the network (NetFault in network/config.ts). */
  const netFaultSchema = z.discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('crash'), node: name }),
      z.strictObject({ kind: z.literal('restart'), node: name }),
      z.strictObject({ kind: z.literal('pause'), node: name }),
      z.strictObject({ kind: z.literal('resume'), node: name }),
      z.strictObject({
        kind: z.literal('partition'),
        groups: listOf(listOf(name, NET_LIMITS.maxNodes, 'nodes'), NET_LIMITS.maxNodes, 'groups').min(2, {
          error: 'must list at least two groups',
        }),
        bridge: listOf(name, NET_LIMITS.maxNodes, 'nodes').optional(),
      }),
      z.strictObject({ kind: z.literal('heal') }),
      z.strictObject({ kind: z.literal('drop'), ...link, message }),
      z.strictObject({ kind: z.literal('duplicate'), ...link, message }),
      z.strictObject({ kind: z.literal('delay'), ...link, ticks, message }),
      z.strictObject({
        kind: z.literal('skew'),
        node: name,
        ticks: intIn(-NET_LIMITS.maxTicks, NET_LIMITS.maxTicks, 'ticks'),
      }),
      z.strictObject({
        kind: z.literal('attack'),
        node: name,
        attack: z.enum(ATTACK_KINDS, { error: 'must be one of tamper, replay, impersonate, forge' }),
        victim: name.optional(),
        field: z.enum(TAMPER_FIELDS, { error: `must be one of ${TAMPER_FIELDS.join(', ')}` }).optional(),
      }),
      z.strictObject({
        kind: z.literal('migrate'),
        process: z.union([intIn(0, Number.MAX_SAFE_INTEGER, '(a process id)'), name], {
          error: 'must be a process id or a process name',
        }),
        from: name,
        to: name,
        method: migrationMethodSchema,
        writes: z
          .strictObject(
            {
              pages: intIn(1, M.maxPages, 'pages'),
              writesPerTick: numberIn(0, M.maxWritesPerTick, 'page writes per tick of CPU work'),
            },
            { error: 'must be an object {pages, writesPerTick}' },
          )
          .optional(),
      }),
    ],
    {
      error: unionError(
        'must be an object with a kind',
        'must be one of crash, restart, pause, resume, partition, heal, drop, duplicate, delay, skew, attack, migrate',
      ),
    },
  );
  return { networkSchema, messageIoSchema, netFaultSchema };
});
