import type { RefObject } from 'react';
import { useBoxSize } from '../stage/useBoxSize';

/**
 * The width of an element in CSS pixels, kept current. Charts get a fixed width from this instead of recharts'
 * ResponsiveContainer, which draws nothing where layout is not measured (jsdom): there, and before the first
 * measurement, `fallback` is used.
 */
export function useMeasuredWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const [ref, size] = useBoxSize<T>({ width: fallback, height: 0 });
  return [ref, size.width];
}
