import type { ReportEdit, ReportEditChange } from './state.ts';
import { REPORT_HISTORY_LIMIT } from './state.ts';

/** The latest edit not yet undone, with its place in the history; undefined when none. */
export function lastUndoable(
  history: readonly ReportEdit[],
): { edit: ReportEdit; index: number } | undefined {
  for (let index = history.length - 1; index >= 0; index--) {
    const edit = history[index];
    if (edit && !edit.undone) return { edit, index };
  }
  return undefined;
}

/**
 * The history after one report edit: a new edit goes on top (the oldest falls off past the
 * limit); an undo marks the edit it undid, so undoing again reaches the one before.
 */
export function recordEdit(
  history: readonly ReportEdit[],
  change: ReportEditChange,
  meta: { readonly at: number; readonly by: string | null; readonly undo: boolean },
): readonly ReportEdit[] {
  if (meta.undo) {
    const last = lastUndoable(history);
    if (!last) return history;
    const undone: ReportEdit = { ...last.edit, undone: true, undoneBy: meta.by, undoneAt: meta.at };
    return history.map((edit, i) => (i === last.index ? undone : edit));
  }
  const entry: ReportEdit = { ...change, at: meta.at, by: meta.by, undone: false };
  return [...history, entry].slice(-REPORT_HISTORY_LIMIT);
}
