import type { WorkshopState } from '../../../domain/workshop/state.ts';
import { useT } from '../../../ui/i18n.tsx';
import type { Account } from '../session.ts';
import { InviteLink } from './InviteLink.tsx';
import { Section } from './Section.tsx';

/** The facilitators of this workshop, and a way to invite a colleague. */
export function TeamSection({ workshop, account }: { workshop: WorkshopState; account: Account }) {
  const t = useT();
  // The lead first, then the others by name.
  const team = Object.values(workshop.facilitators).sort(
    (a, b) => Number(b.role === 'lead') - Number(a.role === 'lead') || a.name.localeCompare(b.name),
  );
  return (
    <Section id="team" title={t('console.sections.team')}>
      <p>{t('console.team.intro')}</p>
      <ul class="wp-console-list">
        {team.map((member) => (
          <li key={member.accountId} class="wp-card wp-spread">
            <span>
              <strong>{member.name}</strong>{' '}
              {member.accountId === account.id && t('console.team.you')}
            </span>
            <span class="wp-badge">{t(`console.team.${member.role}`)}</span>
          </li>
        ))}
      </ul>
      <InviteLink workshopId={workshop.id} />
    </Section>
  );
}
