import type { Round } from '../../schema.ts';
import { joinNames, personView } from '../parts/people.ts';
import type { ConsoleProps } from '../types.ts';

/** Earlier rounds, newest first, folded: who talked with whom and about what. */
export function RoundHistory(props: ConsoleProps) {
  const { t } = props;
  const past = props.activity.state.rounds.filter((r) => r.endedAt !== null).reverse();
  if (past.length === 0) return null;
  return (
    <section class="wp-stack" aria-labelledby="intro-console-history">
      <h4 id="intro-console-history">{t('console.historyHeading')}</h4>
      {past.map((round) => (
        <PastRound key={round.number} {...props} round={round} />
      ))}
    </section>
  );
}

function PastRound(props: ConsoleProps & { round: Round }) {
  const { t, round, workshop } = props;
  const name = (id: string) => personView(workshop, id, t('unknownPerson')).name;
  return (
    <details class="wp-card wp-details">
      <summary>
        {t('console.historyRound', { round: round.number, count: round.conversations.length })}
      </summary>
      <ul class="wp-intro-history">
        {round.conversations.map((c) => (
          <li key={c.members.join('|')}>
            <strong>{joinNames(c.members.map(name), t('and'))}</strong>: {c.question}
          </li>
        ))}
      </ul>
    </details>
  );
}
