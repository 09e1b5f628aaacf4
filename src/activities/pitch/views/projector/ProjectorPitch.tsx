import type { ComponentChildren } from 'preact';
import { own } from '../../../../domain/ids.ts';
import { FitPages } from '../../../../ui/fit/FitPages.tsx';
import { municipalityOf, orderStatus } from '../parts/names.ts';
import { PrepView } from '../parts/PrepView.tsx';
import type { PitchViewProps } from '../types.ts';

/**
 * The running order on the big screen, numbered, each with where it stands in words; a long
 * order goes on on the next page (FitPages), numbered on.
 */
export function ProjectorOrder(props: {
  view: PitchViewProps;
  order: readonly string[];
  head: ComponentChildren;
}) {
  const { t, activity, workshop } = props.view;
  return (
    <FitPages
      sections={[
        {
          key: 'order',
          head: props.head,
          columns: [
            {
              key: 'order',
              ordered: true,
              listClass: 'wp-pitch-order wp-pitch-projector__order',
              empty: <p>{t('projector.noPartnerships')}</p>,
              items: props.order.map((id) => {
                const status = orderStatus(activity.state, id);
                return (
                  <li
                    key={id}
                    class={`wp-pitch-order__item wp-pitch-order__item--${status}`}
                    aria-current={status === 'now' ? 'step' : undefined}
                  >
                    <span class="wp-pitch-order__name">{municipalityOf(workshop, id)}</span>
                    {status !== 'waiting' && (
                      <span class="wp-badge wp-pitch-status">{t(`order.status.${status}`)}</span>
                    )}
                  </li>
                );
              }),
            },
          ],
        },
      ]}
    />
  );
}

/**
 * After the pitches: every municipality's state of the collaboration and goals, whole (no
 * text cut off), as many to a page as fit; the pages turn by themselves.
 */
export function ProjectorSummary(props: { view: PitchViewProps; order: readonly string[] }) {
  const { t, activity, workshop } = props.view;
  return (
    <section class="wp-pitch-projector" aria-labelledby="pitch-summary-title">
      <FitPages
        sections={[
          {
            key: 'summary',
            head: <h2 id="pitch-summary-title">{t('projector.summaryTitle')}</h2>,
            columns: [
              {
                key: 'summary',
                listClass: 'wp-pitch-summary wp-pitch-projector__summary',
                empty: <p>{t('projector.noPartnerships')}</p>,
                items: props.order.map((id) => (
                  <li key={id} class="wp-card wp-pitch-summary__item">
                    <h3>{municipalityOf(workshop, id)}</h3>
                    <PrepView prep={own(activity.state.preps, id)} t={t} withNotes={false} />
                  </li>
                )),
              },
            ],
          },
        ]}
      />
    </section>
  );
}
