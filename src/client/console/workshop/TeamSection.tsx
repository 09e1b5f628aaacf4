import type { WorkshopState } from '../../../domain/workshop/state.ts';
import { useT } from '../../../ui/i18n.tsx';
import type { RunCommand } from '../commands.ts';
import type { Account } from '../session.ts';
import { InviteLink } from './InviteLink.tsx';
import { mayShare, roleOf } from './notes/noteModel.ts';
import { RoleButton } from './notes/RoleButton.tsx';
import { Section } from './Section.tsx';

/**
 * The facilitators of this workshop, each with their role, and a way to invite a colleague.
 * Those who steer may make a colleague a note-taker ("alleen verslaglegging") and back.
 */
export function TeamSection({
  workshop,
  account,
  run,
}: {
  workshop: WorkshopState;
  account: Account;
  run: RunCommand;
}) {
  const t = useT();
  const steers = mayShare(roleOf(workshop, account.id));
  const roleName = (role: string) =>
    role === 'notetaker' ? t('console.notes.roles.notetaker') : t(`console.team.${role}`);
  // The lead first, then the others by name.
  const team = Object.values(workshop.facilitators).sort(
    (a, b) => Number(b.role === 'lead') - Number(a.role === 'lead') || a.name.localeCompare(b.name),
  );
  return (
    <Section id="team" title={t('console.sections.team')}>
      <p>{t('console.team.intro')}</p>
      <p class="wp-field__hint">{t('console.notes.roles.roleHint')}</p>
      <ul class="wp-console-list">
        {team.map((member) => (
          <li key={member.accountId} class="wp-card wp-spread">
            <span id={`wp-team-${member.accountId}`}>
              <strong>{member.name}</strong>{' '}
              {member.accountId === account.id && t('console.team.you')}
            </span>
            <span class="wp-row">
              <span class="wp-badge">{roleName(member.role)}</span>
              {steers && (
                <RoleButton member={member} run={run} describedBy={`wp-team-${member.accountId}`} />
              )}
            </span>
          </li>
        ))}
      </ul>
      <InviteLink workshopId={workshop.id} />
    </Section>
  );
}
