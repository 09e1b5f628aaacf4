import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import type { DomainEvent, EventEnvelope } from '../../domain/events.ts';
import type { WorkshopState } from '../../domain/workshop/state.ts';
import { rolesKind } from './index.ts';
import { migrateEvent } from './migrate.ts';
import { isShared, type Role, type RolesEvent, type RolesState } from './schema.ts';
import { ANNA, BRAM, CHADIA, DEWI, given } from './testkit.ts';

/**
 * A busy morning per municipality: every event type, with withdrawals, a merge, hiding and
 * unhiding around the sharing of both municipalities' lists.
 */
function busyMorning() {
  const g = given({ scope: 'municipality' });
  const { send, propose, utrecht, zaanstad, aboutFormal, aboutInformal } = g;
  const a = propose(ANNA, 'Netwerker');
  const b = propose(BRAM, 'Netwerken');
  const c = propose(CHADIA, 'Tolk', 'informal');
  const d = propose(DEWI, 'Vertrouwenspersoon', 'informal');
  send(DEWI, { type: 'withdrawRole', roleId: propose(DEWI, 'Vergissing', 'informal') });
  send(BRAM, { type: 'endorseRole', roleId: a });
  send(CHADIA, { type: 'endorseRole', roleId: b });
  send(CHADIA, { type: 'withdrawEndorsement', roleId: b });
  send(CHADIA, { type: 'endorseRole', roleId: b });
  send(CHADIA, { type: 'linkStrengths', roleId: c, strengths: [aboutFormal] });
  send(FACILITATOR, { type: 'unlinkStrength', roleId: c, strength: aboutInformal });
  send(FACILITATOR, {
    type: 'renameRole',
    roleId: d,
    name: 'Vertrouwenspersoon',
    description: 'nabij',
  });
  const [merged] = send(FACILITATOR, { type: 'mergeRoles', roleIds: [a, b], name: 'Netwerker' });
  const mergedId = (merged as Extract<RolesEvent, { type: 'rolesMerged' }>).roleId;
  send(FACILITATOR, { type: 'moveRole', roleId: propose(ANNA, 'Fixer'), toIndex: 0 });
  send(FACILITATOR, { type: 'hideRole', roleId: c });
  send(FACILITATOR, { type: 'shareGroup', partnershipId: utrecht });
  send(FACILITATOR, { type: 'unhideRole', roleId: c });
  send(FACILITATOR, { type: 'spotlightRole', roleId: mergedId });
  send(DEWI, { type: 'endorseRole', roleId: mergedId });
  send(FACILITATOR, { type: 'hideRole', roleId: d });
  send(FACILITATOR, { type: 'close' });
  send(FACILITATOR, { type: 'shareGroup', partnershipId: zaanstad });
  send(FACILITATOR, { type: 'unhideRole', roleId: d });
  send(FACILITATOR, { type: 'reopen' });
  send(FACILITATOR, { type: 'spotlightRole', roleId: null });
  return g;
}

const roleIn = (state: RolesState, id: string): Role => state.roles[id]!;

/** A stored event of any shape (version 1 had fields today's types no longer know). */
const storedEvent = (event: { type: string } & Record<string, unknown>): DomainEvent => event;

/**
 * The event as version 1's `decide` wrote it, from the state it decided on (`before`) and the
 * state after it (for a merge, whose whole new role version 1 carried).
 */
function asVersion1(event: RolesEvent, before: RolesState, after: RolesState): DomainEvent {
  const visibility = (id: string) => {
    const { group, shared } = roleIn(before, id);
    return { group, shared };
  };
  switch (event.type) {
    case 'roleProposed':
      return storedEvent({ ...event, shared: isShared(before, event.group), placeholder: false });
    case 'roleWithdrawn':
    case 'roleHidden':
      return storedEvent({ ...event, group: roleIn(before, event.roleId).group });
    case 'roleEndorsed':
    case 'endorsementWithdrawn':
    case 'strengthsLinked':
    case 'strengthUnlinked':
    case 'roleRenamed':
      return storedEvent({ ...event, ...visibility(event.roleId) });
    case 'rolesMerged':
      return storedEvent({
        type: 'rolesMerged',
        mergedRole: { ...roleIn(after, event.roleId), createdSeq: 0, placeholder: false },
        sourceIds: event.sourceIds,
      });
    case 'roleUnhidden':
      return storedEvent({
        type: 'roleUnhidden',
        role: { ...roleIn(after, event.roleId), placeholder: false },
      });
    case 'groupShared':
      return storedEvent({
        type: 'groupShared',
        group: event.group,
        roles: Object.values(after.roles)
          .filter((r) => r.group === event.group)
          .map((r) => ({ ...r, placeholder: false })),
      });
    default:
      return event;
  }
}

describe('roles: events of version 1', () => {
  it('given a stored version 1 log, when it is replayed, then the state is what version 2 makes', () => {
    const { h, activityId } = busyMorning();
    const stateOf = (w: WorkshopState) => w.activities[activityId]!.state as RolesState;
    let previous = h.engine.replay([]);
    const stored: EventEnvelope[] = [];
    for (const envelope of h.log) {
      const next = h.engine.evolve(previous, envelope);
      stored.push(
        envelope.activityId === activityId
          ? {
              ...envelope,
              v: 1,
              event: asVersion1(envelope.event as RolesEvent, stateOf(previous), stateOf(next)),
            }
          : envelope,
      );
      previous = next;
    }
    const types = new Set(
      stored.filter((e) => e.activityId === activityId).map((e) => e.event.type),
    );
    expect(types.size).toBe(15); // every event type of the kind
    expect(JSON.stringify(stored)).toContain('"placeholder":false');
    expect(h.engine.replay(stored)).toEqual(h.state);
    expect(rolesKind.version).toBe(2);
  });

  it('drops the copies made for redaction, and keeps today’s events as they are', () => {
    const role = { id: 'r9', name: 'Netwerker', description: null, placeholder: false };
    expect(
      migrateEvent(
        storedEvent({ type: 'rolesMerged', mergedRole: role, sourceIds: ['r1', 'r2'] }),
        1,
      ),
    ).toEqual({
      type: 'rolesMerged',
      roleId: 'r9',
      sourceIds: ['r1', 'r2'],
      name: 'Netwerker',
      description: null,
    });
    expect(migrateEvent(storedEvent({ type: 'roleUnhidden', role }), 1)).toEqual({
      type: 'roleUnhidden',
      roleId: 'r9',
    });
    expect(
      migrateEvent(storedEvent({ type: 'groupShared', group: 'p1', roles: [role] }), 1),
    ).toEqual({
      type: 'groupShared',
      group: 'p1',
    });
    const endorsed = storedEvent({
      type: 'roleEndorsed',
      roleId: 'r9',
      group: 'p1',
      shared: false,
      participantId: 'anna',
    });
    expect(migrateEvent(endorsed, 1)).toEqual({
      type: 'roleEndorsed',
      roleId: 'r9',
      participantId: 'anna',
    });
    const today = { type: 'roleHidden', roleId: 'r9' };
    expect(migrateEvent(today, 2)).toBe(today);
  });
});
