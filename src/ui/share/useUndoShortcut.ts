import { useEffect } from 'react';
import { useAppStore } from '../app/StoreContext';

/** Input types that take typed text, where Ctrl/Cmd+Z belongs to the field's own undo. */
const NOT_TEXT = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color']);

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target.closest('textarea, [contenteditable]:not([contenteditable="false"])') !== null;
}

/** Ctrl+Z (Cmd+Z on a Mac) undoes the last scenario change, unless the focus is in a text field. */
export function useUndoShortcut(): void {
  const store = useAppStore();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z')
        return;
      if (inTextField(e.target)) return;
      const s = store.getState();
      if (s.undoStack.length === 0 || s.status !== 'ready') return;
      e.preventDefault();
      void s.undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
