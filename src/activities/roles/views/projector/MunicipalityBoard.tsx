import { SIDES } from '../../../../domain/workshop/state.ts';
import { visibleRoles } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';
import { ProjectorColumns } from './ProjectorColumns.tsx';

/**
 * Municipality scope: each municipality's lists once shared; before that only how many roles
 * it has (the projector holds placeholders, never names).
 */
export function MunicipalityBoard(props: RolesViewProps) {
  const { t, workshop } = props;
  const { state } = props.activity;
  const roles = visibleRoles(state);
  const partnerships = Object.values(workshop.partnerships).sort((a, b) =>
    a.municipality.localeCompare(b.municipality, props.language),
  );
  const waiting = partnerships.filter((p) => !state.sharedGroups.includes(p.id));
  const shared = partnerships.filter((p) => state.sharedGroups.includes(p.id));
  return (
    <div class="wp-stack">
      {waiting.length > 0 && (
        <section aria-labelledby="roles-per-municipality">
          <h2 id="roles-per-municipality">{t('projector.perMunicipality')}</h2>
          <ul class="wp-roles-counts" aria-live="polite">
            {waiting.map((p) => {
              const mine = roles.filter((r) => r.group === p.id);
              return (
                <li key={p.id} class="wp-card">
                  <p class="wp-roles-counts__place">{p.municipality}</p>
                  <p class="wp-roles-counts__number">{t('rolesCount', { count: mine.length })}</p>
                  {SIDES.map((side) => (
                    <p key={side} class="wp-roles-counts__sides">
                      {t(`sideShort.${side}`)}: {mine.filter((r) => r.side === side).length}
                    </p>
                  ))}
                  <p class="wp-roles-counts__status">{t('projector.hiddenUntilShared')}</p>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {shared.map((p) => (
        <section key={p.id} class="wp-stack" aria-labelledby={`roles-place-${p.id}`}>
          <h2 id={`roles-place-${p.id}`}>{p.municipality}</h2>
          <ProjectorColumns {...props} group={p.id} headingLevel={3} />
        </section>
      ))}
    </div>
  );
}
