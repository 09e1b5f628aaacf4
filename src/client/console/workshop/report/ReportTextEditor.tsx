import './richText.css';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { orderedBlocks } from '../../../../domain/programme/state.ts';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { own } from '../../../../domain/ids.ts';
import type { WorkshopView } from '../../../../domain/views/workshopView.ts';
import { characterLimit } from '../../../../ui/characterLimit.ts';
import { Field, Select } from '../../../../ui/Field.tsx';
import { Button } from '../../../../ui/Button.tsx';
import { FormActions } from '../../../../ui/FormActions.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import { api, ApiError } from '../../../shared/api.ts';
import type { RunCommand } from '../../commands.ts';
import { FormattingToolbar } from './FormattingToolbar.tsx';
import { RichTextPreview } from './RichTextPreview.tsx';
import { applyFormat, type Format } from './textFormatting.ts';

/** Item types with nothing to say about them; the report leaves them out too. */
const QUIET = new Set(['break', 'meal']);

/**
 * The facilitators' own words in the report: pick a section (the opening, a programme block,
 * the conclusion), write, save. Each save is an event (`editReportText`), so a colleague's
 * words arrive live and the log keeps every version; the generated lists stay linked to what
 * was captured. The text may carry headings, bold, italics, lists and links as a small
 * Markdown subset (docs/decisions/0016-report-rich-text.md): buttons and Ctrl+B / Ctrl+I write
 * the signs, and the preview below shows the result as the report will.
 */
export function ReportTextEditor(props: { workshop: WorkshopView; run: RunCommand }) {
  const t = useT();
  const { workshop } = props;
  const sections = [
    { id: 'introduction', title: t('console.report.sections.introduction') },
    ...orderedBlocks(workshop.programme)
      .filter((b) => !(b.itemType && QUIET.has(b.itemType)))
      .map((b) => ({ id: b.id, title: b.title })),
    { id: 'conclusion', title: t('console.report.sections.conclusion') },
  ];
  const [sectionId, setSectionId] = useState('introduction');
  const saved = own(workshop.reportTexts ?? {}, sectionId) ?? '';
  const [text, setText] = useState(saved);
  const [message, setMessage] = useState('');
  const { busy, error, run } = useSubmission();
  const textArea = useRef<HTMLTextAreaElement>(null);
  const previewId = useId();
  // Another section, or a colleague's save of this one, shows its words.
  useEffect(() => {
    setText(saved);
  }, [sectionId, saved]);

  /** A button's or a shortcut's edit, with the selection it leaves, and the focus back. */
  function format(kind: Format) {
    const el = textArea.current;
    if (!el) return;
    const edit = applyFormat(
      kind,
      { value: el.value, start: el.selectionStart, end: el.selectionEnd },
      {
        placeholder: t('console.report.format.placeholder'),
        linkText: t('console.report.format.linkText'),
      },
    );
    el.value = edit.value;
    el.focus();
    el.setSelectionRange(edit.start, edit.end);
    setText(edit.value);
  }

  function shortcut(e: KeyboardEvent) {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
    const key = e.key.toLowerCase();
    if (key !== 'b' && key !== 'i') return;
    e.preventDefault();
    format(key === 'b' ? 'bold' : 'italic');
  }

  /** The conclusion starts empty: the evaluation's summary can be the first version. */
  async function useDraft() {
    setMessage('');
    const url = `/api/workshops/${encodeURIComponent(workshop.id)}/report/conclusion-draft`;
    let draft = '';
    await run(
      async () => {
        try {
          draft = (await api<{ text: string }>('GET', url)).text;
          return null;
        } catch (e) {
          return e instanceof ApiError ? e.message : String(e);
        }
      },
      () => {
        if (!draft) return setMessage(t('console.report.draft.none'));
        setText(draft);
        setMessage(t('console.report.draft.filled'));
        textArea.current?.focus();
      },
    );
  }

  async function save(e: Event) {
    e.preventDefault();
    setMessage('');
    await run(
      () => props.run({ type: 'editReportText', sectionId, text: text.trim() }),
      () => setMessage(t('console.report.saved')),
    );
  }

  return (
    <form class="wp-stack wp-report-editor" onSubmit={save}>
      <Select
        label={t('console.report.section')}
        value={sectionId}
        onChange={(e) => {
          setMessage('');
          setSectionId(e.currentTarget.value);
        }}
      >
        {sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </Select>
      <Field
        label={t('console.report.text')}
        hint={`${t('console.report.textHint')} ${t('console.report.format.hint')}`}
        limit={characterLimit(text, LIMITS.reportText)}
      >
        {({ id, describedBy, invalid }) => (
          <>
            <FormattingToolbar controls={id} onFormat={format} />
            <textarea
              ref={textArea}
              dir="auto"
              id={id}
              rows={8}
              value={text}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              class="wp-input wp-textarea"
              onInput={(e) => setText(e.currentTarget.value)}
              onKeyDown={shortcut}
            />
          </>
        )}
      </Field>
      {sectionId === 'conclusion' && text.trim() === '' && (
        <Button variant="secondary" disabled={busy} onClick={() => void useDraft()}>
          {t('console.report.draft.use')}
        </Button>
      )}
      <RichTextPreview text={text} id={previewId} />
      <FormActions busy={busy} submitLabel={t('console.report.save')} error={error} />
      <p role="status" class="wp-field__hint">
        {message}
      </p>
    </form>
  );
}
