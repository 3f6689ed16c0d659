import { flagTable, type OptionsOf } from '../flags';

export const PRINT_STYLES = ['basic', 'line1', 'line2', 'fancy'] as const;
export type PrintStyle = (typeof PRINT_STYLES)[number];

/** OSTEP cpu-api/fork.py's options (same names, defaults and types; -P's styles are checked as choices). */
export const FORK_FLAGS = flagTable([
  {
    short: '-s',
    long: '--seed',
    dest: 'seed',
    type: 'int',
    default: -1,
    help: 'the random seed (-1: OSTEP draws unseeded, a new problem each\nrun; here it draws as Python seeded with -1 does, one problem)',
  },
  {
    short: '-f',
    long: '--forks',
    dest: 'forkPercentage',
    type: 'float',
    default: 0.7,
    help: 'percent of actions that are forks (not exits)',
    metavar: 'FORK_PERCENTAGE',
  },
  {
    short: '-A',
    long: '--action_list',
    dest: 'actionList',
    type: 'string',
    default: '',
    help: 'action list, instead of randomly generated ones (format:\na+b,b+c,b- means a fork b, b fork c, b exit)',
    metavar: 'ACTION_LIST',
  },
  { short: '-a', long: '--actions', dest: 'actions', type: 'int', default: 5, help: 'number of forks/exits to do' },
  { short: '-t', long: '--show_tree', dest: 'showTree', type: 'bool', help: 'show tree (not actions)' },
  {
    short: '-P',
    long: '--print_style',
    dest: 'printStyle',
    type: 'choice',
    choices: PRINT_STYLES,
    default: 'fancy',
    help: 'tree print style (basic, line1, line2, fancy)',
    metavar: 'PRINT_STYLE',
  },
  { short: '-F', long: '--final_only', dest: 'justFinal', type: 'bool', help: 'just show final state' },
  { short: '-L', long: '--leaf_only', dest: 'leafOnly', type: 'bool', help: 'only leaf processes exit' },
  { short: '-R', long: '--local_reparent', dest: 'localReparent', type: 'bool', help: 'reparent to local parent' },
  { short: '-c', long: '--compute', dest: 'solve', type: 'bool', help: 'compute answers for me' },
]);
export type ForkOptions = OptionsOf<typeof FORK_FLAGS>;
