import type { RelocationAnswers } from '../../core/index';
import { BoundsView } from './BoundsView';

/** relocation.py's answer: one segment, the base-and-bounds pair, over the whole address space. */
export function RelocationView({ answer }: { answer: RelocationAnswers }) {
  const problem = { ...answer, segments: [{ base: answer.base, limit: answer.limit, grows: 'up' as const }] };
  return <BoundsView problem={problem} title="Base and bounds" />;
}
