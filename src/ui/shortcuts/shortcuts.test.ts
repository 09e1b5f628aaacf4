import { describe, expect, it } from 'vitest';
import { meaningOf, type KeyPress } from './actions.ts';
import { ShortcutRegistry } from './registry.ts';

const press = (
  key: string,
  over: Partial<KeyPress> = {},
  target: Partial<KeyPress['target']> = {},
): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  repeat: false,
  defaultPrevented: false,
  ...over,
  target: { tagName: 'BUTTON', editable: false, inDialog: false, ...target },
});

describe('console shortcuts', () => {
  it('reads letters as actions, "?" as help and Ctrl/Cmd+Z as undo', () => {
    expect(meaningOf(press('n'))).toEqual({ type: 'action', action: 'nextItem' });
    expect(meaningOf(press('F'))).toEqual({ type: 'action', action: 'nextPhase' });
    expect(meaningOf(press('?'))).toEqual({ type: 'help' });
    expect(meaningOf(press('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(meaningOf(press('z', { metaKey: true }))).toEqual({ type: 'undo' });
    expect(meaningOf(press('x'))).toBeNull();
  });

  it('pages the projector with [ and ]', () => {
    expect(meaningOf(press('['))).toEqual({ type: 'action', action: 'previousPage' });
    expect(meaningOf(press(']'))).toEqual({ type: 'action', action: 'nextPage' });
    expect(meaningOf(press(']', {}, { tagName: 'TEXTAREA' }))).toBeNull();
  });

  it('never fires while typing, in a dialog, on a held key or with a modifier', () => {
    expect(meaningOf(press('n', {}, { tagName: 'INPUT', type: 'text' }))).toBeNull();
    expect(meaningOf(press('n', {}, { tagName: 'INPUT' }))).toBeNull();
    expect(meaningOf(press('n', {}, { tagName: 'TEXTAREA' }))).toBeNull();
    expect(meaningOf(press('n', {}, { tagName: 'SELECT' }))).toBeNull();
    expect(meaningOf(press('n', {}, { tagName: 'DIV', editable: true }))).toBeNull();
    expect(meaningOf(press('z', { ctrlKey: true }, { tagName: 'TEXTAREA' }))).toBeNull();
    expect(meaningOf(press('n', {}, { inDialog: true }))).toBeNull();
    expect(meaningOf(press('n', { repeat: true }))).toBeNull();
    expect(meaningOf(press('n', { altKey: true }))).toBeNull();
    expect(meaningOf(press('n', { ctrlKey: true }))).toBeNull();
    expect(meaningOf(press('n', { defaultPrevented: true }))).toBeNull();
    // A checkbox or radio is no field one types in.
    expect(meaningOf(press('p', {}, { tagName: 'INPUT', type: 'checkbox' }))).toEqual({
      type: 'action',
      action: 'pauseResume',
    });
  });

  it('lets the latest offer win and brings the one before back when it is withdrawn', () => {
    const registry = new ShortcutRegistry();
    let changes = 0;
    registry.subscribe(() => changes++);
    const first = registry.offer('nextPhase', { label: 'A', run: () => 'a' });
    const second = registry.offer('nextPhase', { label: 'B', run: () => 'b' });
    expect(registry.current('nextPhase')?.label).toBe('B');
    second();
    expect(registry.current('nextPhase')?.label).toBe('A');
    first();
    expect(registry.current('nextPhase')).toBeNull();
    expect(changes).toBe(4);
  });
});
