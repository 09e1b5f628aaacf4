import { own } from '../ids.ts';
import type { WorkshopEvent } from '../workshop/events.ts';
import type { WorkshopState } from '../workshop/state.ts';
import type { ReportLayoutEvent } from './events.ts';
import { recordEdit } from './history.ts';
import { emptyReportLayout, type ReportLayout } from './state.ts';

type TextEdited = Extract<WorkshopEvent, { type: 'reportTextEdited' }>;

/** Applies a layout event and records it in the report's history. */
export function evolveReportLayout(
  state: WorkshopState,
  event: ReportLayoutEvent,
  at: number,
): WorkshopState {
  const layout = state.reportLayout ?? emptyReportLayout;
  const meta = { at, by: event.by, undo: event.undo === true };
  const history = state.reportHistory ?? [];
  switch (event.type) {
    case 'reportItemHidden':
    case 'reportItemShown': {
      const hide = event.type === 'reportItemHidden';
      const { sectionId, itemKey } = event;
      return {
        ...state,
        reportLayout: { ...layout, hidden: withItem(layout.hidden, sectionId, itemKey, hide) },
        reportHistory: recordEdit(
          history,
          { kind: hide ? 'hide' : 'show', sectionId, itemKey },
          meta,
        ),
      };
    }
    case 'reportSectionsOrdered': {
      const change = { kind: 'order' as const, before: layout.order, moved: event.moved };
      return {
        ...state,
        reportLayout: { ...layout, order: event.sectionIds },
        reportHistory: recordEdit(history, change, meta),
      };
    }
  }
}

/**
 * The history after a facilitator's words changed (`state` is before the change). Events
 * written before the history existed have no `by`; they are recorded as by nobody known.
 */
export function withTextEditHistory(
  state: WorkshopState,
  event: TextEdited,
  at: number,
): WorkshopState {
  const before = own(state.reportTexts ?? {}, event.sectionId) ?? '';
  const meta = { at, by: event.by ?? null, undo: event.undo === true };
  const change = { kind: 'text' as const, sectionId: event.sectionId, before };
  return { ...state, reportHistory: recordEdit(state.reportHistory ?? [], change, meta) };
}

function withItem(
  hidden: ReportLayout['hidden'],
  sectionId: string,
  itemKey: string,
  hide: boolean,
): ReportLayout['hidden'] {
  const { [sectionId]: _before, ...others } = hidden;
  const keys = (own(hidden, sectionId) ?? []).filter((key) => key !== itemKey);
  if (hide) keys.push(itemKey);
  return keys.length > 0 ? { ...others, [sectionId]: keys } : others;
}
