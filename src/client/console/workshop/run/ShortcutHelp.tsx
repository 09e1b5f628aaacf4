import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';
import { HELP_KEY, SHORTCUT_ACTIONS, SHORTCUT_KEYS } from '../../../../ui/shortcuts/actions.ts';
import type { ShortcutRegistry } from '../../../../ui/shortcuts/registry.ts';
import '../../../../ui/dialog.css';

/**
 * The list of shortcuts (opened with "?"), saying for each key what it does right now in the
 * running activity's own words, or that it does nothing now. A native modal dialog: Escape
 * closes it and focus returns to where it was.
 */
export function ShortcutHelp(props: {
  open: boolean;
  registry: ShortcutRegistry;
  onClose(): void;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const [, setVersion] = useState(0);
  useEffect(() => props.registry.subscribe(() => setVersion((v) => v + 1)), [props.registry]);

  useEffect(() => {
    const box = dialog.current;
    if (!box) return;
    if (props.open && !box.open) {
      opener.current = document.activeElement;
      box.showModal();
      box.querySelector<HTMLButtonElement>('.wp-dialog__cancel')?.focus();
    } else if (!props.open && box.open) box.close();
  }, [props.open]);

  const rows = [
    ...SHORTCUT_ACTIONS.map((action) => ({
      key: SHORTCUT_KEYS[action].toUpperCase(),
      what: t(`console.run.shortcuts.actions.${action}`),
      now: props.registry.current(action)?.label ?? null,
    })),
    {
      key: t('console.run.shortcuts.undoKey'),
      what: t('console.run.shortcuts.undo'),
      now: undefined,
    },
    { key: HELP_KEY, what: t('console.run.shortcuts.help'), now: undefined },
  ];

  return (
    <dialog
      ref={dialog}
      class="wp-dialog wp-run-help"
      aria-labelledby="run-help-title"
      onClose={() => {
        const back = opener.current;
        opener.current = null;
        if (back instanceof HTMLElement && back.isConnected) back.focus();
        props.onClose();
      }}
    >
      <div class="wp-stack">
        <h2 id="run-help-title" class="wp-dialog__title">
          {t('console.run.shortcuts.title')}
        </h2>
        <p>{t('console.run.shortcuts.intro')}</p>
        <table class="wp-run-help__table">
          <thead>
            <tr>
              <th scope="col">{t('console.run.shortcuts.key')}</th>
              <th scope="col">{t('console.run.shortcuts.action')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td>
                  <kbd class="wp-run-key">{row.key}</kbd>
                </td>
                <td>
                  {row.what}
                  {row.now !== undefined && (
                    <span class="wp-run-help__now">
                      {row.now === null
                        ? t('console.run.shortcuts.notNow')
                        : `${t('console.run.shortcuts.now')}: ${row.now}`}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="wp-row wp-dialog__actions">
          <Button class="wp-dialog__cancel" variant="secondary" onClick={props.onClose}>
            {t('console.run.shortcuts.close')}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
