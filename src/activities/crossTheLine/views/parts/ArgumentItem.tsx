import type { ComponentChildren } from 'preact';
import type { Translate } from '../../../../i18n/index.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import type { ArgumentCard } from '../../viewShapes.ts';

/** Who an argument is by, as far as this screen may say: a name only when it was signed. */
export function argumentBy(argument: ArgumentCard, t: Translate, workshop: WorkshopState): string {
  if (argument.byFacilitator) return t('arguments.byFacilitator');
  const name = argument.authorId
    ? workshop.participants[argument.authorId]?.displayName
    : undefined;
  return name ?? t('arguments.anonymous');
}

/** One argument: its words and who it is by; `actions` for the console. */
export function ArgumentItem(props: {
  argument: ArgumentCard;
  t: Translate;
  workshop: WorkshopState;
  actions?: ComponentChildren;
}) {
  const { argument, t } = props;
  const textId = `argument-${argument.id}`;
  return (
    <li class="wp-xl-argument">
      <p id={textId} class="wp-xl-argument__text" dir="auto">
        {argument.text}
      </p>
      <p class="wp-xl-argument__by">
        {argumentBy(argument, t, props.workshop)}
        {argument.mine && <span class="wp-badge">{t('arguments.mine')}</span>}
      </p>
      {props.actions}
    </li>
  );
}
