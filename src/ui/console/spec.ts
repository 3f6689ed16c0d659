import type { ProcessMetrics } from '../../core/index';
import type { ArgKind, ArgValue } from './parse';
import type { CommandResult, ConsoleHost } from './host';

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
  run(args: Args, host: ConsoleHost): CommandResult | Promise<CommandResult>;
}

/** "kill PID", "create NAME [TYPE] [BURSTS] [PRIORITY]" */
export function usage(c: Command): string {
  return [c.name, ...c.args.map((a) => (a.optional ? `[${a.name}]` : a.name))].join(' ');
}

export const num = (a: Args, name: string): number => a[name] as number;
export const str = (a: Args, name: string): string => a[name] as string;
