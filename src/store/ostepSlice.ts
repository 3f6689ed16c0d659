import { shellWord } from '../core/ostep/shellWord';
import type { OstepCommandResult } from '../core/index';
import type { SliceContext } from './deps';
import { commandOfHash, ostepLinkUrl } from './ostepLink';
import { refusedWith, type LoadResult } from './results';

export type OstepSolvedResult = Extract<OstepCommandResult, { ok: true }>;
/** A command answered, or why not (the core's message naming the flag, a bad link, or a later command won). */
export type OstepRunResult = { ok: true; solved: OstepSolvedResult } | { ok: false; error: string };

/** The OSTEP view: a homework command, the core's answer to it (worked out in the worker), and its refusal. */
export interface OstepSlice {
  /** what is in the command box */
  ostepCommand: string;
  /** what is in the command file box: the file a flag of the command names (ffs.py -f, paging-policy.py -f) */
  ostepFile: string;
  /** the last command answered; a refused command leaves it in place, so the previous answer stays visible */
  ostepResult: OstepSolvedResult | null;
  /** the answered command's script reads the command file, so a link to it carries the file */
  ostepReadsFile: boolean;
  /** why the last command was refused (the core's message, naming the flag), or null */
  ostepError: string | null;
  ostepRunning: boolean;
  setOstepCommand(command: string): void;
  setOstepFile(file: string): void;
  /** answers the command (the box's, or this one, which then fills the box), with the command file's text (likewise) */
  runOstep(command?: string, file?: string): Promise<OstepRunResult>;
  /** loads the answered command's scenario (workload scripts only) and goes to Simulate */
  playOstepScenario(): Promise<LoadResult>;
  /** a link that opens the OSTEP view on the answered command; `base` defaults to the page's URL */
  ostepLink(base?: string): string | null;
  /** opens an `#ostep=` link: the OSTEP view with its command answered; a bad link says why */
  openOstepLink(hash: string): Promise<OstepRunResult>;
}

export const DEFAULT_OSTEP_COMMAND = './scheduler.py -p RR -q 2 -l 3,5,1 -c';

export function ostepSlice({ set, get, send }: SliceContext): OstepSlice {
  // Only the latest request's reply is shown: an earlier, slower one must not overwrite it.
  let latest = 0;
  return {
    ostepCommand: DEFAULT_OSTEP_COMMAND,
    ostepFile: '',
    ostepResult: null,
    ostepReadsFile: false,
    ostepError: null,
    ostepRunning: false,
    setOstepCommand: (ostepCommand) => set({ ostepCommand }),
    setOstepFile: (ostepFile) => set({ ostepFile }),
    async runOstep(command, file) {
      const line = command ?? get().ostepCommand;
      const text = file ?? get().ostepFile;
      const mine = ++latest;
      set({ ostepCommand: line, ostepFile: text, ostepRunning: true });
      const reply = await send(
        text === '' ? { type: 'ostep', command: line } : { type: 'ostep', command: line, file: text },
      );
      if (mine !== latest) return { ok: false, error: 'A later command was asked before this one was answered.' };
      if (reply?.type !== 'ostepSolved') {
        const error = reply?.type === 'error' ? reply.message : 'The simulation did not answer.';
        set({ ostepRunning: false, ostepError: error });
        return { ok: false, error };
      }
      const { result } = reply;
      if (!result.ok) {
        set({ ostepRunning: false, ostepError: result.error });
        return result;
      }
      set({ ostepRunning: false, ostepResult: result, ostepReadsFile: reply.readsFile, ostepError: null });
      return { ok: true, solved: result };
    },
    ostepLink(base) {
      const result = get().ostepResult;
      const href = base ?? globalThis.location?.href;
      if (!result || href === undefined) return null;
      const command = [`./${result.script}.py`, ...result.argv.map(shellWord)].join(' ');
      // The command file goes with the command when the command reads one.
      return ostepLinkUrl(href, command, get().ostepReadsFile ? get().ostepFile : '');
    },
    async openOstepLink(hash) {
      get().setView('ostep');
      const link = commandOfHash(hash);
      if (!link.ok) {
        set({ ostepError: link.error });
        return link;
      }
      return get().runOstep(link.command, link.file);
    },
    async playOstepScenario() {
      const scenario = get().ostepResult?.scenario;
      if (!scenario) return refusedWith('The answered command has no scenario to play.');
      const loaded = await get().load(scenario, 'OSTEP command');
      // A malloc.py problem is about its heap: open Simulate's Heap panel for it.
      if (loaded.ok) get().setView('simulate', scenario.heap ? 'heap' : undefined);
      return loaded;
    },
  };
}
