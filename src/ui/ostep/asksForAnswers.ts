import { optparse } from '../../core/ostep/optparse';
import { ostepScriptNamed } from '../../core/ostep/registry';
import type { OstepSolvedResult } from '../../store/ostepSlice';

/** Whether the command asked for the answers (OSTEP's -c, `solve` in every script's flags; disk.py's -G as well). */
export function asksForAnswers(result: OstepSolvedResult): boolean {
  const script = ostepScriptNamed(result.script);
  if (!script) return true;
  const parsed = optparse(result.argv, script.specs, script.defaults);
  return !parsed.ok || parsed.values.solve === true || parsed.values.graphics === true;
}
