import type { ProcessMetrics } from '../core/index';
import type { ArgKind, ArgValue } from './parse';
import type { CommandResult, ShellHost } from './host';

export interface ArgSpec {
  /** as help and refusals write it: PID, SIZE, TYPE */
  name: string;
  kind: ArgKind;
  optional?: boolean;
  /** which processes Tab offers for a pid (default: those not TERMINATED) */
  offer?: (p: ProcessMetrics) => boolean;
}

/** Parsed arguments by name; an optional argument left out is absent. */
export type Args = Readonly<Record<string, ArgValue | undefined>>;

export interface Command {
  name: string;
  args: readonly ArgSpec[];
  /** one line for `help` */
  help: string;
  /** more lines for `help NAME` */
  detail?: readonly string[];
  /** false for commands that work without a loaded simulation (help, clear, history) */
  needsSim?: boolean;
  run(args: Args, host: ShellHost): CommandResult | Promise<CommandResult>;
  /**
   * The design document's form of the command, when it differs from ours (allocate SIZE TYPE): taken when the
   * line has its number of arguments and not ours, or when ours does not parse and it does.
   */
  design?: { args: readonly ArgSpec[]; run: Command['run'] };
}

const form = (name: string, args: readonly ArgSpec[]): string =>
  [name, ...args.map((a) => (a.optional ? `[${a.name}]` : a.name))].join(' ');

/** "kill PID", "create NAME [TYPE] [BURSTS] [PRIORITY]"; with the design's form after a bar */
export function usage(c: Command): string {
  return c.design ? `${form(c.name, c.args)} | ${form(c.name, c.design.args)}` : form(c.name, c.args);
}

/** The usage of one form of a command. */
export const usageOf = form;

export const num = (a: Args, name: string): number => a[name] as number;
export const str = (a: Args, name: string): string => a[name] as string;
