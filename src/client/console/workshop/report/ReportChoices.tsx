import { useT } from '../../../../ui/i18n.tsx';
import type { ExportChoices } from './exportUrl.ts';

/**
 * The two switches above the downloads: names (off unless the participants agree) and the
 * appendix with every contribution (on; a short report for a municipality leaves it out).
 */
export function ReportChoices({
  choices,
  onChange,
}: {
  choices: ExportChoices;
  onChange: (choices: ExportChoices) => void;
}) {
  const t = useT();
  const toggle = (key: keyof ExportChoices, hint: string) => (
    <div class="wp-report-names">
      <label>
        <input
          type="checkbox"
          checked={choices[key]}
          onChange={(e) => onChange({ ...choices, [key]: e.currentTarget.checked })}
          aria-describedby={`wp-report-${key}-hint`}
        />{' '}
        {t(`console.report.${key}`)}
      </label>
      <p id={`wp-report-${key}-hint`} class="wp-field__hint">
        {hint}
      </p>
    </div>
  );
  return (
    <>
      {toggle('names', t('console.report.namesHint'))}
      {toggle('appendix', t('console.report.appendixHint'))}
    </>
  );
}
