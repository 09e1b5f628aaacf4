import type { EventMeta } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import type { SurpriseEvent, SurpriseState, SurpriseText } from './schema.ts';

export const initialSurpriseState: SurpriseState = { phase: 'open', texts: {}, spotlightId: null };

function withText(state: SurpriseState, item: SurpriseText): SurpriseState {
  return { ...state, texts: { ...state.texts, [item.id]: item } };
}

/** The spotlight goes out when its text leaves the wall. */
function dropSpotlight(state: SurpriseState, textId: string): SurpriseState {
  return state.spotlightId === textId ? { ...state, spotlightId: null } : state;
}

/** Applies one event to the full state (on the server only: browsers receive views). */
export function evolve(state: SurpriseState, event: SurpriseEvent, meta: EventMeta): SurpriseState {
  switch (event.type) {
    case 'textAdded': {
      const { type: _type, textId, ...fields } = event;
      return withText(state, {
        ...fields,
        id: textId,
        createdSeq: meta.seq,
        createdAt: meta.at,
        editedAt: null,
        hidden: false,
      });
    }
    case 'textEdited': {
      const item = own(state.texts, event.textId);
      return item ? withText(state, { ...item, text: event.text, editedAt: meta.at }) : state;
    }
    case 'textDeleted': {
      const { [event.textId]: _gone, ...texts } = state.texts;
      return dropSpotlight({ ...state, texts }, event.textId);
    }
    case 'textHidden': {
      const item = own(state.texts, event.textId);
      if (!item) return state;
      return dropSpotlight(withText(state, { ...item, hidden: true }), item.id);
    }
    case 'textUnhidden': {
      const item = own(state.texts, event.textId);
      return item ? withText(state, { ...item, hidden: false }) : state;
    }
    case 'textSpotlighted':
      return { ...state, spotlightId: event.textId };
    case 'closed':
      return { ...state, phase: 'closed' };
    case 'reopened':
      return { ...state, phase: 'open' };
  }
}
