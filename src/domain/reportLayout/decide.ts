import type { DecideContext } from '../context.ts';
import { ensure } from '../errors.ts';
import { own } from '../ids.ts';
import type { WorkshopEvent } from '../workshop/events.ts';
import type { WorkshopState } from '../workshop/state.ts';
import type { ReportLayoutCommand } from './commands.ts';
import { lastUndoable } from './history.ts';
import {
  emptyReportLayout,
  REPORT_LAYOUT_LIMITS,
  TOP_LEVEL_SECTIONS,
  type ReportEdit,
} from './state.ts';

/** Hides and shows report items, orders sections, and undoes the latest report edit. */
export function decideReportLayout(
  command: ReportLayoutCommand,
  state: WorkshopState,
  ctx: DecideContext,
): WorkshopEvent[] {
  const by = ctx.actor.kind === 'facilitator' ? ctx.actor.accountId : null;
  const layout = state.reportLayout ?? emptyReportLayout;
  switch (command.type) {
    case 'hideReportItem':
    case 'showReportItem': {
      const { sectionId, itemKey } = command;
      ensure(isReportSection(state, sectionId), 'WP_ERR_NOT_FOUND', { field: 'sectionId' });
      const hidden = own(layout.hidden, sectionId) ?? [];
      const hide = command.type === 'hideReportItem';
      if (hidden.includes(itemKey) === hide) return [];
      if (hide)
        ensure(hidden.length < REPORT_LAYOUT_LIMITS.hiddenPerSection, 'WP_ERR_VALIDATION', {
          field: 'itemKey',
        });
      const type = hide ? 'reportItemHidden' : 'reportItemShown';
      return [{ type, sectionId, itemKey, by }];
    }
    case 'orderReportSections': {
      const { sectionIds, moved } = command;
      ensure(new Set(sectionIds).size === sectionIds.length, 'WP_ERR_VALIDATION', {
        field: 'sectionIds',
      });
      for (const id of sectionIds)
        ensure(isReportSection(state, id), 'WP_ERR_NOT_FOUND', { field: 'sectionIds' });
      ensure(moved === null || sectionIds.includes(moved.sectionId), 'WP_ERR_VALIDATION', {
        field: 'moved',
      });
      if (sameList(sectionIds, layout.order)) return [];
      return [{ type: 'reportSectionsOrdered', sectionIds, moved, by }];
    }
    case 'undoReportEdit': {
      const last = lastUndoable(state.reportHistory ?? []);
      return last ? [inverseOf(last.edit, by)] : [];
    }
  }
}

/** The event that puts back what `edit` replaced, marked as an undo. */
function inverseOf(edit: ReportEdit, by: string | null): WorkshopEvent {
  switch (edit.kind) {
    case 'text':
      return {
        type: 'reportTextEdited',
        sectionId: edit.sectionId,
        text: edit.before,
        by,
        undo: true,
      };
    case 'hide':
    case 'show': {
      const type = edit.kind === 'hide' ? 'reportItemShown' : 'reportItemHidden';
      return { type, sectionId: edit.sectionId, itemKey: edit.itemKey, by, undo: true };
    }
    case 'order':
      return {
        type: 'reportSectionsOrdered',
        sectionIds: [...edit.before],
        // The fact as it happened now: the section went back the other way.
        moved: edit.moved && {
          sectionId: edit.moved.sectionId,
          direction: edit.moved.direction === 'up' ? 'down' : 'up',
        },
        by,
        undo: true,
      };
  }
}

/** A section the report has: a part around the days, a day, a block, or a part's subsection. */
export function isReportSection(state: WorkshopState, id: string): boolean {
  return (
    TOP_LEVEL_SECTIONS.has(id) ||
    own(state.programme.blocks, id) !== undefined ||
    state.programme.days.some((day) => day.id === id) ||
    // The plans of a partnership (also one removed since: its plans are still reported).
    (id.startsWith('actions-') && id.length > 'actions-'.length) ||
    (id.startsWith('appendix-') &&
      own(state.activities, id.slice('appendix-'.length)) !== undefined)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
