import { own } from '../../../../domain/ids.ts';
import type { GuardedCount } from '../../../../domain/views/smallGroups.ts';
import { SIDES } from '../../../../domain/workshop/state.ts';
import type { Translate } from '../../../../i18n/index.ts';
import type { FitSection } from '../../../../ui/fit/FitPages.tsx';
import type { UnsharedCount } from '../../viewShapes.ts';
import type { RolesViewProps } from '../types.ts';
import { roleColumns } from './ProjectorColumns.tsx';

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
 * Municipality scope, as pages: first how many roles each municipality has while its lists
 * are not shared (guarded: a small number shows as "fewer than 3"), then each shared
 * municipality's two lists on pages of their own.
 */
export function municipalitySections(props: RolesViewProps): FitSection[] {
  const { t, workshop } = props;
  const { state } = props.activity;
  const partnerships = Object.values(workshop.partnerships).sort((a, b) =>
    a.municipality.localeCompare(b.municipality, props.language),
  );
  const waiting = partnerships.filter((p) => !state.sharedGroups.includes(p.id));
  const shared = partnerships.filter((p) => state.sharedGroups.includes(p.id));
  const counts: FitSection[] =
    waiting.length === 0
      ? []
      : [
          {
            key: 'counts',
            head: <h2 id="roles-per-municipality">{t('projector.perMunicipality')}</h2>,
            columns: [
              {
                key: 'counts',
                labelledBy: 'roles-per-municipality',
                listClass: 'wp-roles-counts',
                items: waiting.map((p) => {
                  const count = own(state.unshared, p.id) ?? NONE;
                  return (
                    <li key={p.id} class="wp-card">
                      <p class="wp-roles-counts__place">{p.municipality}</p>
                      {count.total && (
                        <p class="wp-roles-counts__number">{totalText(count.total, t)}</p>
                      )}
                      {SIDES.map((side) => (
                        <p key={side} class="wp-roles-counts__sides">
                          {t(`sideShort.${side}`)}: {countText(count.sides[side], t)}
                        </p>
                      ))}
                      <p class="wp-roles-counts__status">{t('projector.hiddenUntilShared')}</p>
                    </li>
                  );
                }),
              },
            ],
          },
        ];
  return [
    ...counts,
    ...shared.map((p) => ({
      key: p.id,
      head: <h2 id={`roles-place-${p.id}`}>{p.municipality}</h2>,
      columns: roleColumns(props, p.id, 3),
    })),
  ];
}
