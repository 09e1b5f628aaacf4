import { useState } from 'preact/hooks';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { characterLimit } from '../../../../ui/characterLimit.ts';
import { sendFailure } from '../../../../ui/sendFailure.ts';
import { Button } from '../../../../ui/Button.tsx';
import { Choice } from '../../../../ui/Choice.tsx';
import { TextArea } from '../../../../ui/Field.tsx';
import { ZONES, type Item, type Link, type Zone } from '../../schema.ts';
import type { TreeViewProps } from '../types.ts';
import { LinkPicker } from './LinkPicker.tsx';

/**
 * Adding an item (zone, text, optional links) or editing one (text and links; the zone changes
 * by moving). The text box empties at once; if the server refuses, the text comes back with
 * the reason. The zone stays as chosen: people often add several roots in a row.
 */
export function ItemForm(props: { view: TreeViewProps; item?: Item; onDone?: () => void }) {
  const { t, tApp, send, references } = props.view;
  const { item } = props;
  const [zone, setZone] = useState<Zone>(item?.zone ?? 'roots');
  const [text, setText] = useState(item?.text ?? '');
  const [links, setLinks] = useState<Link[]>(item ? [...item.links] : []);
  const [error, setError] = useState<string | null>(null);
  const limit = characterLimit(text, LIMITS.noteText);
  const key = item?.id ?? 'new';

  async function submit(e: Event) {
    e.preventDefault();
    const value = text.trim();
    if (!value) return setError(tApp('common.characters.empty'));
    // Over the limit: refused here with how much to remove, never cut off (see CharacterCount).
    if (limit.stage === 'over')
      return setError(tApp('common.characters.tooLong', { limit: limit.max, over: -limit.left }));
    setError(null);
    if (!item) {
      setText('');
      setLinks([]);
    }
    const result = await send(
      item
        ? { type: 'editItem', itemId: item.id, text: value, links }
        : { type: 'addItem', zone, text: value, links },
    );
    if (!result.ok) {
      setText(value);
      setError(sendFailure(result, tApp, ['text', 'links']).message);
    } else {
      props.onDone?.();
    }
  }

  return (
    <form class="wp-stack wp-tree-form" onSubmit={submit}>
      {!item && (
        <Choice<Zone>
          legend={t('participant.zoneLabel')}
          name="tree-zone"
          value={zone}
          onChange={setZone}
          options={ZONES.map((z) => ({
            value: z,
            label: t(`zone.${z}`),
            description: t(`zoneHelp.${z}`),
          }))}
        />
      )}
      <TextArea
        label={item ? t('participant.edit') : t('participant.textLabel')}
        value={text}
        maxLength={LIMITS.noteText}
        rows={2}
        error={error}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          if (error) setError(null);
        }}
      />
      <LinkPicker
        references={references}
        value={links}
        onChange={setLinks}
        t={t}
        name={`links-${key}`}
      />
      <div class="wp-row">
        <Button type="submit">{item ? t('participant.save') : t('participant.add')}</Button>
        {item && (
          <Button variant="secondary" onClick={props.onDone}>
            {t('participant.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
