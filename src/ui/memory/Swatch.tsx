import type { CSSProperties } from 'react';
import { textColorOn, type Pattern } from '../theme/processLook';

/** The patterns the canvases draw, as CSS backgrounds (the same recipe as theme/ProcessSwatch). */
function patternCss(pattern: Pattern, ink: string): CSSProperties {
  const line = `${ink} 0 1.5px, transparent 1.5px 5px`;
  switch (pattern) {
    case 'solid':
      return {};
    case 'stripes':
      return { backgroundImage: `repeating-linear-gradient(45deg, ${line})` };
    case 'dots':
      return { backgroundImage: `radial-gradient(${ink} 1px, transparent 1.4px)`, backgroundSize: '5px 5px' };
    case 'cross':
      return { backgroundImage: `repeating-linear-gradient(45deg, ${line}), repeating-linear-gradient(-45deg, ${line})` };
  }
}

/** A small square in a colour and pattern; decorative, since its meaning is always written beside it. */
export function Swatch({ color, pattern }: { color: string; pattern: Pattern }) {
  return <span aria-hidden="true" className="memory-swatch" data-pattern={pattern} style={{ backgroundColor: color, ...patternCss(pattern, textColorOn(color)) }} />;
}
