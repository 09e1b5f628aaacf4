import './characterCount.css';
import { useT } from './i18n.tsx';
import { LiveRegion } from './LiveRegion.tsx';
import { useAnnouncement } from './useOnChange.ts';
import type { CharacterLimit } from './characterLimit.ts';

/**
 * The counter under a text field with a limit: "120 van 500 tekens", "Nog 40 tekens" when the
 * limit is near, and when over "4500 tekens te veel · 5000 van 500 tekens", as an error
 * (nothing typed is cut off: the person chooses what to remove). Screen readers hear it when the stage changes (near,
 * over, back within), not at every keystroke; the text itself is part of the field's
 * description (`id`), so it is read with the field. Each text is isolated (`bdi`), so numbers
 * and full stops stay in place when the page runs the other way.
 */
export function CharacterCount(props: { id: string; limit: CharacterLimit }) {
  const t = useT();
  const { used, max, left, stage } = props.limit;
  // Over the limit: how much, and the limit, short. What to do is said at the field's error
  // when the person sends (and to screen readers now, in the announcement).
  const text =
    stage === 'near'
      ? t('common.characters.left', { count: left })
      : t('common.characters.used', { used, limit: max });
  const announcement = useAnnouncement(stage, () =>
    stage === 'ok'
      ? ''
      : stage === 'near'
        ? text
        : t('common.characters.tooLong', { limit: max, over: -left }),
  );
  return (
    <>
      <p id={props.id} class={`wp-field__count wp-field__count--${stage}`}>
        {stage === 'over' && (
          <strong class="wp-field__count-over">
            <bdi>{t('common.characters.over', { count: -left })}</bdi>
          </strong>
        )}
        <bdi>{text}</bdi>
      </p>
      <LiveRegion message={announcement} />
    </>
  );
}
