import type { Reference } from '../../../../domain/activity.ts';
import type { Translate } from '../../../../i18n/index.ts';
import type { StrengthRef } from '../../schema.ts';
import { refKey, strengthText } from './strengths.ts';

/**
 * The strengths behind a role, in their current wording from "De kracht van de ander".
 * Links to strengths that are no longer shared are left out.
 */
export function StrengthList(props: {
  refs: readonly StrengthRef[];
  references: readonly Reference[];
  t: Translate;
  labelledBy?: string;
}) {
  const items = props.refs.flatMap((ref) => {
    const text = strengthText(props.references, ref);
    return text === null ? [] : [{ key: refKey(ref), text }];
  });
  if (items.length === 0) return null;
  return (
    <div class="wp-roles-strengths">
      <p class="wp-roles-strengths__title">{props.t('strengthsBehind')}</p>
      <ul>
        {items.map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
      </ul>
    </div>
  );
}
