import type { EventMeta } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import type { CrossTheLineEvent, CrossTheLineState, Prejudice } from './schema.ts';

export const initialCrossTheLineState: CrossTheLineState = {
  phase: 'collect',
  prejudices: {},
  order: [],
  currentId: null,
  throws: 0,
};

function newPrejudice(
  fields: Pick<Prejudice, 'id' | 'about' | 'text' | 'authorId' | 'byFacilitator'>,
  seq: number,
): Prejudice {
  return {
    ...fields,
    status: 'submitted',
    mergedInto: null,
    mergedFrom: [],
    createdSeq: seq,
    stage: 'queued',
    revealedSeq: null,
    crossers: {},
    present: null,
    split: false,
    exact: false,
    arguments: {},
    outcome: null,
    knockedDown: false,
  };
}

/** Changes one prejudice (when it exists). */
function update(
  state: CrossTheLineState,
  id: string,
  change: (p: Prejudice) => Prejudice,
): CrossTheLineState {
  const prejudice = own(state.prejudices, id);
  if (!prejudice) return state;
  return { ...state, prejudices: { ...state.prejudices, [id]: change(prejudice) } };
}

const withoutId = (order: readonly string[], ids: readonly string[]) =>
  order.filter((id) => !ids.includes(id));

/** Applies one event to the full state (on the server only: browsers receive views). */
export function evolve(
  state: CrossTheLineState,
  event: CrossTheLineEvent,
  meta: EventMeta,
): CrossTheLineState {
  switch (event.type) {
    case 'prejudiceSubmitted': {
      const { prejudiceId: id, about, text, authorId, byFacilitator } = event;
      const prejudice = newPrejudice({ id, about, text, authorId, byFacilitator }, meta.seq);
      return { ...state, prejudices: { ...state.prejudices, [id]: prejudice } };
    }
    case 'prejudiceApproved': {
      const next = update(state, event.prejudiceId, (p) => ({ ...p, status: 'approved' }));
      return next.order.includes(event.prejudiceId)
        ? next
        : { ...next, order: [...next.order, event.prejudiceId] };
    }
    case 'prejudiceEdited':
      return update(state, event.prejudiceId, (p) => ({
        ...p,
        text: event.text,
        about: event.about,
      }));
    case 'prejudiceRejected': {
      const next = update(state, event.prejudiceId, (p) => ({ ...p, status: 'rejected' }));
      return { ...next, order: withoutId(next.order, [event.prejudiceId]) };
    }
    case 'prejudiceRestored':
      return update(state, event.prejudiceId, (p) => ({ ...p, status: 'submitted' }));
    case 'prejudicesMerged': {
      const { prejudiceId: id, about, text, sourceIds } = event;
      const merged: Prejudice = {
        ...newPrejudice({ id, about, text, authorId: null, byFacilitator: false }, meta.seq),
        status: 'approved',
        mergedFrom: sourceIds,
      };
      let next: CrossTheLineState = { ...state, prejudices: { ...state.prejudices, [id]: merged } };
      for (const source of sourceIds)
        next = update(next, source, (p) => ({ ...p, status: 'merged', mergedInto: id }));
      // The merged one takes the place of the first of its sources in the order.
      const at = state.order.findIndex((o) => sourceIds.includes(o));
      const order = withoutId(state.order, sourceIds);
      order.splice(at < 0 ? order.length : at, 0, id);
      return { ...next, order };
    }
    case 'orderSet':
      return { ...state, order: event.order };
    case 'playStarted':
      return { ...state, phase: 'play' };
    case 'prejudiceRevealed':
      return {
        ...update(state, event.prejudiceId, (p) => ({
          ...p,
          stage: 'crossing',
          revealedSeq: meta.seq,
        })),
        currentId: event.prejudiceId,
      };
    case 'prejudiceShown':
      return { ...state, currentId: event.prejudiceId };
    case 'lineCrossed':
      return update(state, event.prejudiceId, (p) => ({
        ...p,
        crossers: { ...p.crossers, [event.participantId]: event.side },
      }));
    case 'lineUncrossed':
      return update(state, event.prejudiceId, (p) => {
        const { [event.participantId]: _gone, ...crossers } = p.crossers;
        return { ...p, crossers };
      });
    case 'crossingClosed':
      return update(state, event.prejudiceId, (p) => ({
        ...p,
        stage: 'result',
        present: event.present,
      }));
    case 'crossingReopened':
      return update(state, event.prejudiceId, (p) => ({ ...p, stage: 'crossing', present: null }));
    case 'countDisplaySet':
      return update(state, event.prejudiceId, (p) => ({
        ...p,
        split: event.split,
        exact: event.exact,
      }));
    case 'argumentAdded': {
      const { type: _type, argumentId: id, ...fields } = event;
      return update(state, event.prejudiceId, (p) => ({
        ...p,
        arguments: { ...p.arguments, [id]: { ...fields, id, hidden: false, createdSeq: meta.seq } },
      }));
    }
    case 'argumentHidden':
      return update(state, event.prejudiceId, (p) => {
        const argument = own(p.arguments, event.argumentId);
        if (!argument) return p;
        return {
          ...p,
          arguments: { ...p.arguments, [argument.id]: { ...argument, hidden: true } },
        };
      });
    case 'outcomeSet':
      return update(state, event.prejudiceId, (p) => ({ ...p, outcome: event.outcome }));
    case 'bowlingStarted':
      return { ...state, phase: 'bowl' };
    case 'skittlesKnockedDown': {
      let next = state;
      for (const id of event.prejudiceIds)
        next = update(next, id, (p) => ({ ...p, knockedDown: true }));
      return { ...next, throws: state.throws + 1 };
    }
    case 'closed':
      return { ...state, phase: 'closed' };
  }
}
