import { SIDES, type Side, type WorkshopState } from '../../../../domain/workshop/state.ts';
import { Select, TextField } from '../../../../ui/Field.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { originLabel } from './originLabel.ts';
import { NOTE_GROUP_LIMIT, type NoteFields } from './noteModel.ts';

/**
 * "Where did it come from": side, municipality, group. Folded away under a summary of what is
 * chosen, since it mostly stays the same while a note-taker stays with one group.
 */
export function NoteOrigin(props: {
  workshop: WorkshopState;
  fields: NoteFields;
  onChange: (fields: NoteFields) => void;
  open?: boolean;
}) {
  const t = useT();
  const { fields } = props;
  const partnerships = Object.values(props.workshop.partnerships).sort((a, b) =>
    a.municipality.localeCompare(b.municipality),
  );
  const chosen = originLabel(props.workshop, fields, t);
  return (
    <details class="wp-rnote-origin" open={props.open}>
      <summary>
        <span class="wp-rnote-origin__title">{t('console.notes.origin')}</span>{' '}
        <span class="wp-rnote-origin__chosen">
          <bdi>{chosen || t('console.notes.originNone')}</bdi>
        </span>
      </summary>
      <div class="wp-stack wp-rnote-origin__fields">
        <p class="wp-field__hint">{t('console.notes.originHint')}</p>
        <div class="wp-rnote-origin__grid">
          <Select
            label={t('console.notes.side')}
            value={fields.side ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              const side = SIDES.find((s) => s === value) ?? null;
              props.onChange({ ...fields, side: side satisfies Side | null });
            }}
          >
            <option value="">{t('console.notes.sideNone')}</option>
            {SIDES.map((side) => (
              <option key={side} value={side}>
                {t(`console.notes.sides.${side}`)}
              </option>
            ))}
          </Select>
          <Select
            label={t('console.notes.municipality')}
            value={fields.partnershipId ?? ''}
            onChange={(e) =>
              props.onChange({ ...fields, partnershipId: e.currentTarget.value || null })
            }
          >
            <option value="">{t('console.notes.municipalityNone')}</option>
            {partnerships.map((p) => (
              <option key={p.id} value={p.id}>
                {p.municipality}
              </option>
            ))}
          </Select>
          <TextField
            label={t('console.notes.group')}
            hint={t('console.notes.groupHint')}
            value={fields.group}
            maxLength={NOTE_GROUP_LIMIT}
            onInput={(e) => props.onChange({ ...fields, group: e.currentTarget.value })}
          />
        </div>
      </div>
    </details>
  );
}
