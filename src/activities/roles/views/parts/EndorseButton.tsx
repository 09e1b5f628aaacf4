import { Button } from '../../../../ui/Button.tsx';
import type { Role } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';

/**
 * The endorse toggle (aria-pressed). It shows the choice at once: a tap still on its way to
 * the server already counts, so the button never seems to ignore a tap on slow wifi.
 */
export function EndorseButton(props: RolesViewProps & { role: Role; describedBy: string }) {
  const { role, me, t } = props;
  const confirmed = !!me && role.endorsers.includes(me.id);
  const last = props.pending
    .filter(
      (p) =>
        (p.command.type === 'endorseRole' || p.command.type === 'withdrawEndorsement') &&
        p.command.roleId === role.id,
    )
    .at(-1);
  const pressed = last ? last.command.type === 'endorseRole' : confirmed;
  const count = role.endorsements + (pressed === confirmed ? 0 : pressed ? 1 : -1);
  return (
    <div class="wp-roles-endorse">
      <Button
        variant={pressed ? 'primary' : 'secondary'}
        aria-pressed={pressed}
        aria-describedby={props.describedBy}
        disabled={props.activity.state.phase !== 'open'}
        onClick={() =>
          void props.send({
            type: pressed ? 'withdrawEndorsement' : 'endorseRole',
            roleId: role.id,
          })
        }
      >
        <span aria-hidden="true">{pressed ? '✓ ' : '+ '}</span>
        {t('participant.endorse')}
      </Button>
      <span class="wp-roles-endorse__count">{t('endorsements', { count })}</span>
    </div>
  );
}
