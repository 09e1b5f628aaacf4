import { z } from 'zod';
import { idSchema } from '../../domain/ids.ts';
import { LIMITS, text } from '../../domain/workshop/limits.ts';
import { sideSchema, type Side } from '../../domain/workshop/state.ts';

/** The group of the one pair of lists everyone shares in `workshop` scope. */
export const WORKSHOP_GROUP = 'workshop';

/** 'workshop': one pair of lists for everyone; 'municipality': a pair per partnership. */
export const SCOPES = ['workshop', 'municipality'] as const;
export type Scope = (typeof SCOPES)[number];

const roleName = text(LIMITS.title);
const roleDescription = text(LIMITS.noteText);

const catalogEntrySchema = z.object({
  /** Stable key, so adopting a suggestion names it, not its wording. */
  key: idSchema,
  name: roleName,
  description: roleDescription.nullable(),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

const uniqueKeys = (list: readonly CatalogEntry[]) =>
  new Set(list.map((e) => e.key)).size === list.length;

export const configSchema = z.object({
  scope: z.enum(SCOPES),
  /** When true, peers and the projector never learn who proposed a role; facilitators do. */
  anonymous: z.boolean(),
  /** When true, phones show the catalog as suggestions to adopt with one tap. */
  suggestions: z.boolean(),
  /** The starting catalog (the seed's lists), in the workshop's language. */
  catalog: z.object({
    formal: z.array(catalogEntrySchema).max(60).refine(uniqueKeys, 'duplicate key'),
    informal: z.array(catalogEntrySchema).max(60).refine(uniqueKeys, 'duplicate key'),
  }),
});
export type RolesConfig = z.infer<typeof configSchema>;

/** A strength from "De kracht van de ander", pointed at by reference (never copied). */
export const strengthRefSchema = z.object({ activityId: idSchema, id: idSchema });
export type StrengthRef = z.infer<typeof strengthRefSchema>;
const strengthRefs = z.array(strengthRefSchema).max(20);

export const commandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('proposeRole'),
    side: sideSchema,
    name: roleName,
    description: roleDescription.optional(),
    strengths: strengthRefs.default([]),
    /** Facilitators in municipality scope say whose lists; participants always add to their own. */
    partnershipId: idSchema.optional(),
  }),
  z.object({
    type: z.literal('adoptSuggestion'),
    side: sideSchema,
    key: idSchema,
    partnershipId: idSchema.optional(),
  }),
  z.object({ type: z.literal('withdrawRole'), roleId: idSchema }),
  z.object({ type: z.literal('endorseRole'), roleId: idSchema }),
  z.object({ type: z.literal('withdrawEndorsement'), roleId: idSchema }),
  z.object({ type: z.literal('linkStrengths'), roleId: idSchema, strengths: strengthRefs.min(1) }),
  z.object({ type: z.literal('unlinkStrength'), roleId: idSchema, strength: strengthRefSchema }),
  z.object({
    type: z.literal('renameRole'),
    roleId: idSchema,
    name: roleName,
    description: roleDescription.nullable().optional(),
  }),
  z.object({
    type: z.literal('mergeRoles'),
    roleIds: z.array(idSchema).min(2).max(20),
    name: roleName,
    description: roleDescription.nullable().optional(),
  }),
  z.object({ type: z.literal('moveRole'), roleId: idSchema, toIndex: z.number().int().min(0) }),
  z.object({ type: z.literal('hideRole'), roleId: idSchema }),
  z.object({ type: z.literal('unhideRole'), roleId: idSchema }),
  z.object({ type: z.literal('spotlightRole'), roleId: idSchema.nullable() }),
  z.object({ type: z.literal('shareGroup'), partnershipId: idSchema }),
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('reopen') }),
]);
export type RolesCommand = z.infer<typeof commandSchema>;
/** What a client sends (before defaults are filled in by parsing). */
export type RolesCommandInput = z.input<typeof commandSchema>;

export type Phase = 'open' | 'closed';

/**
 * One role on one list: a `side` (whose role it is) within a `group` (the workshop's lists, or
 * one partnership's). A `placeholder` is what a viewer holds of another municipality's role
 * before it is shared: it counts, but has no name, links or proposer.
 */
export interface Role {
  readonly id: string;
  readonly group: string;
  readonly side: Side;
  readonly name: string;
  readonly description: string | null;
  readonly strengths: readonly StrengthRef[];
  /** Null when proposed by a facilitator, or hidden from this viewer (anonymous, placeholder). */
  readonly proposerId: string | null;
  readonly anonymous: boolean;
  /** The catalog entry it was adopted from, if any. */
  readonly catalogKey: string | null;
  readonly shared: boolean;
  readonly hidden: boolean;
  /** Position on its list, set by the facilitator's ordering; ties fall back to creation. */
  readonly rank: number;
  readonly createdSeq: number;
  readonly endorsements: number;
  /** Who endorsed: everyone for facilitators, only oneself for a participant, nobody otherwise. */
  readonly endorsers: readonly string[];
  /** Set on a role made by merging duplicates: the originals, which stay in the log. */
  readonly mergedFrom: readonly string[];
  readonly mergedInto: string | null;
  readonly placeholder: boolean;
}

export interface RolesState {
  readonly phase: Phase;
  readonly roles: Readonly<Record<string, Role>>;
  /** Partnerships whose lists the facilitator shared with the room (municipality scope). */
  readonly sharedGroups: readonly string[];
  readonly spotlightId: string | null;
}

/** The fields of a role every role event carries so redaction can judge it alone. */
interface Visibility {
  readonly roleId: string;
  readonly group: string;
  readonly shared: boolean;
}

export type RolesEvent =
  | ({
      type: 'roleProposed';
      side: Side;
      name: string;
      description: string | null;
      strengths: StrengthRef[];
      proposerId: string | null;
      anonymous: boolean;
      catalogKey: string | null;
      rank: number;
      placeholder: boolean;
    } & Visibility)
  | { type: 'roleWithdrawn'; roleId: string; group: string }
  | ({ type: 'roleEndorsed'; participantId: string | null } & Visibility)
  | ({ type: 'endorsementWithdrawn'; participantId: string | null } & Visibility)
  | ({ type: 'strengthsLinked'; strengths: StrengthRef[] } & Visibility)
  | ({ type: 'strengthUnlinked'; strength: StrengthRef } & Visibility)
  | ({ type: 'roleRenamed'; name: string; description: string | null } & Visibility)
  | { type: 'rolesMerged'; mergedRole: Role; sourceIds: string[] }
  | { type: 'rolesReordered'; group: string; side: Side; roleIds: string[] }
  | { type: 'roleHidden'; roleId: string; group: string }
  | { type: 'roleUnhidden'; role: Role }
  | { type: 'roleSpotlighted'; roleId: string | null }
  | { type: 'groupShared'; group: string; roles: Role[] }
  | { type: 'closed' }
  | { type: 'reopened' };

/** Roles a viewer should see as items: not merged away, not hidden, in the facilitator's order. */
export function visibleRoles(state: RolesState): Role[] {
  return Object.values(state.roles)
    .filter((r) => !r.hidden && r.mergedInto === null)
    .sort(byRank);
}

export function byRank(a: Role, b: Role): number {
  return a.rank - b.rank || a.createdSeq - b.createdSeq;
}

/** One list: the roles of one side in one group, in order. */
export function listOf(state: RolesState, group: string, side: Side): Role[] {
  return visibleRoles(state).filter((r) => r.group === group && r.side === side);
}

export const sameRef = (a: StrengthRef, b: StrengthRef) =>
  a.activityId === b.activityId && a.id === b.id;

/** Names compared the way people read them: case, spacing and quotes do not make a new role. */
export function normalName(name: string): string {
  return name
    .toLocaleLowerCase('nl')
    .replace(/["'“”‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
