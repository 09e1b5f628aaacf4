import { useEffect } from 'preact/hooks';
import { useT } from '../i18n.tsx';
import type { Rotation } from './useRotation.ts';

/** Keys that page the projector from the laptop's keyboard (a presenter remote sends these). */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable]')
  );
}

/**
 * The page indicator ("2 / 5") with the facilitator's controls: back, pin (stop turning
 * pages) and forward. Also on the keyboard: arrows or Page Up/Down page, P pins; a presenter
 * remote sends those keys too. Arrows follow the reading direction (right-to-left flips them).
 */
export function Pager(props: { rotation: Rotation; pages: number }) {
  const t = useT();
  const { rotation, pages } = props;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const rtl = document.documentElement.dir === 'rtl';
      const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
      const back = rtl ? 'ArrowRight' : 'ArrowLeft';
      if (event.key === forward || event.key === 'PageDown') rotation.next();
      else if (event.key === back || event.key === 'PageUp') rotation.previous();
      else if (event.key === 'p' || event.key === 'P') rotation.togglePin();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [rotation]);

  const label = t('projector.page', { page: rotation.page + 1, pages });
  return (
    <nav class="wp-fit__pager" aria-label={t('projector.pages')}>
      <button type="button" class="wp-fit__button" onClick={rotation.previous}>
        <span aria-hidden="true" class="wp-fit__arrow wp-fit__arrow--back">
          ‹
        </span>
        <span class="wp-visually-hidden">{t('projector.previousPage')}</span>
      </button>
      {/* "2 / 5" reads left to right in every language (numbers keep their order). */}
      <p class="wp-fit__count" aria-label={label} dir="ltr">
        {rotation.page + 1} / {pages}
      </p>
      <button type="button" class="wp-fit__button" onClick={rotation.next}>
        <span aria-hidden="true" class="wp-fit__arrow">
          ›
        </span>
        <span class="wp-visually-hidden">{t('projector.nextPage')}</span>
      </button>
      <button
        type="button"
        class="wp-fit__button wp-fit__pin"
        aria-pressed={rotation.pinned ? 'true' : 'false'}
        onClick={rotation.togglePin}
      >
        {t('projector.pin')}
      </button>
    </nav>
  );
}
