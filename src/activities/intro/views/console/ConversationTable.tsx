import { currentRound, type Conversation } from '../../schema.ts';
import { personDetails, personView } from '../parts/people.ts';
import type { ConsoleProps } from '../types.ts';

/** The running round's conversations: who (with municipality and side) and which question. */
export function ConversationTable(props: ConsoleProps) {
  const { t } = props;
  const round = currentRound(props.activity.state);
  return (
    <section class="wp-stack" aria-labelledby="intro-console-pairs">
      <h4 id="intro-console-pairs">
        {round ? t('console.pairsHeading', { round: round.number }) : t('console.pairsIdle')}
      </h4>
      {!round && <p>{t('console.pairsEmpty')}</p>}
      {round && (
        <>
          <p class="wp-field__hint">{t('console.crossHint')}</p>
          <div class="wp-console-table-wrap">
            <table class="wp-console-table wp-intro-table">
              <thead>
                <tr>
                  <th scope="col">{t('console.colPeople')}</th>
                  <th scope="col">{t('console.colQuestion')}</th>
                </tr>
              </thead>
              <tbody>
                {round.conversations.map((c) => (
                  <ConversationRow key={c.members.join('|')} {...props} conversation={c} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function ConversationRow(props: ConsoleProps & { conversation: Conversation }) {
  const { t, tApp, workshop, conversation } = props;
  return (
    <tr>
      <td>
        <ul class="wp-intro-table__people">
          {conversation.members.map((id) => {
            const person = personView(workshop, id, t('unknownPerson'));
            return (
              <li key={id}>
                <strong>{person.name}</strong>{' '}
                <span class="wp-intro-table__details">{personDetails(person, t, tApp)}</span>
              </li>
            );
          })}
        </ul>
      </td>
      <td>{conversation.question}</td>
    </tr>
  );
}
