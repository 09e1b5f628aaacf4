import type { RolesEvent } from '../../activities/roles/schema.ts';
import type { StrengthEvent } from '../../activities/strength/schema.ts';
import type { TreeEvent } from '../../activities/tree/schema.ts';
import type { DomainEvent } from '../../domain/events.ts';
import type { WorkshopEvent } from '../../domain/workshop/events.ts';
import { own } from '../../domain/ids.ts';
import { registry } from '../../activities/registry.ts';

/** The events that can make something new, from the workshop and from the activity kinds. */
type MakingEvent = WorkshopEvent | StrengthEvent | TreeEvent | RolesEvent;

type IdReaders = {
  readonly [T in MakingEvent['type']]?: (event: Extract<MakingEvent, { type: T }>) => string;
};

/**
 * Where each making event keeps the id of what it made. Typed against the events' own unions,
 * so renaming a field breaks the build here instead of silently dropping `createdId`.
 */
const ID_OF: IdReaders = {
  activityAdded: (e) => e.activityId,
  blockAdded: (e) => e.block.id,
  dayAdded: (e) => e.dayId,
  partnershipAdded: (e) => e.partnership.id,
  reportNoteAdded: (e) => e.note.id,
  noteAdded: (e) => e.noteId,
  notesMerged: (e) => e.mergedNote.id,
  groupAdded: (e) => e.group.id,
  itemAdded: (e) => e.itemId,
  roleProposed: (e) => e.roleId,
  rolesMerged: (e) => e.roleId,
};

/** Kinds that say themselves what their events make (`ActivityKind.madeId`). */
function madeByKind(event: DomainEvent): string | undefined {
  for (const kind of registry.all()) {
    const id = kind.madeId?.(event);
    if (id !== undefined) return id;
  }
  return undefined;
}

/**
 * Commands that make something else first: a live block (`addBlock` with a kind) brings its
 * activity along before the block itself, but the block is what was asked for.
 */
const MADE_BY_COMMAND: Readonly<Record<string, MakingEvent['type']>> = {
  addBlock: 'blockAdded',
};

function idOf(event: DomainEvent): string | undefined {
  if (!Object.hasOwn(ID_OF, event.type)) return madeByKind(event);
  const read = ID_OF[event.type as MakingEvent['type']] as ((e: DomainEvent) => string) | undefined;
  return read?.(event);
}

function commandType(command: unknown): string | undefined {
  if (typeof command !== 'object' || command === null || !('type' in command)) return undefined;
  return typeof command.type === 'string' ? command.type : undefined;
}

/**
 * The id of what a command made (an activity, a block, a day, a partnership, a note…), read
 * from the events it produced: the first making event, or the one its command names. Undefined
 * when it made nothing.
 */
export function createdIdOf(command: unknown, events: readonly DomainEvent[]): string | undefined {
  const type = commandType(command);
  const wanted = type === undefined ? undefined : own(MADE_BY_COMMAND, type);
  for (const event of events) {
    if (wanted !== undefined && event.type !== wanted) continue;
    const id = idOf(event);
    if (id !== undefined) return id;
  }
  return undefined;
}
