import type { Translate } from '../../../../i18n/index.ts';
import type { AnyItem, NewItem } from '../../schema.ts';

/** The parts of an item a reader needs (a stored item, or one still on its way). */
export type ShownItem = AnyItem | Omit<NewItem, 'list'>;

/** "Formeel en informeel samen: Fatima" — who takes an action on, as far as it is known. */
export function whoText(item: { who?: string | null; people?: string | null }, t: Translate) {
  const side = item.who ? t(`who.${item.who}`) : null;
  return [side, item.people].filter(Boolean).join(': ');
}

/**
 * An item to read: a goal or question as its text, an action with who, when and the support
 * it needs, a supporter with their constituency and what is asked of them.
 */
export function ReadOnlyItem(props: { item: ShownItem; t: Translate; pending?: string }) {
  const { item, t } = props;
  const who = 'what' in item ? whoText(item, t) : '';
  return (
    <li class={`wp-card wp-plans-read${props.pending ? ' wp-plans-read--pending' : ''}`}>
      {'text' in item && <p class="wp-plans-read__main">{item.text}</p>}
      {'what' in item && (
        <>
          <p class="wp-plans-read__main">{item.what}</p>
          <dl class="wp-plans-read__meta">
            {who && (
              <div>
                <dt>{t('item.whoLabel')}</dt>
                <dd>{who}</dd>
              </div>
            )}
            {item.byWhen && (
              <div>
                <dt>{t('item.byWhenLabel')}</dt>
                <dd>{item.byWhen}</dd>
              </div>
            )}
            {item.support && (
              <div>
                <dt>{t('item.supportLabel')}</dt>
                <dd>{item.support}</dd>
              </div>
            )}
          </dl>
        </>
      )}
      {'name' in item && (
        <>
          <p class="wp-plans-read__main">
            {item.name}{' '}
            <span class={`wp-badge wp-badge--${item.side}`}>{t(`sideOf.${item.side}`)}</span>
          </p>
          {item.ask && <p class="wp-plans-read__sub">{item.ask}</p>}
        </>
      )}
      {props.pending && <p class="wp-plans-read__pending">{props.pending}</p>}
    </li>
  );
}
