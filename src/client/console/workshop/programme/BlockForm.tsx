import { useState } from 'preact/hooks';
import { ITEM_TYPES, type ItemType } from '../../../../domain/programme/state.ts';
import { translator } from '../../../../i18n/instance.ts';
import { Select, TextArea, TextField } from '../../../../ui/Field.tsx';
import { useLanguage, useT } from '../../../../ui/i18n.tsx';
import { useAutofocus } from '../../../../ui/useAutofocus.ts';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import { registry } from '../../../shared/engine.ts';
import { i18n } from '../../../shared/i18n.ts';
import { KindTitle } from '../KindTitle.tsx';
import { FormActions } from '../../../../ui/FormActions.tsx';
import { LIMITS } from '../../../../domain/workshop/limits.ts';

/** The form's own values, as typed. `type` is "kind:<kind>" or "item:<item type>". */
export interface BlockFields {
  readonly title: string;
  readonly startTime: string;
  readonly duration: string;
  readonly notes: string;
  readonly type: string;
}

/** What a command needs, checked. */
export interface BlockValues {
  readonly title: string;
  readonly startTime: string | null;
  readonly durationMin: number;
  readonly notes: string;
  readonly kind: string | null;
  readonly itemType: ItemType | null;
}

export function parseType(type: string): { kind: string | null; itemType: ItemType | null } {
  if (type.startsWith('kind:')) return { kind: type.slice('kind:'.length), itemType: null };
  return { kind: null, itemType: ITEM_TYPES.find((item) => type === `item:${item}`) ?? null };
}

/**
 * A block's title, time, duration, type and notes, for adding (`types="all"`: live activity
 * kinds and plain items), editing a plain item (`types="items"`) or a live block (no type).
 */
export function BlockForm(props: {
  initial: BlockFields;
  types: 'all' | 'items' | 'none';
  submitLabel: string;
  onSubmit: (values: BlockValues) => Promise<string | null>;
  onCancel: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  const [fields, setFields] = useState(props.initial);
  const [problems, setProblems] = useState<{ title?: string; duration?: string }>({});
  const { busy, error, run } = useSubmission();
  const form = useAutofocus('input, select');
  const set = (patch: Partial<BlockFields>) => setFields({ ...fields, ...patch });

  /** An empty title takes the type's name: "Pauze", or the activity's own name. */
  function defaultTitle(): string {
    const { kind, itemType } = parseType(fields.type);
    if (kind) return translator(i18n, language, kind)('title');
    return itemType ? t(`console.programme.block.item.${itemType}`) : '';
  }

  async function submit(e: Event) {
    e.preventDefault();
    const title = fields.title.trim() || defaultTitle();
    const durationMin = Number(fields.duration);
    const found: { title?: string; duration?: string } = {};
    if (!title) found.title = t('console.form.required');
    if (
      fields.duration.trim() === '' ||
      !Number.isInteger(durationMin) ||
      durationMin < 0 ||
      durationMin > 1440
    )
      found.duration = t('console.programme.form.durationInvalid');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    await run(() =>
      props.onSubmit({
        title,
        // A time input may add seconds ("10:30:00"); the programme keeps minutes.
        startTime: fields.startTime ? fields.startTime.slice(0, 5) : null,
        durationMin,
        notes: fields.notes.trim(),
        ...parseType(fields.type),
      }),
    );
  }

  const itemOptions = ITEM_TYPES.map((item) => (
    <option key={item} value={`item:${item}`}>
      {t(`console.programme.block.item.${item}`)}
    </option>
  ));
  return (
    <form ref={form} class="wp-stack" onSubmit={submit} noValidate>
      {props.types !== 'none' && (
        <Select
          label={t('console.programme.form.type')}
          value={fields.type}
          onChange={(e) => set({ type: e.currentTarget.value })}
        >
          {props.types === 'all' ? (
            <>
              <optgroup label={t('console.programme.form.typeLive')}>
                {registry.all().map((kind) => (
                  <option key={kind.kind} value={`kind:${kind.kind}`}>
                    <KindTitle kind={kind.kind} />
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('console.programme.form.typeItem')}>{itemOptions}</optgroup>
            </>
          ) : (
            itemOptions
          )}
        </Select>
      )}
      <TextField
        label={t('console.programme.form.title')}
        hint={props.types === 'none' ? undefined : t('console.programme.form.titleHint')}
        value={fields.title}
        maxLength={LIMITS.title}
        error={problems.title}
        onInput={(e) => set({ title: e.currentTarget.value })}
      />
      <div class="wp-console-pair">
        <TextField
          label={t('console.programme.form.startTime')}
          hint={t('console.programme.form.startTimeHint')}
          type="time"
          step={60}
          value={fields.startTime}
          onInput={(e) => set({ startTime: e.currentTarget.value })}
        />
        <TextField
          label={t('console.programme.form.duration')}
          type="number"
          inputMode="numeric"
          min={0}
          max={1440}
          step={5}
          value={fields.duration}
          error={problems.duration}
          onInput={(e) => set({ duration: e.currentTarget.value })}
        />
      </div>
      <TextArea
        label={t('console.programme.form.notes')}
        hint={t('console.programme.form.notesHint')}
        value={fields.notes}
        maxLength={LIMITS.blockNotes}
        rows={3}
        onInput={(e) => set({ notes: e.currentTarget.value })}
      />
      <FormActions
        busy={busy}
        submitLabel={props.submitLabel}
        error={error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
