import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { i18n } from 'i18next';
import { textDirection, type Language } from '../domain/language.ts';
import { translator, type Translate } from '../i18n/instance.ts';

interface I18nValue {
  readonly instance: i18n;
  readonly language: Language;
}

const I18nContext = createContext<I18nValue | null>(null);

/** Provides the translator to the tree and sets `lang` and `dir` on the page. */
export function I18nProvider(props: {
  instance: i18n;
  language: Language;
  children: ComponentChildren;
}) {
  const value = useMemo(
    () => ({ instance: props.instance, language: props.language }),
    [props.instance, props.language],
  );
  if (typeof document !== 'undefined') {
    document.documentElement.lang = props.language;
    document.documentElement.dir = textDirection(props.language);
  }
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('I18nProvider missing');
  return value;
}

/** `t` for the app catalogue, or for an activity kind's catalogue when `namespace` is given. */
export function useT(namespace = 'app'): Translate {
  const { instance, language } = useI18n();
  return useMemo(() => translator(instance, language, namespace), [instance, language, namespace]);
}

export function useLanguage(): Language {
  return useI18n().language;
}
