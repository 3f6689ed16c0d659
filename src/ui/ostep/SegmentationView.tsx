import type { SegmentationAnswers } from '../../core/index';
import { BoundsView } from './BoundsView';

/** segmentation.py's answer: segment 0 growing up from the bottom of the space, segment 1 down from its top. */
export function SegmentationView({ answer }: { answer: SegmentationAnswers }) {
  return <BoundsView problem={answer} title="Segments" />;
}
