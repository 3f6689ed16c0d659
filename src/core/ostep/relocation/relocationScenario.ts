import type { Scenario } from '../../scenario/types';
import { shellWord } from '../shellWord';
import type { RelocationOptions } from './relocationFlags';
import { relocationProblem } from './relocationProblem';
import { registerScenario, translatorOf } from './registerScenario';

const SCRIPT = 'vm-mechanism/relocation.py';

const words = (flags: string[]): string => flags.map(shellWord).join(' ');

/**
 * relocation.py's problem as one of our scenarios: the translator's address space is -a bytes, its registers the
 * base and limit (listed in memory.mmu, base-bounds mode), its references the drawn addresses; the scenario's seed
 * is -s, so the command that poses it again is read back from it (relocationFlagsOf).
 */
export function relocationScenario(v: RelocationOptions): Scenario | string {
  const p = relocationProblem(v);
  if (typeof p === 'string') return p;
  return registerScenario({
    script: SCRIPT,
    source: words([
      '-s',
      String(v.seed),
      '-a',
      v.asize,
      '-p',
      v.psize,
      '-n',
      String(v.num),
      '-b',
      String(p.base),
      '-l',
      String(p.limit),
    ]),
    title: 'OSTEP relocation.py: base and bounds',
    seed: v.seed,
    asize: p.asize,
    psize: p.psize,
    addresses: p.addresses,
    mmu: { mode: 'base-bounds', violation: 'signal', processes: [{ pid: 1, base: p.base, bounds: p.limit }] },
  });
}

/**
 * The flags that pose a scenario's problem again. relocation.py draws its addresses from the seed (it takes no list
 * of them), after the limit and the base when those are random: a scenario fits when the seed, with the registers
 * drawn or given (drawn first, as the command that made it most likely had them), draws the very addresses it
 * references.
 */
export function relocationFlagsOf(s: Scenario): string[] | string {
  const mmu = s.memory?.mmu;
  const t = translatorOf(s, 'relocation.py');
  if (typeof t === 'string') return t;
  const regs = mmu?.mode === 'base-bounds' && mmu.processes.length === 1 ? mmu.processes[0] : undefined;
  if (!s.memory || !regs || regs.pid !== 1) return "relocation.py's MMU is base and bounds, with P1's registers given";
  const asize = String(t.process.needs.memoryBytes);
  const psize = String(s.memory.physicalBytes);
  const num = t.addresses.length;
  for (const base of ['-1', String(regs.base)])
    for (const limit of ['-1', String(regs.bounds)]) {
      const p = relocationProblem({ seed: s.seed, asize, psize, num, base, limit, solve: false });
      if (typeof p === 'string' || p.base !== regs.base || p.limit !== regs.bounds) continue;
      if (p.addresses.some((va, i) => va !== t.addresses[i])) continue;
      const flags = ['-s', String(s.seed), '-a', asize, '-p', psize, '-n', String(num)];
      if (base !== '-1') flags.push('-b', base);
      if (limit !== '-1') flags.push('-l', limit);
      return flags;
    }
  return `relocation.py draws its addresses from the seed: seed ${s.seed} does not draw the ones P1 references`;
}
