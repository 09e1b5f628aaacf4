import { useState } from 'preact/hooks';
import type { Partnership } from '../../../../domain/workshop/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { Select } from '../../../../ui/Field.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { visibleRoles } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';

/**
 * Municipality scope: every municipality with its number of roles and whether its lists are
 * shared (with the button that shares them), and the choice of whose lists to work on below.
 */
export function MunicipalityPanel(
  props: RolesViewProps & {
    partnerships: readonly Partnership[];
    group: string;
    onChoose: (partnershipId: string) => void;
  },
) {
  const { t } = props;
  const { state } = props.activity;
  const roles = visibleRoles(state);
  const [message, setMessage] = useState('');
  async function share(p: Partnership) {
    const result = await props.send({ type: 'shareGroup', partnershipId: p.id });
    setMessage(result.ok ? t('console.sharedNow', { place: p.municipality }) : result.message);
  }
  return (
    <section class="wp-card wp-stack" aria-labelledby="roles-municipalities">
      <h4 id="roles-municipalities">{t('console.overviewTitle')}</h4>
      <ul class="wp-console-list">
        {props.partnerships.map((p) => {
          const shared = state.sharedGroups.includes(p.id);
          const count = roles.filter((r) => r.group === p.id).length;
          return (
            <li key={p.id} class="wp-spread">
              <span>
                <strong>{p.municipality}</strong> · {t('rolesCount', { count })} ·{' '}
                <span class="wp-badge">
                  {shared ? t('console.shared') : t('console.notShared')}
                </span>
              </span>
              {!shared && (
                <Button variant="secondary" onClick={() => void share(p)}>
                  {t('console.share', { place: p.municipality })}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <Select
        label={t('console.municipalityLabel')}
        value={props.group}
        onChange={(e) => props.onChoose(e.currentTarget.value)}
      >
        {props.partnerships.map((p) => (
          <option key={p.id} value={p.id}>
            {p.municipality}
          </option>
        ))}
      </Select>
      <LiveRegion message={message} />
    </section>
  );
}
