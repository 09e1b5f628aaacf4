import './roles.css';
import { Notice } from '../../../ui/Notice.tsx';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { WORKSHOP_GROUP, visibleRoles } from '../schema.ts';
import { OtherLists } from './parts/OtherLists.tsx';
import { ProposeForm } from './parts/ProposeForm.tsx';
import { RoleLists } from './parts/RoleLists.tsx';
import { Suggestions } from './parts/Suggestions.tsx';
import { useNewRoleAnnouncement } from './parts/useNewRoleAnnouncement.ts';
import type { RolesViewProps } from './types.ts';

/** The phone: the two lists to endorse, a form to propose a role, and the suggestions. */
export default function RolesParticipant(props: RolesViewProps) {
  // The host may draw this view once more with the next activity's state when the running
  // activity changes kind; draw nothing rather than misread another kind's state.
  if (props.activity.kind !== 'roles') return null;
  const { t, tApp, me, activity, workshop } = props;
  const { state, config } = activity;
  const group = config.scope === 'workshop' ? WORKSHOP_GROUP : (me?.partnershipId ?? null);
  const announcement = useNewRoleAnnouncement(
    visibleRoles(state).filter((r) => r.group === group),
    t,
  );
  if (!me) return null;
  const place =
    group && group !== WORKSHOP_GROUP ? workshop.partnerships[group]?.municipality : null;
  const open = state.phase === 'open';
  const shared = group === WORKSHOP_GROUP || (!!group && state.sharedGroups.includes(group));
  return (
    <article class="wp-stack wp-roles" aria-labelledby="activity-title">
      <header class="wp-stack">
        <h1 id="activity-title">{activity.title}</h1>
        <p class="wp-row">
          <span class={`wp-badge wp-badge--${me.side}`}>{tApp(`common.sides.${me.side}`)}</span>
          {place && <span class="wp-badge">{place}</span>}
          <span class="wp-badge">{t(`phase.${state.phase}`)}</span>
        </p>
      </header>
      {open ? (
        <p>{t('participant.intro')}</p>
      ) : (
        <Notice tone="success" title={t('participant.closedTitle')}>
          <p>{t('participant.closedHint')}</p>
        </Notice>
      )}
      {!group && <Notice>{t('participant.noPartnership')}</Notice>}
      {open && group && (
        <p>
          <a class="wp-button wp-button--secondary" href="#roles-propose">
            {t('participant.proposeTitle')}
          </a>
        </p>
      )}
      {group && place && (
        <section class="wp-stack" aria-labelledby="roles-own">
          <h2 id="roles-own">{t('participant.yourLists', { place })}</h2>
          <p class="wp-field__hint">
            {shared ? t('participant.sharedHint') : t('participant.privateHint')}
          </p>
          <RoleLists {...props} group={group} own headingLevel={3} />
        </section>
      )}
      {group && !place && <RoleLists {...props} group={group} own headingLevel={2} />}
      {open && group && (
        <section id="roles-propose" class="wp-stack" aria-labelledby="roles-propose-title">
          <h2 id="roles-propose-title">{t('participant.proposeTitle')}</h2>
          <ProposeForm {...props} idPrefix="propose" />
        </section>
      )}
      {open && group && config.suggestions && (
        <section class="wp-stack" aria-labelledby="roles-suggestions">
          <h2 id="roles-suggestions">{t('participant.suggestionsTitle')}</h2>
          <p class="wp-field__hint">{t('participant.suggestionsHint')}</p>
          <Suggestions {...props} group={group} label={t('participant.adopt')} />
        </section>
      )}
      {config.scope === 'municipality' && <OtherLists {...props} ownGroup={group} />}
      <LiveRegion message={announcement} />
    </article>
  );
}
