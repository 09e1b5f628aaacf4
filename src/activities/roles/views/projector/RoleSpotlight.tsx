import type { Role } from '../../schema.ts';
import { strengthText, refKey } from '../parts/strengths.ts';
import type { RolesViewProps } from '../types.ts';

/** The role under discussion, large, with the strengths behind it in their current wording. */
export function RoleSpotlight(props: RolesViewProps & { role: Role }) {
  const { role, t } = props;
  const strengths = role.strengths.flatMap((ref) => {
    const text = strengthText(props.references, ref);
    return text === null ? [] : [{ key: refKey(ref), text }];
  });
  return (
    <figure class={`wp-roles-spotlight wp-roles-spotlight--${role.side}`} aria-live="polite">
      <figcaption>
        {t('projector.spotlight')} · {t(`list.${role.side}`)}
      </figcaption>
      <p class="wp-roles-spotlight__name">{role.name}</p>
      {role.description && <p class="wp-roles-spotlight__description">{role.description}</p>}
      <p class="wp-roles-spotlight__count">{t('endorsements', { count: role.endorsements })}</p>
      <div>
        <p class="wp-roles-spotlight__title">{t('strengthsBehind')}</p>
        {strengths.length === 0 ? (
          <p>{t('projector.noStrengths')}</p>
        ) : (
          <ul class="wp-roles-spotlight__strengths">
            {strengths.map((s) => (
              <li key={s.key}>{s.text}</li>
            ))}
          </ul>
        )}
      </div>
    </figure>
  );
}
