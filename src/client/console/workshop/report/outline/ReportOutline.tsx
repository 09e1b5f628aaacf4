import './reportOutline.css';
import { useEffect, useState } from 'preact/hooks';
import type { OutlineItem } from '../../../../../domain/reportDocument/outline.ts';
import { lastUndoable } from '../../../../../domain/reportLayout/history.ts';
import type { WorkshopView } from '../../../../../domain/views/workshopView.ts';
import { Button } from '../../../../../ui/Button.tsx';
import { useT } from '../../../../../ui/i18n.tsx';
import { useSubmission } from '../../../../../ui/useSubmission.ts';
import type { RunCommand } from '../../../commands.ts';
import { describeEdit } from './describeEdit.ts';
import { labelOf, moveSection, siblingsOf } from './outlineOrder.ts';
import { moveButtonId, OutlineSection } from './OutlineSection.tsx';
import { ReportHistory } from './ReportHistory.tsx';
import { useReportOutline } from './useReportOutline.ts';
import { useUndoShortcut } from './useUndoShortcut.ts';

/** What the report depends on that the facilitators change here: a new value means a new look. */
export function reportEditsVersion(workshop: WorkshopView): string {
  return JSON.stringify([workshop.reportLayout ?? null, workshop.reportTexts ?? {}]);
}

/**
 * The report as data for the editor: each section with ↑/↓ and its items with "Verberg" or
 * "Toon", an "Ongedaan maken" naming the last change (also Ctrl+Z outside text fields), and
 * the latest changes. Every change is a command, so colleagues see it at once and it can be
 * undone by anyone; the status line says what happened for screen readers.
 */
export function ReportOutline(props: {
  workshopId: string;
  workshop: WorkshopView;
  run: RunCommand;
}) {
  const t = useT();
  const { workshop, run } = props;
  const outline = useReportOutline(props.workshopId, reportEditsVersion(workshop));
  const sections = outline.sections ?? [];
  const [status, setStatus] = useState('');
  const [focus, setFocus] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);
  const { busy, error, run: submit } = useSubmission();

  // After a move the list is drawn anew: keep focus on the button that was pressed, or on
  // the other one when the section reached the end.
  useEffect(() => {
    if (!focus) return;
    const pressed = document.getElementById(moveButtonId(focus.id, focus.direction));
    const other = focus.direction === 'up' ? 'down' : 'up';
    const target =
      pressed?.getAttribute('aria-disabled') === 'true'
        ? document.getElementById(moveButtonId(focus.id, other))
        : pressed;
    target?.focus();
  }, [outline.sections, focus]);

  function move(sectionId: string, direction: 'up' | 'down') {
    const next = moveSection(sections, sectionId, direction);
    if (!next || busy) return;
    const title = sections.find((s) => s.id === sectionId)?.title ?? '';
    setFocus({ id: sectionId, direction });
    void submit(
      () =>
        run({
          type: 'orderReportSections',
          sectionIds: next.sectionIds,
          moved: { sectionId, direction },
        }),
      () =>
        setStatus(
          t('console.reportLayout.status.moved', {
            section: title,
            position: next.position,
            total: next.total,
          }),
        ),
    );
  }

  function toggle(sectionId: string, item: OutlineItem) {
    if (busy) return;
    setFocus(null);
    const type = item.hidden ? 'showReportItem' : 'hideReportItem';
    void submit(
      () => run({ type, sectionId, itemKey: item.key }),
      () =>
        setStatus(
          t(`console.reportLayout.status.${item.hidden ? 'shown' : 'hidden'}`, { item: item.text }),
        ),
    );
  }

  const last = lastUndoable(workshop.reportHistory ?? []);
  const lastWords = last ? describeEdit(last.edit, sections, t) : null;
  function undo() {
    if (busy) return;
    if (!lastWords) return setStatus(t('console.reportLayout.nothingToUndo'));
    setFocus(null);
    void submit(
      () => run({ type: 'undoReportEdit' }),
      () => setStatus(t('console.reportLayout.undone', { what: lastWords })),
    );
  }
  useUndoShortcut(undo);

  return (
    <section class="wp-outline wp-stack" aria-labelledby="wp-outline-heading">
      <h2 id="wp-outline-heading">{t('console.reportLayout.heading')}</h2>
      <p>{t('console.reportLayout.intro')}</p>
      {/* Stays in view while the list scrolls: the last change and its undo, and the status. */}
      <div class="wp-outline__bar">
        <div class="wp-outline__undo">
          <Button
            variant="secondary"
            aria-disabled={!lastWords}
            aria-describedby="wp-outline-undo-hint"
            onClick={undo}
          >
            {t('console.reportLayout.undo')}
          </Button>
          <p id="wp-outline-undo-hint" class="wp-field__hint">
            {lastWords
              ? t('console.reportLayout.undoHint', { what: lastWords })
              : t('console.reportLayout.nothingToUndo')}
          </p>
        </div>
        <p class="wp-outline__status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
      {error && (
        <p class="wp-field__error" role="alert">
          {error}
        </p>
      )}
      {outline.error && (
        <p class="wp-field__error" role="alert">
          {t('console.reportLayout.loadFailed', { message: outline.error })}{' '}
          <Button variant="quiet" onClick={outline.reload}>
            {t('console.reportLayout.retry')}
          </Button>
        </p>
      )}
      {outline.sections === null && !outline.error ? (
        <p>{t('console.reportLayout.loading')}</p>
      ) : (
        <ol class="wp-outline__sections">
          {sections.map((section) => {
            const siblings = siblingsOf(sections, section.id);
            const place = siblings.findIndex((s) => s.id === section.id);
            return (
              <OutlineSection
                key={section.id}
                section={section}
                label={labelOf(sections, section)}
                canMoveUp={place > 0}
                canMoveDown={place !== -1 && place < siblings.length - 1}
                onMove={(direction) => move(section.id, direction)}
                onToggle={(item) => toggle(section.id, item)}
              />
            );
          })}
        </ol>
      )}
      <ReportHistory workshop={workshop} sections={sections} />
    </section>
  );
}
