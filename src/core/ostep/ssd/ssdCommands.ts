import { pyInt } from '../pyNumber';
import { pyRandom, pySeed } from '../pyRandom';
import type { SsdOptions } from './ssdFlags';

/** One command as ssd.py reads it: its letter decides; any other letter does nothing but still ends a step. */
export type SsdCommand =
  | { op: 'r'; address: number }
  | { op: 'w'; address: number; data: string }
  | { op: 't'; address: number }
  | { op: 'other' };

/** The commands to run (made as they are needed: a million need not be held), or why ssd.py fails to make them. */
export interface SsdCommands {
  count: number;
  items: () => Iterable<SsdCommand | string>;
}

/** ssd.py's hot/cold skew (-K), read even with -L, as ssd.py reads it. */
function parseSkew(skew: string): { hot: number; target: number } | string | undefined {
  if (skew === '') return undefined;
  const parts = skew.split('/');
  if (parts.length !== 2) return '-K/--skew: two numbers, e.g. 80/20 (ssd.py stops: bad skew specification)';
  const [hot, target] = parts.map(pyInt);
  if (hot === undefined || target === undefined)
    return `-K/--skew: ${JSON.stringify(skew)} holds something that is not a whole number (ssd.py's int() fails)`;
  return { hot: hot / 100, target: target / 100 };
}

/** `int(cmd.split(letter)[1])`, Python's way, or why it fails. */
function addressIn(cmd: string, letter: string): number | string {
  const part = cmd.split(letter)[1];
  const n = part === undefined ? undefined : pyInt(part);
  return n ?? `-L/--cmd_list: ${JSON.stringify(cmd)} has no page number after '${letter}' (ssd.py's int() fails)`;
}

/** A -L item, or why ssd.py fails on it. */
export function parseCommand(cmd: string): SsdCommand | string {
  const letter = cmd[0];
  if (letter === 'r' || letter === 't') {
    const address = addressIn(cmd, letter);
    return typeof address === 'string' ? address : { op: letter, address };
  }
  if (letter !== 'w') return { op: 'other' };
  const parts = cmd.split(':');
  const address = addressIn(parts[0] as string, 'w');
  if (typeof address === 'string') return address;
  const data = parts[1];
  if (data === undefined)
    return `-L/--cmd_list: ${JSON.stringify(cmd)} has no ':data' (ssd.py fails with an IndexError)`;
  return { op: 'w', address, data };
}

const PRINTABLE = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Does ssd.py's drawing loop ever add a command? Only by a write, or by a read that may fail (-r). */
function drawsForever(reads: number, writes: number, readFail: number): boolean {
  const writable = reads <= 99 && reads + writes - 1 >= 0;
  return !writable && !(reads > 0 && readFail > 0);
}

/** ssd.py's random workload, drawn exactly as it draws it (from Python's Mersenne Twister seeded with -s). */
function* drawn(v: SsdOptions, p: [number, number, number], skew: { hot: number; target: number } | undefined) {
  const random = pySeed(v.seed);
  const randint = (lo: number, hi: number) => Math.trunc(lo + pyRandom(random) * (hi - lo + 1));
  const max = v.num_logical_pages;
  const [reads, writes] = p;
  const valid: number[] = [];
  /** the same addresses, to ask whether one is there without a scan (ssd.py's `in` on its list) */
  const isValid = new Set<number>();
  let skewStart = v.skew_start;
  let made = 0;
  while (made < v.num_cmds) {
    const which = Math.trunc(pyRandom(random) * 100);
    if (which < reads) {
      let address: number;
      if (randint(0, 99) < v.read_fail) address = randint(0, max - 1);
      else {
        if (valid.length < 2) continue;
        address = valid[randint(0, valid.length - 1)] as number;
      }
      made++;
      yield { op: 'r', address } as const;
    } else if (which < reads + writes) {
      const address =
        skewStart === 0 && skew && pyRandom(random) < skew.hot
          ? randint(0, Math.trunc(skew.target * (max - 1)))
          : randint(0, max - 1);
      if (!isValid.has(address)) {
        valid.push(address);
        isValid.add(address);
      }
      const data = PRINTABLE[randint(0, PRINTABLE.length - 1)] as string;
      if (skewStart > 0) skewStart--;
      made++;
      yield { op: 'w', address, data } as const;
    } else {
      if (valid.length < 1) continue;
      const address = valid[randint(0, valid.length - 1)] as number;
      valid.splice(valid.indexOf(address), 1);
      isValid.delete(address);
      made++;
      yield { op: 't', address } as const;
    }
  }
}

/** The commands of -L, or drawn from the seed; a string where ssd.py stops, fails or loops forever. */
export function ssdCommands(v: SsdOptions): SsdCommands | string {
  const skew = parseSkew(v.skew);
  if (typeof skew === 'string') return skew;
  if (v.cmd_list !== '') {
    const list = v.cmd_list.split(',');
    const end = list.indexOf('');
    const cmds = end < 0 ? list : list.slice(0, end);
    return { count: cmds.length, items: () => cmds.map(parseCommand) };
  }
  const p = v.op_percentages.split('/');
  if (p.length !== 3) return '-P/--op_percentages: three percentages, reads/writes/trims (ssd.py fails an assertion)';
  const [reads, writes, trims] = p.map(pyInt);
  if (reads === undefined || writes === undefined || trims === undefined)
    return `-P/--op_percentages: ${JSON.stringify(v.op_percentages)} holds something that is not a whole number (ssd.py's int() fails)`;
  if (writes <= 0) return '-P/--op_percentages: the writes must be above 0 (ssd.py stops: must have some writes)';
  if (v.num_cmds > 0 && drawsForever(reads, writes, v.read_fail))
    return `-P/--op_percentages: with ${v.op_percentages} ssd.py never draws a write${reads > 0 ? ' and -r/--read_fails is 0, so no read can be drawn either' : ''}: it loops forever`;
  const n = Math.max(0, v.num_cmds);
  return { count: n, items: () => drawn(v, [reads, writes, trims], skew) };
}
