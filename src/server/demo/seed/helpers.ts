import type { Reference } from '../../../domain/activity.ts';
import type { Side } from '../../../domain/workshop/state.ts';
import type { SeedParticipant, SeedRun } from './script.ts';

/**
 * Small lookups the kinds' seed scripts share. A data file names people by key and earlier
 * work by its words; a mistake there (a typo in a key, a strength reworded in one file only)
 * stops the script with a message that names the file's words, not with a silent gap.
 */

/** The placeholder participant with this key (`utrecht-informeel-1`). */
export function participantOf(run: SeedRun, key: string): SeedParticipant {
  const found = run.participants.find((p) => p.key === key);
  if (!found) throw new Error(`seed: unknown participant key "${key}"`);
  return found;
}

/** Checks that the participant with this key is on `side` (a formal worker writes as formal). */
export function ensureSide(run: SeedRun, key: string, side: Side): void {
  const found = participantOf(run, key);
  if (found.side !== side)
    throw new Error(`seed: "${key}" is ${found.side}, but the data says ${side}`);
}

/** The key of the participant with this id (for people the server placed, e.g. in groups). */
export function keyOf(run: SeedRun, participantId: string): string {
  const found = run.participants.find((p) => p.participantId === participantId);
  if (!found) throw new Error(`seed: no placeholder participant with id ${participantId}`);
  return found.key;
}

/** The partnership of a municipality named in a data file. */
export function partnershipOf(run: SeedRun, municipality: string): string {
  const found = run.partnerships.find((p) => p.municipality === municipality);
  if (!found) throw new Error(`seed: unknown municipality "${municipality}"`);
  return found.id;
}

const plain = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl');

/**
 * What an earlier activity offers (a strength, a role), found by its words: data files name
 * earlier work the way a researcher reads it, and the ids exist only once the seed runs.
 */
export function referenceByText(run: SeedRun, type: string, text: string, side?: Side): Reference {
  const found = run
    .references()
    .find(
      (r) => r.type === type && plain(r.text) === plain(text) && (side ? r.side === side : true),
    );
  if (!found) throw new Error(`seed: no ${type} "${text}"${side ? ` (${side})` : ''} to link to`);
  return found;
}

/**
 * Sends several commands at once, as a room full of phones does. The room decides them in
 * this order, each on the state the earlier ones left, and stores them together (group
 * commit): one write to disk instead of one per command, which keeps the seed's start fast.
 * Resolves to each command's `createdId`; rejects when any is refused.
 */
export function sendAll(
  run: SeedRun,
  commands: readonly (readonly [as: string, command: Record<string, unknown>])[],
): Promise<(string | undefined)[]> {
  return Promise.all(commands.map(([as, command]) => run.send(as, command)));
}
