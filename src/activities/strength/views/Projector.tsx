import './strength.css';
import './projector/projector.css';
import type { Side } from '../../../domain/workshop/state.ts';
import { visibleNotes } from '../schema.ts';
import { ProjectorLists } from './projector/ProjectorLists.tsx';
import type { StrengthViewProps } from './types.ts';

/**
 * The big screen: while groups write, only how many notes each has (their content is still
 * private); after the reveal, both lists fill live, and a spotlighted note is shown large.
 */
export default function StrengthProjector(props: StrengthViewProps) {
  const { t, tApp, activity } = props;
  const { phase, round, spotlightId } = activity.state;
  const notes = visibleNotes(activity.state);
  const spotlight = spotlightId ? activity.state.notes[spotlightId] : undefined;

  // While writing, the room sees counts only, unless notes are shared as they are written.
  if (phase === 'write' && !activity.config.shareWhileWriting) {
    // Notes the room may read already (shared while writing) plus those it may not, guarded.
    const countLabel = (side: Side) => {
      const shown = notes.filter((n) => n.group === side && n.round === round).length;
      const unread = activity.state.unread[side];
      return 'exact' in unread
        ? t('projector.notesCount', { count: shown + unread.exact })
        : t('projector.notesFewerThan', { count: 'fewerThan' in unread ? unread.fewerThan : 3 });
    };
    return (
      <section class="wp-stack wp-strength-projector" aria-labelledby="strength-writing">
        <h2 id="strength-writing">
          {t('projector.writingTitle')} · {t('round', { round })}
        </h2>
        <div class="wp-columns">
          {(['formal', 'informal'] as const).map((side) => (
            <div key={side} class={`wp-card wp-strength-count wp-strength-count--${side}`}>
              <h3>{tApp(`common.sidesPlural.${side}`)}</h3>
              <p class="wp-prompt">{activity.config.prompts[side]}</p>
              <p class="wp-big-number" aria-live="polite">
                {countLabel(side)}
              </p>
            </div>
          ))}
        </div>
      </section>
    );
  }
  return (
    <section class="wp-stack wp-strength-projector" aria-label={t(`phase.${phase}`)}>
      {spotlight && !spotlight.hidden && (
        <figure
          class={`wp-spotlight wp-note--${spotlight.group}${spotlight.text.length > 140 ? ' wp-spotlight--long' : ''}`}
          aria-live="polite"
        >
          <figcaption>
            {t(`column.${spotlight.group === 'formal' ? 'informal' : 'formal'}`)}
          </figcaption>
          <blockquote>{spotlight.text}</blockquote>
        </figure>
      )}
      <ProjectorLists state={activity.state} t={t} />
    </section>
  );
}
