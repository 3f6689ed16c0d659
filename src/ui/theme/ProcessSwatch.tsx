import type { CSSProperties } from 'react';
import { patternCss } from './patternCss';
import { processLook, textColorOn } from './processLook';

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
