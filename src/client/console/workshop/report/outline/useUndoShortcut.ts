import { useEffect, useRef } from 'preact/hooks';

/** Where Ctrl+Z belongs to the browser: it undoes typing there, not the report. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl+Z (⌘Z on a Mac) anywhere on the page but in a text field runs `undo`. */
export function useUndoShortcut(undo: (() => void) | null): void {
  const latest = useRef(undo);
  latest.current = undo;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const plainZ = e.key.toLowerCase() === 'z' && !e.shiftKey && !e.altKey;
      if (!plainZ || !(e.ctrlKey || e.metaKey) || inTextField(e.target)) return;
      if (!latest.current) return;
      e.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
