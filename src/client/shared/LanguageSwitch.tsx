import { LANGUAGES, type Language } from '../../domain/language.ts';
import { useLanguage, useT } from '../../ui/i18n.tsx';

/** Language names are shown in their own language, so anyone can find theirs. */
export function LanguageSwitch(props: { onChange: (language: Language) => void; id?: string }) {
  const t = useT();
  const language = useLanguage();
  return (
    <label class="wp-language">
      <span class="wp-visually-hidden">{t('participant.join.languageLabel')}</span>
      <select
        id={props.id}
        class="wp-input wp-select wp-language__select"
        value={language}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as Language)}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`common.languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
