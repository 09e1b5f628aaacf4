import { own } from '../../../../../domain/ids.ts';
import type { OutlineSection } from '../../../../../domain/reportDocument/outline.ts';
import type { ReportEdit } from '../../../../../domain/reportLayout/state.ts';
import type { Translate } from '../../../../../i18n/index.ts';

/** Item words in the history stay short: enough to recognise the item. */
const SHORT = 50;

const short = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

/**
 * What one report edit did, in words ("'Kracht van de ander' omhoog"), with the titles the
 * outline has. A section or item that is gone since is named generally.
 */
export function describeEdit(
  edit: ReportEdit,
  sections: readonly OutlineSection[],
  t: Translate,
): string {
  const title = (id: string) =>
    sections.find((s) => s.id === id)?.title ??
    (['introduction', 'participants', 'conclusion'].includes(id)
      ? t(`console.reportLayout.sections.${id}`)
      : t('console.reportLayout.sections.removed'));
  switch (edit.kind) {
    case 'text':
      return t('console.reportLayout.what.text', { section: title(edit.sectionId) });
    case 'hide':
    case 'show': {
      const section = sections.find((s) => s.id === edit.sectionId);
      const item = section?.items.find((i) => i.key === edit.itemKey);
      return t(`console.reportLayout.what.${edit.kind}`, {
        item: item ? short(item.text) : t('console.reportLayout.what.anItem'),
        section: title(edit.sectionId),
      });
    }
    case 'order':
      return edit.moved
        ? t(`console.reportLayout.what.${edit.moved.direction}`, {
            section: title(edit.moved.sectionId),
          })
        : t('console.reportLayout.what.order');
  }
}

/** A facilitator's name from the workshop, or "iemand" for the system and old events. */
export function whoDid(
  accountId: string | null | undefined,
  facilitators: Readonly<Record<string, { readonly name: string }>>,
  t: Translate,
): string {
  const name = accountId ? own(facilitators, accountId)?.name : undefined;
  return name ?? t('console.reportLayout.someone');
}
