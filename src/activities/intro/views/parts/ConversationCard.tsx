import type { Conversation } from '../../schema.ts';
import type { PhoneProps } from '../types.ts';
import { personDetails, personView } from './people.ts';

/** Your partner(s) and your question: what you need to find each other and start talking. */
export function ConversationCard(props: PhoneProps & { conversation: Conversation; meId: string }) {
  const { t, tApp, workshop, conversation } = props;
  const partners = conversation.members
    .filter((id) => id !== props.meId)
    .map((id) => personView(workshop, id, t('unknownPerson')));
  const trio = partners.length > 1;
  return (
    <>
      <section class="wp-card wp-intro-partner" aria-labelledby="intro-partner">
        <h2 id="intro-partner">
          {t(trio ? 'participant.partnersHeading' : 'participant.partnerHeading')}
        </h2>
        <ul class="wp-intro-people">
          {partners.map((person) => (
            <li key={person.id} class={`wp-intro-person wp-intro-person--${person.side ?? 'none'}`}>
              <span class="wp-intro-person__name">{person.name}</span>
              <span class="wp-intro-person__details">{personDetails(person, t, tApp)}</span>
            </li>
          ))}
        </ul>
        {trio && <p>{t('participant.trioHint')}</p>}
      </section>
      <section class="wp-card wp-intro-question" aria-labelledby="intro-question">
        <h2 id="intro-question">{t('participant.questionHeading')}</h2>
        <p class="wp-intro-question__text">{conversation.question}</p>
        <p class="wp-field__hint">{t('participant.howTo')}</p>
      </section>
    </>
  );
}
