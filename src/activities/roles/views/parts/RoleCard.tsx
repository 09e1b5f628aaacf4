import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import type { Role } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';
import { EndorseButton } from './EndorseButton.tsx';
import { LinkStrengths } from './LinkStrengths.tsx';
import { StrengthList } from './StrengthList.tsx';

/**
 * One role on the phone: its name, the strengths behind it, its support and the endorse
 * toggle. On one's own lists: link more strengths; on one's own role: withdraw it.
 */
export function RoleCard(props: RolesViewProps & { role: Role; own: boolean }) {
  const { role, t, me } = props;
  const open = props.activity.state.phase === 'open';
  const mine = !!me && role.proposerId === me.id;
  const nameId = `role-${role.id}`;
  const classes = ['wp-note', 'wp-roles-card', `wp-note--${role.side}`];
  const spotlit = props.activity.state.spotlightId === role.id;
  if (spotlit) classes.push('wp-note--spotlight');
  return (
    <li class={classes.join(' ')} aria-current={spotlit ? 'true' : undefined}>
      <p id={nameId} class="wp-roles-card__name">
        {role.name}
      </p>
      {role.description && <p class="wp-roles-card__description">{role.description}</p>}
      <p class="wp-note__meta wp-row">
        {mine && <span class="wp-badge wp-roles-badge--mine">{t('participant.mine')}</span>}
        {spotlit && (
          <span class="wp-badge wp-roles-badge--spotlight">{t('projector.spotlight')}</span>
        )}
      </p>
      <StrengthList refs={role.strengths} references={props.references} t={t} />
      <EndorseButton {...props} role={role} describedBy={nameId} />
      {open && props.own && <LinkStrengths {...props} role={role} describedBy={nameId} />}
      {open && mine && (
        <AskFirstButton
          variant="quiet"
          describedBy={nameId}
          question={t('participant.confirmWithdraw')}
          confirmLabel={t('participant.withdraw')}
          cancelLabel={props.tApp('common.cancel')}
          onConfirm={() => props.send({ type: 'withdrawRole', roleId: role.id })}
        >
          {t('participant.withdraw')}
        </AskFirstButton>
      )}
    </li>
  );
}
