import { OSTEP_SCRIPTS } from '../core/ostep/script';
import { fail, out } from './host';
import { str, type Command } from './spec';

/** Lines of OSTEP's text the console prints; the OSTEP view shows the rest. */
export const MAX_OSTEP_LINES = 1000;
const WORDS = 'SCRIPT [FLAGS…]';

const ostep: Command = {
  name: 'ostep',
  args: [{ name: WORDS, kind: 'words' }],
  help: "an OSTEP homework script's problem (and with -c its answers), as the script prints them",
  detail: [
    `SCRIPT is one of ${OSTEP_SCRIPTS.join(', ')}`,
    '(with or without .py), followed by the script’s own flags: ostep mlfq.py -n 2 -l 0,20,0:5,10,2 -c',
    'The OSTEP view shows the same answer with its pictures (the heap, the per-tick table).',
  ],
  run: async (a, host) => {
    const r = await host.ostep(str(a, WORDS));
    if (!r.ok) return fail(`ostep: ${r.error}`);
    const lines = r.text.replace(/\n$/, '').split('\n');
    if (lines.length <= MAX_OSTEP_LINES) return out(...lines);
    return out(
      ...lines.slice(0, MAX_OSTEP_LINES),
      `… ${lines.length - MAX_OSTEP_LINES} more lines: the OSTEP view has them all`,
    );
  },
};

export const OSTEP_COMMANDS: readonly Command[] = [ostep];
