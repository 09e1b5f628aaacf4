import { SIDES } from '../../../../domain/workshop/state.ts';
import { useConsoleShortcut } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import { listOf } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';

/**
 * The keys this kind offers on the live screen, for the lists the facilitator has open
 * (`group`): sharing them (per municipality, when not shared yet) and spotlighting the next
 * role in the order the lists show. Closing is never one key away.
 */
export function useRolesShortcuts(
  props: RolesViewProps & { group: string | null; place: string | null },
): void {
  const { t, activity, workshop, group, place } = props;
  const { state } = activity;
  const municipality = place ? workshop.partnerships[place]?.municipality : undefined;
  const canShare =
    activity.config.scope === 'municipality' &&
    !!place &&
    !!municipality &&
    !state.sharedGroups.includes(place);
  useConsoleShortcut(
    'share',
    canShare ? t('console.share', { place: municipality }) : null,
    () => place && props.send({ type: 'shareGroup', partnershipId: place }),
  );

  const order = group ? SIDES.flatMap((side) => listOf(state, group, side)) : [];
  const at = order.findIndex((r) => r.id === state.spotlightId);
  const following = order[at + 1] ?? null;
  const spotlight =
    order.length === 0
      ? null
      : following
        ? `${t('console.spotlight')}: ${following.name}`
        : t('console.stopSpotlight');
  useConsoleShortcut('spotlightNext', spotlight, () =>
    props.send({ type: 'spotlightRole', roleId: following?.id ?? null }),
  );
}
