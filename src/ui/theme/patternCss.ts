import type { CSSProperties } from 'react';
import type { Pattern } from './processLook';

/** The patterns the canvases draw over a colour, as CSS backgrounds in `ink` (for swatches and legends). */
export function patternCss(pattern: Pattern, ink: string): CSSProperties {
  const line = `${ink} 0 1.5px, transparent 1.5px 5px`;
  switch (pattern) {
    case 'solid':
      return {};
    case 'stripes':
      return { backgroundImage: `repeating-linear-gradient(45deg, ${line})` };
    case 'dots':
      return { backgroundImage: `radial-gradient(${ink} 1px, transparent 1.4px)`, backgroundSize: '5px 5px' };
    case 'cross':
      return {
        backgroundImage: `repeating-linear-gradient(45deg, ${line}), repeating-linear-gradient(-45deg, ${line})`,
      };
  }
}
