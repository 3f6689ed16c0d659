import { useCallback } from 'react';
import type { Naming } from '../../store/namingSlice';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';

const selectNaming = (s: AppState) => s.naming;

/** A process as every view names it: "P3 llm-infer", or plain "P3" in textbook naming. */
export function processLabel(p: { pid: number; name?: string }, naming: Naming): string {
  return naming === 'textbook' || !p.name ? `P${p.pid}` : `P${p.pid} ${p.name}`;
}

/** True when the textbook naming is on: views then leave out process types (and pools). */
export function useTextbook(): boolean {
  return useApp(selectNaming) === 'textbook';
}

/** `processLabel` under the current naming; the same function until the naming changes (a memo may depend on it). */
export function useProcessLabel(): (p: { pid: number; name?: string }) => string {
  const naming = useApp(selectNaming);
  return useCallback((p) => processLabel(p, naming), [naming]);
}
