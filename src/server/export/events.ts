import type { Actor } from '../../domain/actors.ts';
import type { EventEnvelope } from '../../domain/events.ts';

/** One log entry as the JSON export carries it. */
export interface ExportedEvent {
  readonly seq: number;
  readonly at: string;
  readonly activityId: string | null;
  readonly v: number;
  readonly type: string;
  /** Who did it, as a key (`P7`, `F1`, `system`); absent on activity events (see below). */
  readonly actor?: string;
  /** The event's fields, pseudonymised; absent on activity events (see below). */
  readonly event?: Readonly<Record<string, unknown>>;
}

/**
 * The log as research data, made safe to leave the server.
 *
 * Events are plain facts, never meant to leave the server (docs/decisions/0010): they hold
 * names, and who wrote anonymous work (a strength note's `authorId`, a role's `proposerId`, a
 * tree item's author, and on every envelope the `actor`). Which field of an activity's event
 * names a person is known only to that kind, and the contract has no way to ask it, so nothing
 * generic can promise that an anonymous author stays hidden — not today's kinds, let alone
 * tomorrow's. So the safe choice: **activity events keep only what happened and when** (seq,
 * time, activity, version, type), never their fields or actor. What they made is in `records`,
 * made by each kind under its own anonymity rules.
 *
 * Workshop-level events have shapes the core owns, so they keep their fields, with each
 * participant id replaced by its pseudonym key and each name by the pseudonym (unless names
 * were chosen), facilitators as `F1`, `F2`… and the join code left out. An event type this
 * file does not know keeps no fields: new personal data never leaks by default.
 */
export function exportEvents(
  envelopes: readonly EventEnvelope[],
  people: Pseudonyms,
): ExportedEvent[] {
  return envelopes.map((e) => {
    const base = {
      seq: e.seq,
      at: new Date(e.at).toISOString(),
      activityId: e.activityId,
      v: e.v,
      type: e.event.type,
    };
    if (e.activityId !== null) return base;
    const fields = workshopFields(e.event as unknown as Fields, people);
    return {
      ...base,
      actor: actorKey(e.actor, people),
      ...(fields ? { event: fields } : {}),
    };
  });
}

/** How participants and facilitators are named in the export. */
export interface Pseudonyms {
  readonly names: boolean;
  /** `P7` (or the id with names); ids it does not know get a key of their own, `X1`… */
  key(participantId: string): string;
  /** "Deelnemer 7 (…)" or the name. */
  label(participantId: string): string;
  facilitator(accountId: string): string;
}

type Fields = Readonly<Record<string, unknown>> & { readonly type: string };

const KEEP = new Set([
  'workshopUpdated',
  'partnershipAdded',
  'partnershipUpdated',
  'partnershipRemoved',
  'workshopClosed',
  'workshopReopened',
  'workshopLocked',
  'workshopUnlocked',
  'activityAdded',
  'activityConfigured',
  'activityStarted',
  'activityStopped',
  'activityRemoved',
  'dayAdded',
  'dayUpdated',
  'dayRemoved',
  'blockAdded',
  'blockUpdated',
  'blockMoved',
  'blockRemoved',
  'blockStarted',
  'blockEnded',
  'documentAttached',
  'documentDetached',
  'reportNoteEdited',
  'reportNoteRemoved',
  'reportNoteShared',
  'reportPhotoEdited',
  'reportPhotoRemoved',
]);

function workshopFields(event: Fields, people: Pseudonyms): Record<string, unknown> | null {
  const { type: _type, ...rest } = event;
  const record = (value: unknown) => (value ?? {}) as Readonly<Record<string, unknown>>;
  switch (event.type) {
    case 'workshopCreated': {
      const { code: _code, ...kept } = rest;
      return kept;
    }
    case 'facilitatorAdded':
      return {
        ...rest,
        accountId: people.facilitator(String(rest.accountId)),
        name: people.names ? rest.name : people.facilitator(String(rest.accountId)),
      };
    case 'participantJoined': {
      const p = record(rest.participant);
      const id = String(p.id);
      return { participant: { ...p, id: people.key(id), displayName: people.label(id) } };
    }
    case 'participantUpdated': {
      const id = String(rest.participantId);
      return { ...rest, participantId: people.key(id), displayName: people.label(id) };
    }
    case 'participantDetailsChanged':
    case 'participantRemoved':
      return { ...rest, participantId: people.key(String(rest.participantId)) };
    case 'entryRequested': {
      const r = record(rest.request);
      const id = String(r.id);
      return { request: { ...r, id: people.key(id), displayName: people.label(id) } };
    }
    case 'entryAdmitted':
    case 'entryRefused':
      return { requestId: people.key(String(rest.requestId)) };
    case 'facilitatorRoleChanged':
      return { ...rest, accountId: people.facilitator(String(rest.accountId)) };
    // The report's edits and the minutes name their facilitator by account id: keep them as F1….
    case 'reportTextEdited':
    case 'reportItemHidden':
    case 'reportItemShown':
    case 'reportSectionsOrdered':
      return { ...rest, by: rest.by ? people.facilitator(String(rest.by)) : null };
    case 'reportNoteAdded': {
      const note = record(rest.note);
      return {
        note: { ...note, authorAccountId: people.facilitator(String(note.authorAccountId)) },
      };
    }
    case 'reportPhotoAdded': {
      const photo = record(rest.photo);
      return { photo: { ...photo, takenBy: people.facilitator(String(photo.takenBy)) } };
    }
    default:
      return KEEP.has(event.type) ? rest : null;
  }
}

function actorKey(actor: Actor | null, people: Pseudonyms): string {
  if (!actor) return '';
  switch (actor.kind) {
    case 'facilitator':
      return people.facilitator(actor.accountId);
    case 'participant':
      return people.key(actor.participantId);
    case 'system':
      return 'system';
  }
}
