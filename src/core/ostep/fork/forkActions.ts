import { pyRandom, pySeed, type PyRandomState } from '../pyRandom';
import type { ForkOptions } from './forkFlags';

/** One of fork.py's actions as written (`raw`, `a+b` or `b-`): a fork of `child` by `parent`, or an exit. */
export type ForkAction =
  { kind: 'fork'; raw: string; parent: string; child: string } | { kind: 'exit'; raw: string; process: string };

/** fork.py's first process, the root of every tree. */
export const ROOT_NAME = 'a';

/** The most actions we take (-a, or -A's items): fork.py has no limit but time (each exit scans its list). */
export const MAX_ACTIONS = 100_000;

const BASE = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * fork.py's get_name: its n-th new name (n from 0): b … Z, then the two-letter names aa … ZZ, then three letters
 * (each generation is the previous one's names, each followed by every letter; the first skips a, the root).
 */
export function forkName(n: number): string {
  let index = n + 1;
  let length = 1;
  let size = BASE.length;
  while (index >= size) {
    index -= size;
    length++;
    size *= BASE.length;
  }
  let name = '';
  for (let i = 0; i < length; i++) {
    name = (BASE[index % BASE.length] as string) + name;
    index = Math.floor(index / BASE.length);
  }
  return name;
}

/** fork.py's random_choice: `L[int(random() * len(L))]`. */
const choice = <T>(random: PyRandomState, list: readonly T[]): T =>
  list[Math.floor(pyRandom(random) * list.length)] as T;

/**
 * fork.py's random actions: a fork (with probability -f) by a random live process of the next name, else an exit
 * of a random live process; a draw of the root for an exit is drawn again and counts for nothing.
 */
export function randomActions(v: ForkOptions): ForkAction[] {
  const random = pySeed(v.seed);
  const live = [ROOT_NAME];
  const actions: ForkAction[] = [];
  let named = 0;
  while (actions.length < v.actions) {
    if (pyRandom(random) < v.forkPercentage) {
      const parent = choice(random, live);
      const child = forkName(named++);
      actions.push({ kind: 'fork', raw: `${parent}+${child}`, parent, child });
      live.push(child);
    } else {
      const process = choice(random, live);
      if (process === ROOT_NAME) continue;
      live.splice(live.indexOf(process), 1);
      actions.push({ kind: 'exit', raw: `${process}-`, process });
    }
  }
  return actions;
}

/**
 * -A's actions, read as fork.py's check_legal reads them: an item with a `+` splits on it into parent and child,
 * else one with a `-` splits on it and names the process that exits (`b-`; fork.py reads `b-c` as `b-` too);
 * anything else, or more than one `+` or `-`, is refused naming the item. Whether they can happen is checked as
 * they run (forkRun.ts).
 */
export function givenActions(list: string): ForkAction[] | string {
  const items = list.split(',');
  if (items.length > MAX_ACTIONS) return `-A/--action_list: at most ${MAX_ACTIONS} actions (got ${items.length})`;
  const actions: ForkAction[] = [];
  for (const [i, raw] of items.entries()) {
    const sign = raw.includes('+') ? '+' : raw.includes('-') ? '-' : undefined;
    const parts = sign ? raw.split(sign) : [];
    const [a = '', b = ''] = parts;
    if (parts.length !== 2)
      return `-A/--action_list: action ${i + 1}, ${JSON.stringify(raw)}, must be X+Y (X forks Y) or X- (X exits)`;
    actions.push(sign === '+' ? { kind: 'fork', raw, parent: a, child: b } : { kind: 'exit', raw, process: a });
  }
  return actions;
}

/** The actions the flags ask for: -A's, else drawn from the seed; or why they cannot be taken. */
export function forkActions(v: ForkOptions): ForkAction[] | string {
  // fork.py checks -f before anything else, with -A too
  if (v.forkPercentage <= 0.001)
    return `-f/--forks must be above 0.001 (got ${v.forkPercentage}; fork.py: fork_percentage must be > 0.001)`;
  if (v.actionList !== '') return givenActions(v.actionList);
  // fork.py would draw for ever: no draw is below nan, so it only picks exits, and never of the root alone
  if (Number.isNaN(v.forkPercentage)) return '-f/--forks: a fraction of actions above 0.001 (got nan)';
  if (v.actions > MAX_ACTIONS) return `-a/--actions: at most ${MAX_ACTIONS} actions (got ${v.actions})`;
  return randomActions(v);
}
