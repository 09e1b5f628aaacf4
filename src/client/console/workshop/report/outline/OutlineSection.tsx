import type {
  OutlineItem,
  OutlineSection as Section,
} from '../../../../../domain/reportDocument/outline.ts';
import { Button } from '../../../../../ui/Button.tsx';
import { useT } from '../../../../../ui/i18n.tsx';

/** The id of a section's ↑ or ↓ button, so focus can stay on it after the list moves. */
export const moveButtonId = (sectionId: string, direction: 'up' | 'down') =>
  `wp-outline-${sectionId}-${direction}`;

/**
 * One section of the report in the editor: its title, ↑/↓ to move it among its siblings, and
 * its items folded away, each with "Verberg" or "Toon". Days only head their blocks: they
 * follow the programme.
 */
export function OutlineSection(props: {
  section: Section;
  /** The title, with its parent's when another section has the same title (for the buttons). */
  label: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove(direction: 'up' | 'down'): void;
  onToggle(item: OutlineItem): void;
}) {
  const t = useT();
  const { section } = props;
  const Heading = section.level === 1 ? 'h3' : 'h4';
  const hidden = section.items.filter((i) => i.hidden).length;
  const move = (direction: 'up' | 'down', enabled: boolean) => (
    <Button
      id={moveButtonId(section.id, direction)}
      variant="secondary"
      class="wp-outline__move"
      // aria-disabled, not disabled: the button keeps focus when its section reaches the end.
      aria-disabled={!enabled}
      aria-label={t(`console.reportLayout.${direction}Section`, { title: props.label })}
      onClick={() => enabled && props.onMove(direction)}
    >
      <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
    </Button>
  );
  return (
    <li class={`wp-outline__section wp-outline__section--level${section.level}`}>
      <div class="wp-outline__head">
        <Heading class="wp-outline__title">{section.title}</Heading>
        {section.movable && (
          <div class="wp-outline__moves">
            {move('up', props.canMoveUp)}
            {move('down', props.canMoveDown)}
          </div>
        )}
      </div>
      {section.items.length > 0 && (
        <details class="wp-outline__items">
          <summary>
            {t('console.reportLayout.items', { count: section.items.length })}
            {hidden > 0 && `, ${t('console.reportLayout.hiddenCount', { count: hidden })}`}
          </summary>
          <ul>
            {section.items.map((item) => (
              <li
                key={item.key}
                class={item.hidden ? 'wp-outline__item is-hidden' : 'wp-outline__item'}
              >
                <span class="wp-outline__type">{t(`console.reportLayout.types.${item.type}`)}</span>
                <span class="wp-outline__text">
                  {item.text}
                  {item.hidden && (
                    <em class="wp-outline__badge">{t('console.reportLayout.hidden')}</em>
                  )}
                </span>
                <Button
                  variant="quiet"
                  aria-label={t(`console.reportLayout.${item.hidden ? 'showItem' : 'hideItem'}`, {
                    text: item.text,
                  })}
                  onClick={() => props.onToggle(item)}
                >
                  {t(`console.reportLayout.${item.hidden ? 'show' : 'hide'}`)}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
