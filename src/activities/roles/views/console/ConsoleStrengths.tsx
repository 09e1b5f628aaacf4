import { Button } from '../../../../ui/Button.tsx';
import { refKey, strengthText } from '../parts/strengths.ts';
import type { ConsoleRoleProps } from './types.ts';

/** The strengths behind a role, each with a way to unlink it; stale links are named as such. */
export function ConsoleStrengths(props: ConsoleRoleProps & { describedBy: string }) {
  const { t, role } = props;
  if (role.strengths.length === 0) return null;
  return (
    <div class="wp-roles-strengths">
      <p class="wp-roles-strengths__title">{t('strengthsBehind')}</p>
      <ul class="wp-roles-strengths__console">
        {role.strengths.map((ref) => {
          const text = strengthText(props.references, ref) ?? t('console.strengthMissing');
          return (
            <li key={refKey(ref)} class="wp-spread">
              <span>{text}</span>
              {!role.hidden && (
                <Button
                  variant="quiet"
                  aria-label={t('console.unlink', { strength: text })}
                  onClick={() =>
                    void props.send({ type: 'unlinkStrength', roleId: role.id, strength: ref })
                  }
                >
                  <span aria-hidden="true">✕</span>
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
