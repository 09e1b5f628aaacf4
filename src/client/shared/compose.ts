import type { Engine } from '../../domain/engine.ts';
import type { PatchOperation, ViewMessage, You } from '../../domain/protocol.ts';
import { own } from '../../domain/ids.ts';
import { parseViewKey, type ViewPayload } from '../../domain/views/audience.ts';
import type { WorkshopView } from '../../domain/views/workshopView.ts';
import type { ActivityInstance, Participant } from '../../domain/workshop/state.ts';
import { applyPatches, enablePatches, type Patch } from 'immer';

enablePatches();

/** A view as this browser holds it. */
export interface HeldView extends ViewPayload {
  readonly version: number;
}

export function held(message: ViewMessage): HeldView {
  return { version: message.version, data: message.data, people: message.people };
}

/**
 * Applies a JSON Patch with structural sharing (Immer): what did not change keeps its
 * identity, so screens that memoise on it do not redraw.
 */
export function applyPatch(view: HeldView, ops: readonly PatchOperation[], to: number): HeldView {
  const patches: Patch[] = ops.map((op) => ({
    op: op.op as Patch['op'],
    path: pointerToPath(op.path),
    ...('value' in op ? { value: op.value } : {}),
  }));
  const next = applyPatches({ data: view.data, people: view.people }, patches);
  return { version: to, data: next.data, people: next.people };
}

/** "/notes/a~1b" → ["notes", "a/b"] (RFC 6901). */
function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * The workshop as the screens know it, composed from the views this connection holds: the
 * workshop view, each activity's view with this person's overlay folded in, this person's own
 * record, and the cards of the people the views name.
 */
export function composeWorkshop(
  engine: Engine,
  views: ReadonlyMap<string, HeldView>,
  you: You | null,
): WorkshopView | null {
  let base: WorkshopView | null = null;
  for (const [key, view] of views) {
    if (parseViewKey(key)?.scope === 'workshop') base = view.data as WorkshopView;
  }
  if (!base) return null;
  // Cards and my own record go beside the workshop's roster; the facilitators' roster of
  // thousands is copied only when there is something to add (on a phone it is empty).
  const added: Record<string, Participant> = {};
  const activities: Record<string, ActivityInstance> = { ...base.activities };
  const me = you?.role === 'participant' ? you.participantId : null;
  for (const [key, view] of views) {
    for (const card of Object.values(view.people)) {
      if (!own(base.participants, card.id) && !own(added, card.id))
        added[card.id] = { ...card, language: null, joinedAt: 0, removed: false };
    }
    const ref = parseViewKey(key);
    if (ref?.scope === 'me' && view.data) added[ref.participantId] = view.data as Participant;
    if (ref?.scope !== 'activity') continue;
    const activity = own(activities, ref.activityId);
    if (!activity) continue;
    const overlay = me ? views.get(`o/${ref.activityId}/${me}`)?.data : undefined;
    activities[ref.activityId] = {
      ...activity,
      state: me ? engine.personalize(activity.kind, view.data, overlay ?? null, me) : view.data,
    };
  }
  const participants =
    Object.keys(added).length === 0 ? base.participants : { ...base.participants, ...added };
  return { ...base, participants, activities };
}
