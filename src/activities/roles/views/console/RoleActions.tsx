import { Button } from '../../../../ui/Button.tsx';
import type { ConsoleRoleProps } from './types.ts';
import { Checkbox } from '../../../../ui/Checkbox.tsx';

/**
 * The facilitator's actions on one role. Up and down are the keyboard path for ordering (the
 * drag handle works too); the checkbox chooses roles to merge.
 */
export function RoleActions(props: ConsoleRoleProps & { nameId: string; onEdit: () => void }) {
  const { t, role, send, nameId } = props;
  const spotlit = props.activity.state.spotlightId === role.id;
  const move = (toIndex: number) => void send({ type: 'moveRole', roleId: role.id, toIndex });
  return (
    <div class="wp-console-note__actions">
      <Checkbox
        checked={props.selected.includes(role.id)}
        disabled={role.hidden}
        describedBy={nameId}
        onChange={(on) => props.onSelect(role.id, on)}
      >
        {t('console.select')}
      </Checkbox>
      {!role.hidden && (
        <>
          <Button
            variant="secondary"
            aria-describedby={nameId}
            disabled={props.position <= 0}
            onClick={() => move(props.position - 1)}
          >
            <span aria-hidden="true">↑ </span>
            {t('console.moveUp')}
          </Button>
          <Button
            variant="secondary"
            aria-describedby={nameId}
            disabled={props.position >= props.total - 1}
            onClick={() => move(props.position + 1)}
          >
            <span aria-hidden="true">↓ </span>
            {t('console.moveDown')}
          </Button>
          <Button
            variant="secondary"
            class="wp-roles-edit"
            aria-describedby={nameId}
            onClick={props.onEdit}
          >
            {t('console.rename')}
          </Button>
          {role.shared && (
            <Button
              variant="secondary"
              aria-describedby={nameId}
              aria-pressed={spotlit}
              onClick={() => void send({ type: 'spotlightRole', roleId: spotlit ? null : role.id })}
            >
              {spotlit ? t('console.stopSpotlight') : t('console.spotlight')}
            </Button>
          )}
        </>
      )}
      <Button
        variant="quiet"
        aria-describedby={nameId}
        onClick={() =>
          void send({ type: role.hidden ? 'unhideRole' : 'hideRole', roleId: role.id })
        }
      >
        {role.hidden ? t('console.unhide') : t('console.hide')}
      </Button>
    </div>
  );
}
