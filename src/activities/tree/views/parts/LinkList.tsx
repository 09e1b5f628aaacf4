import type { Reference } from '../../../../domain/activity.ts';
import type { Translate } from '../../../../i18n/index.ts';
import type { Link } from '../../schema.ts';
import { linkText } from './links.ts';

/** The roles and strengths an item is linked to, with their wording of now. */
export function LinkList(props: {
  links: readonly Link[];
  references: readonly Reference[];
  t: Translate;
}) {
  if (props.links.length === 0) return null;
  return (
    <ul class="wp-tree-links">
      {props.links.map((link) => {
        const text = linkText(link, props.references);
        return (
          <li key={`${link.activityId}/${link.id}`} class="wp-badge">
            {props.t(`link.${link.type}`)}: {text ?? <em>{props.t('link.missing')}</em>}
          </li>
        );
      })}
    </ul>
  );
}
