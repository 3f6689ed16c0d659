import type { CSSProperties } from 'react';
import { processLook, textColorOn, type Pattern } from './processLook';

/** The same pattern the Gantt chart draws over a process's colour, as CSS backgrounds. */
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

/** A small square in a process's colour and pattern; decorative (its pid is always written beside it). */
export function ProcessSwatch({ pid }: { pid: number }) {
  const look = processLook(pid);
  const style: CSSProperties = {
    display: 'inline-block',
    width: '0.9em',
    height: '0.9em',
    borderRadius: 2,
    border: '1px solid rgba(0,0,0,0.35)',
    verticalAlign: '-0.1em',
    backgroundColor: look.color,
    ...patternCss(look.pattern, textColorOn(look.color)),
  };
  return <span aria-hidden="true" className="process-swatch" data-pattern={look.pattern} style={style} />;
}
