import { useEffect, useState } from 'preact/hooks';
import { orderedBlocks } from '../../../../domain/programme/state.ts';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { own } from '../../../../domain/ids.ts';
import type { WorkshopView } from '../../../../domain/views/workshopView.ts';
import { Select, TextArea } from '../../../../ui/Field.tsx';
import { FormActions } from '../../../../ui/FormActions.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { useSubmission } from '../../../../ui/useSubmission.ts';
import type { RunCommand } from '../../commands.ts';

/** Item types with nothing to say about them; the report leaves them out too. */
const QUIET = new Set(['break', 'meal']);

/**
 * The facilitators' own words in the report: pick a section (the opening, a programme block,
 * the conclusion), write, save. Each save is an event (`editReportText`), so a colleague's
 * words arrive live and the log keeps every version; the generated lists stay linked to what
 * was captured. Plain paragraphs: a blank line starts a new one.
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
  // Another section, or a colleague's save of this one, shows its words.
  useEffect(() => {
    setText(saved);
  }, [sectionId, saved]);

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
      <TextArea
        label={t('console.report.text')}
        hint={t('console.report.textHint')}
        value={text}
        maxLength={LIMITS.reportText}
        rows={8}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <FormActions busy={busy} submitLabel={t('console.report.save')} error={error} />
      <p role="status" class="wp-field__hint">
        {message}
      </p>
    </form>
  );
}
