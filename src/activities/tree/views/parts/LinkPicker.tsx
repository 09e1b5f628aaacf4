import type { Reference } from '../../../../domain/activity.ts';
import type { Translate } from '../../../../i18n/index.ts';
import { LINK_TYPES, MAX_LINKS, type Link } from '../../schema.ts';
import { linkable, sameLink } from './links.ts';

/**
 * Optional links from an item to roles or strengths of earlier activities, as checkboxes
 * folded away (most items have none). Hidden when the workshop has nothing to link to.
 */
export function LinkPicker(props: {
  references: readonly Reference[];
  value: readonly Link[];
  onChange: (links: Link[]) => void;
  t: Translate;
  name: string;
}) {
  const options = linkable(props.references);
  if (options.length === 0) return null;
  const { t, value } = props;
  const toggle = (link: Link, on: boolean) =>
    props.onChange(on ? [...value, link] : value.filter((l) => !sameLink(l, link)));
  return (
    <details class="wp-details wp-tree-linkpicker" open={value.length > 0}>
      <summary>{t('participant.linksLabel')}</summary>
      <p class="wp-field__hint">{t('participant.linksHint')}</p>
      {LINK_TYPES.map((type) => {
        const ofType = options.filter((o) => o.type === type);
        if (ofType.length === 0) return null;
        return (
          <fieldset key={type} class="wp-tree-linkgroup">
            <legend class="wp-field__label">{t(`link.${type}Plural`)}</legend>
            {ofType.map((r) => {
              const link: Link = { type, activityId: r.activityId, id: r.id };
              const checked = value.some((l) => sameLink(l, link));
              return (
                <label key={`${r.activityId}/${r.id}`} class="wp-tree-check">
                  <input
                    type="checkbox"
                    name={props.name}
                    checked={checked}
                    disabled={!checked && value.length >= MAX_LINKS}
                    onChange={(e) => toggle(link, e.currentTarget.checked)}
                  />
                  <span>{r.text}</span>
                </label>
              );
            })}
          </fieldset>
        );
      })}
    </details>
  );
}
