import { useEffect, useState } from 'preact/hooks';
import { TWO_DAY } from '../../domain/programme/templates.ts';
import { Choice } from '../../ui/Choice.tsx';
import { useLanguage, useT } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { api } from '../shared/api.ts';
import { navigate } from '../shared/router.ts';
import { explainFailure } from './failure.ts';
import { Link } from './Link.tsx';
import { workshopPath } from './navigation.ts';
import { useTitle } from './useTitle.ts';
import { formatDateRange } from './workshop/format.ts';
import {
  emptyWorkshopFields,
  WorkshopFieldsForm,
  type WorkshopFields,
} from './WorkshopFieldsForm.tsx';

interface WorkshopSummary {
  readonly id: string;
  readonly code: string;
  readonly displayCode: string;
  readonly title: string;
  readonly createdAt: number;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly venue: string;
}

/** The programme a new workshop starts with: empty, or the method's two days. */
type StartWith = 'empty' | 'twoDay';
const TWO_DAY_BLOCKS = TWO_DAY.days.reduce((sum, day) => sum + day.blocks.length, 0);

/** The workshops this account facilitates, newest first, and a form to make another. */
export function WorkshopListPage() {
  const t = useT();
  const language = useLanguage();
  useTitle(t('console.workshops.title'));
  const [workshops, setWorkshops] = useState<readonly WorkshopSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [template, setTemplate] = useState<StartWith>('twoDay');

  useEffect(() => {
    api<{ workshops: WorkshopSummary[] }>('GET', '/api/workshops').then(
      (answer) => setWorkshops([...answer.workshops].sort((a, b) => b.createdAt - a.createdAt)),
      (failure: unknown) => setError(explainFailure(failure, t)),
    );
  }, []);

  async function create(fields: WorkshopFields): Promise<string | null> {
    try {
      const created = await api<{ id: string; code: string }>('POST', '/api/workshops', {
        ...fields,
        template: template === 'twoDay' ? TWO_DAY.id : null,
      });
      navigate(workshopPath(created.id));
      return null;
    } catch (failure) {
      return explainFailure(failure, t);
    }
  }

  return (
    <main id="main" tabIndex={-1} class="wp-page wp-stack">
      <h1>{t('console.workshops.title')}</h1>
      {error && <Notice tone="error">{error}</Notice>}
      {!workshops && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {workshops?.length === 0 && <p>{t('console.workshops.empty')}</p>}
      {workshops && workshops.length > 0 && (
        <ul class="wp-console-list">
          {workshops.map((workshop) => (
            <li key={workshop.id} class="wp-card wp-spread">
              <span class="wp-stack">
                <Link href={workshopPath(workshop.id)} class="wp-console-list__title">
                  {workshop.title}
                </Link>
                <span class="wp-field__hint">
                  {[formatDateRange(workshop.startsOn, workshop.endsOn, language), workshop.venue]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
              <span class="wp-badge">
                {t('console.workshops.code', { code: workshop.displayCode })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <section class="wp-card wp-stack" aria-labelledby="create-title">
        <h2 id="create-title">{t('console.workshops.createTitle')}</h2>
        <WorkshopFieldsForm
          initial={emptyWorkshopFields}
          submitLabel={t('console.workshops.create')}
          onSubmit={create}
        >
          <Choice<StartWith>
            legend={t('console.workshops.startWith')}
            name="start-with"
            value={template}
            onChange={setTemplate}
            options={[
              {
                value: 'empty',
                label: t('console.workshops.templateEmpty'),
                description: t('console.workshops.templateEmptyHint'),
              },
              {
                value: 'twoDay',
                label: t('console.workshops.templateTwoDay'),
                description: t('console.workshops.templateTwoDayHint', { count: TWO_DAY_BLOCKS }),
              },
            ]}
          />
        </WorkshopFieldsForm>
      </section>
    </main>
  );
}
