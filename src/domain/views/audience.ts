/**
 * Audiences and view keys: the vocabulary of "views per audience" (decision 0010).
 *
 * An audience is everyone who may see exactly the same thing: all facilitators, all
 * projectors, everyone in the room, one side, one group, one partnership. The server computes
 * each audience's view once and sends it once (a Socket.IO room per view), so the cost of a
 * change grows with the number of audiences, not with the number of people.
 */
export type Audience = string;

export const FACILITATOR = 'facilitator';
export const PROJECTOR = 'projector';
export const OBSERVER = 'observer';
/** Every participant alike (a kind with no private work). */
export const PARTICIPANTS = 'participants';

/** Audiences that are not participants: they see each batch at once, never batched. */
export const STAFF_AUDIENCES: readonly Audience[] = [FACILITATOR, PROJECTOR, OBSERVER];

/** What a `view` or `overlay` returns: the data, and the people it names. */
export interface ViewPart<Data> {
  readonly data: Data;
  /** Participant ids whose public card (name, municipality, side) the view shows. */
  readonly people?: Iterable<string>;
}

/** A participant as others may see them: no language, no join time. */
export interface PersonCard {
  readonly id: string;
  readonly displayName: string;
  readonly partnershipId: string | null;
  readonly side: 'formal' | 'informal';
}

/** A view as it travels: the data plus the cards of the people it names. */
export interface ViewPayload<Data = unknown> {
  readonly data: Data;
  readonly people: Readonly<Record<string, PersonCard>>;
}

/**
 * Which view: the workshop as one audience sees it, one participant's own record, one
 * activity as one audience sees it, or one participant's overlay on an activity.
 */
export type ViewRef =
  | { readonly scope: 'workshop'; readonly audience: Audience }
  | { readonly scope: 'me'; readonly participantId: string }
  | { readonly scope: 'activity'; readonly activityId: string; readonly audience: Audience }
  | { readonly scope: 'overlay'; readonly activityId: string; readonly participantId: string };

/**
 * The wire name of a view: `w/<audience>`, `me/<participant>`, `a/<activity>/<audience>`,
 * `o/<activity>/<participant>`. Ids are `[A-Za-z0-9_-]` and audiences never hold a `/`.
 */
export function viewKey(ref: ViewRef): string {
  switch (ref.scope) {
    case 'workshop':
      return `w/${ref.audience}`;
    case 'me':
      return `me/${ref.participantId}`;
    case 'activity':
      return `a/${ref.activityId}/${ref.audience}`;
    case 'overlay':
      return `o/${ref.activityId}/${ref.participantId}`;
  }
}

export function parseViewKey(key: string): ViewRef | null {
  const [scope, first, second, ...rest] = key.split('/');
  if (rest.length > 0 || !first) return null;
  if (scope === 'w' && second === undefined) return { scope: 'workshop', audience: first };
  if (scope === 'me' && second === undefined) return { scope: 'me', participantId: first };
  if (scope === 'a' && second) return { scope: 'activity', activityId: first, audience: second };
  if (scope === 'o' && second)
    return { scope: 'overlay', activityId: first, participantId: second };
  return null;
}
