import { z } from 'zod';
import { defineActivityKind, type AnyActivityKind, type KindRegistry } from '../activity.ts';

/**
 * A minimal activity kind for testing the domain without depending on real kinds: it has a
 * config with a prompt (Dutch and English defaults) and one command that records a line.
 */
export function fakeKind(name: string): AnyActivityKind {
  return defineActivityKind({
    kind: name,
    version: 1,
    configSchema: z.object({ prompt: z.string() }),
    commandSchema: z.discriminatedUnion('type', [
      z.object({ type: z.literal('say'), text: z.string() }),
    ]),
    messages: { nl: { title: `Werkvorm ${name}` }, en: { title: `Activity ${name}` } },
    defaultConfig: (language) => ({
      prompt: language === 'en' ? 'What do you see?' : 'Wat zie je?',
    }),
    initialState: () => ({ lines: [] as string[] }),
    participantCommands: ['say'],
    decide: (command) => [{ type: 'said', text: command.text }],
    evolve: (state, event) => ({ lines: [...state.lines, event.text] }),
    audienceOf: () => 'participants',
    view: (state) => ({ data: state }),
    report: () => [],
  }) as AnyActivityKind;
}

export function registryOf(...kinds: AnyActivityKind[]): KindRegistry {
  const byName = new Map(kinds.map((k) => [k.kind, k]));
  return { get: (k) => byName.get(k), all: () => kinds };
}
