import type { RolesViewProps } from '../types.ts';
import { RoleLists } from './RoleLists.tsx';

/** Municipality scope: the lists other municipalities have shared, to read and endorse. */
export function OtherLists(props: RolesViewProps & { ownGroup: string | null }) {
  const { t, workshop } = props;
  const groups = props.activity.state.sharedGroups.filter((g) => g !== props.ownGroup);
  if (groups.length === 0) return null;
  return (
    <section class="wp-stack" aria-labelledby="roles-other-lists">
      <h2 id="roles-other-lists">{t('participant.otherLists')}</h2>
      {groups.map((group) => (
        <details key={group} class="wp-card wp-details">
          <summary>{workshop.partnerships[group]?.municipality ?? group}</summary>
          <RoleLists {...props} group={group} own={false} headingLevel={3} />
        </details>
      ))}
    </section>
  );
}
