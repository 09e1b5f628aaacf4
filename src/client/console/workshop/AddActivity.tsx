import { useState } from 'preact/hooks';
import { Button } from '../../../ui/Button.tsx';
import { Select } from '../../../ui/Field.tsx';
import { useT } from '../../../ui/i18n.tsx';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import { registry } from '../../shared/engine.ts';
import type { RunCommand } from '../commands.ts';
import { KindTitle } from './KindTitle.tsx';

/** Adds an activity of any registered kind to the end of the programme, with its defaults. */
export function AddActivity({ run }: { run: RunCommand }) {
  const t = useT();
  const kinds = registry.all();
  const [kind, setKind] = useState(kinds[0]?.kind ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const kindT = useT(kind || 'app');

  async function add(e: Event) {
    e.preventDefault();
    if (!kind) return;
    setBusy(true);
    const result = await run({ type: 'addActivity', kind });
    setBusy(false);
    if (result.ok) setMessage(t('console.programme.added', { title: kindT('title') }));
  }

  return (
    <form class="wp-card wp-stack" onSubmit={add} aria-labelledby="add-activity-title">
      <h3 id="add-activity-title">{t('console.programme.addTitle')}</h3>
      <div class="wp-console-inline-form">
        <Select
          label={t('console.programme.addLabel')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value)}
        >
          {kinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              <KindTitle kind={k.kind} />
            </option>
          ))}
        </Select>
        <Button type="submit" busy={busy}>
          {t('console.programme.add')}
        </Button>
      </div>
      <LiveRegion message={message} />
    </form>
  );
}
