import { z } from 'zod';
import type { Actor } from '../actors.ts';
import { ensure } from '../errors.ts';
import { idSchema, own } from '../ids.ts';
import type { WorkshopEvent } from './events.ts';
import type { FacilitatorMembership, WorkshopState } from './state.ts';

export type FacilitatorRole = FacilitatorMembership['role'];

/** The lead makes a colleague co-facilitator or note-taker; the lead's own role stays. */
export const setFacilitatorRoleSchema = z.object({
  type: z.literal('setFacilitatorRole'),
  accountId: idSchema,
  role: z.enum(['co', 'notetaker']),
});

/**
 * What a note-taker may send at workshop level: the minutes, the photos and the report they
 * become (words, hidden items, section order, undo), nothing that steers the day. The seed's
 * report was written by its note-takers, so the report is theirs too. Sharing a note on the
 * projector steers what the room sees, so it is not here.
 * `addReportPhoto` is the upload route's system command; it is listed so a note-taker's upload
 * is treated like their other photo work.
 */
export const NOTE_TAKER_COMMANDS: ReadonlySet<string> = new Set([
  'addReportNote',
  'editReportNote',
  'removeReportNote',
  'addReportPhoto',
  'editReportPhoto',
  'removeReportPhoto',
  'editReportText',
  'hideReportItem',
  'showReportItem',
  'orderReportSections',
  'undoReportEdit',
]);

/** The role of a facilitator actor in this workshop; undefined for anyone else. */
export function roleOf(state: WorkshopState, actor: Actor): FacilitatorRole | undefined {
  return actor.kind === 'facilitator' ? own(state.facilitators, actor.accountId)?.role : undefined;
}

/** Lead and co-facilitators steer the workshop; a note-taker only writes the minutes. */
export function maySteer(state: WorkshopState, accountId: string): boolean {
  const role = own(state.facilitators, accountId)?.role;
  return role !== undefined && role !== 'notetaker';
}

/** A note-taker's workshop-level command, refused unless it is minutes or photo work. */
export function ensureNoteTakerMay(state: WorkshopState, accountId: string, raw: unknown): void {
  if (maySteer(state, accountId)) return;
  const type = (raw as { type?: unknown } | null)?.type;
  ensure(typeof type === 'string' && NOTE_TAKER_COMMANDS.has(type), 'WP_ERR_FORBIDDEN');
}

export function decideFacilitatorRole(
  command: z.output<typeof setFacilitatorRoleSchema>,
  state: WorkshopState,
  actor: Actor,
): WorkshopEvent[] {
  ensure(actor.kind !== 'facilitator' || maySteer(state, actor.accountId), 'WP_ERR_FORBIDDEN');
  const target = own(state.facilitators, command.accountId);
  ensure(target, 'WP_ERR_NOT_FOUND', { field: 'accountId' });
  ensure(target.role !== 'lead', 'WP_ERR_FORBIDDEN');
  if (target.role === command.role) return [];
  return [{ type: 'facilitatorRoleChanged', accountId: target.accountId, role: command.role }];
}
