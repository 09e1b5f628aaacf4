/**
 * The console's keyboard shortcuts: a closed list of actions, each on one key. A closed union
 * (not free strings) so the help overlay, the catalogue and every kind that offers an action
 * are checked by the compiler when an action is added.
 *
 * Keys are plain letters, the same in every language (the help overlay names them), and never
 * Space or the arrows: those already move focus, press buttons and drag in lists. The square
 * brackets page the projector (the remote: "[" back, "]" on).
 */
export const SHORTCUT_ACTIONS = [
  'nextItem',
  'nextPhase',
  'share',
  'spotlightNext',
  'pauseResume',
  'previousPage',
  'nextPage',
] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

export const SHORTCUT_KEYS: Readonly<Record<ShortcutAction, string>> = {
  nextItem: 'n',
  nextPhase: 'f',
  share: 'd',
  spotlightNext: 's',
  pauseResume: 'p',
  previousPage: '[',
  nextPage: ']',
};

/** The key that opens the list of shortcuts. */
export const HELP_KEY = '?';

/** What a pressed key means here; null when it is no shortcut (or the person is typing). */
export type KeyMeaning =
  { type: 'action'; action: ShortcutAction } | { type: 'help' } | { type: 'undo' };

/** The parts of a keyboard event (and its target) that decide whether it is a shortcut. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly repeat: boolean;
  readonly defaultPrevented: boolean;
  /** The tag and type of the focused element, and whether it (or a parent) is editable. */
  readonly target: { tagName: string; type?: string; editable: boolean; inDialog: boolean };
}

/** Inputs that take typed text; a checkbox or a button is no place one types. */
const TYPELESS_INPUTS = new Set([
  'button',
  'checkbox',
  'radio',
  'submit',
  'reset',
  'file',
  'color',
  'image',
]);

/** Whether the focused element takes typed text: then every letter is the person's own. */
export function isTypingTarget(target: KeyPress['target']): boolean {
  if (target.editable) return true;
  const tag = target.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  return tag === 'input' && !TYPELESS_INPUTS.has((target.type ?? 'text').toLowerCase());
}

/**
 * Reads a key press. Shortcuts never fire while typing in a field, inside an open dialog
 * (its own keys apply), on a held key (a held "n" must not start five items) or with Alt,
 * Ctrl or Cmd (browser and screen reader keys) — except Ctrl/Cmd+Z, the usual undo.
 */
export function meaningOf(press: KeyPress): KeyMeaning | null {
  if (press.defaultPrevented || press.repeat) return null;
  if (isTypingTarget(press.target) || press.target.inDialog) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if ((press.ctrlKey || press.metaKey) && !press.altKey && key === 'z') return { type: 'undo' };
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === HELP_KEY) return { type: 'help' };
  const action = (Object.keys(SHORTCUT_KEYS) as ShortcutAction[]).find(
    (a) => SHORTCUT_KEYS[a] === key,
  );
  return action ? { type: 'action', action } : null;
}
