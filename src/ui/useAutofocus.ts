import { useEffect, useRef } from 'preact/hooks';

/**
 * Puts focus in a form that opens in place (editing, adding), on its first `selector` match,
 * so the person can type at once and a screen reader lands where the change happened.
 * Attach the returned ref to the form. `enabled` false leaves focus where it is; pass an
 * optional prop as `prop ?? false`, since `undefined` would mean the default, true.
 */
export function useAutofocus<T extends HTMLElement = HTMLFormElement>(
  selector = 'input',
  enabled = true,
) {
  const root = useRef<T>(null);
  useEffect(() => {
    if (enabled) root.current?.querySelector<HTMLElement>(selector)?.focus();
  }, []);
  return root;
}
