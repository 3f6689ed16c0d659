import { patternCss } from '../theme/patternCss';
import { textColorOn, type Pattern } from '../theme/processLook';
import './swatch.css';

/** A small square in a colour and pattern; decorative, since its meaning is always written beside it. */
export function Swatch({ color, pattern }: { color: string; pattern: Pattern }) {
  return (
    <span
      aria-hidden="true"
      className="memory-swatch"
      data-pattern={pattern}
      style={{ backgroundColor: color, ...patternCss(pattern, textColorOn(color)) }}
    />
  );
}
