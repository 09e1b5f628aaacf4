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
 * one partnership's). The state holds the truth; what each audience may read of it is decided
 * in `view.ts` alone.
 */
export interface Role {
  readonly id: string;
  readonly group: string;
  readonly side: Side;
  readonly name: string;
  readonly description: string | null;
  readonly strengths: readonly StrengthRef[];
  /** Null when proposed by a facilitator (and in views, when anonymous to the audience). */
  readonly proposerId: string | null;
  readonly anonymous: boolean;
  /** The catalog entry it was adopted from, if any. */
  readonly catalogKey: string | null;
  /** Whether the whole room may read it: the workshop's lists, or a shared municipality's. */
  readonly shared: boolean;
  readonly hidden: boolean;
  /** Position on its list, set by the facilitator's ordering; ties fall back to creation. */
  readonly rank: number;
  readonly createdSeq: number;
  /** How many endorse it (always `endorsers.length` in the state; views keep the count). */
  readonly endorsements: number;
  /** Who endorsed: everyone in the state and for facilitators; in a phone, only oneself. */
  readonly endorsers: readonly string[];
  /** Set on a role made by merging duplicates: the originals, which stay in the log. */
  readonly mergedFrom: readonly string[];
  readonly mergedInto: string | null;
}

export interface RolesState {
  readonly phase: Phase;
  readonly roles: Readonly<Record<string, Role>>;
  /** Partnerships whose lists the facilitator shared with the room (municipality scope). */
  readonly sharedGroups: readonly string[];
  readonly spotlightId: string | null;
}

/**
 * What happened, plainly (version 2). Version 1 events also carried copies of the role's
 * visibility (`group`, `shared`, `placeholder`) and whole roles in reveals, so each could be
 * redacted alone; `migrate.ts` brings them to these shapes.
 */
export type RolesEvent =
  | {
      type: 'roleProposed';
      roleId: string;
      group: string;
      side: Side;
      name: string;
      description: string | null;
      strengths: StrengthRef[];
      proposerId: string | null;
      anonymous: boolean;
      catalogKey: string | null;
      rank: number;
    }
  | { type: 'roleWithdrawn'; roleId: string }
  | { type: 'roleEndorsed'; roleId: string; participantId: string }
  | { type: 'endorsementWithdrawn'; roleId: string; participantId: string }
  | { type: 'strengthsLinked'; roleId: string; strengths: StrengthRef[] }
  | { type: 'strengthUnlinked'; roleId: string; strength: StrengthRef }
  | { type: 'roleRenamed'; roleId: string; name: string; description: string | null }
  /** A new role `roleId` made of `sourceIds` (links and endorsers joined; see `evolve`). */
  | {
      type: 'rolesMerged';
      roleId: string;
      sourceIds: string[];
      name: string;
      description: string | null;
    }
  | { type: 'rolesReordered'; group: string; side: Side; roleIds: string[] }
  | { type: 'roleHidden'; roleId: string }
  | { type: 'roleUnhidden'; roleId: string }
  | { type: 'roleSpotlighted'; roleId: string | null }
  | { type: 'groupShared'; group: string }
  | { type: 'closed' }
  | { type: 'reopened' };

/** New roles of a shared group are shared at once; the workshop's lists always are. */
export function isShared(state: Pick<RolesState, 'sharedGroups'>, group: string): boolean {
  return group === WORKSHOP_GROUP || state.sharedGroups.includes(group);
}

/** Roles a viewer should see as items: not merged away, not hidden, in the facilitator's order. */
export function visibleRoles(state: Pick<RolesState, 'roles'>): Role[] {
  return Object.values(state.roles)
    .filter((r) => !r.hidden && r.mergedInto === null)
    .sort(byRank);
}

export function byRank(a: Role, b: Role): number {
  return a.rank - b.rank || a.createdSeq - b.createdSeq;
}

/** One list: the roles of one side in one group, in order. */
export function listOf(state: Pick<RolesState, 'roles'>, group: string, side: Side): Role[] {
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
