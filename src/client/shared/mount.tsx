import { render, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Language } from '../../domain/language.ts';
import { I18nProvider } from '../../ui/i18n.tsx';
import '../../ui/styles.css';
import { i18n, preferredLanguage, rememberLanguage } from './i18n.ts';

export type SetLanguage = (language: Language) => void;

function Root(props: { app: (setLanguage: SetLanguage) => ComponentChildren }) {
  const [language, setLanguageState] = useState<Language>(preferredLanguage);
  const setLanguage: SetLanguage = (next) => {
    rememberLanguage(next);
    setLanguageState(next);
  };
  return (
    <I18nProvider instance={i18n} language={language}>
      {props.app(setLanguage)}
    </I18nProvider>
  );
}

/** Mounts a page with translations and the shared styles. */
export function mount(app: (setLanguage: SetLanguage) => ComponentChildren): void {
  const root = document.getElementById('app');
  if (root) render(<Root app={app} />, root);
}
