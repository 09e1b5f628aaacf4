import type { GuardedCount } from '../../../../domain/views/smallGroups.ts';
import { SIDES } from '../../../../domain/workshop/state.ts';
import type { Translate } from '../../../../i18n/index.ts';
import type { UnsharedCount } from '../../viewShapes.ts';
import type { RolesViewProps } from '../types.ts';
import { ProjectorColumns } from './ProjectorColumns.tsx';
import { own } from '../../../../domain/ids.ts';

/** A municipality with no roles yet has no entry in the view's counts. */
const NONE: UnsharedCount = {
  sides: { formal: { exact: 0 }, informal: { exact: 0 } },
  total: { exact: 0 },
};

/** A guarded number as read aloud: "2", or "minder dan 3". */
function countText(count: GuardedCount, t: Translate): string {
  if ('exact' in count) return String(count.exact);
  if ('fewerThan' in count) return t('projector.fewerThan', { count: count.fewerThan });
  return t('projector.allButFewerThan', { count: count.allButFewerThan, of: count.of });
}

function totalText(count: GuardedCount, t: Translate): string {
  if ('exact' in count) return t('rolesCount', { count: count.exact });
  if ('fewerThan' in count) return t('projector.rolesFewerThan', { count: count.fewerThan });
  return countText(count, t);
}

/**
 * Municipality scope: each municipality's lists once shared; before that only how many roles
 * it has, as the view counts them (guarded: a small number shows as "fewer than 3").
 */
export function MunicipalityBoard(props: RolesViewProps) {
  const { t, workshop } = props;
  const { state } = props.activity;
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
              const counts = own(state.unshared, p.id) ?? NONE;
              return (
                <li key={p.id} class="wp-card">
                  <p class="wp-roles-counts__place">{p.municipality}</p>
                  {counts.total && (
                    <p class="wp-roles-counts__number">{totalText(counts.total, t)}</p>
                  )}
                  {SIDES.map((side) => (
                    <p key={side} class="wp-roles-counts__sides">
                      {t(`sideShort.${side}`)}: {countText(counts.sides[side], t)}
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
