import type { ReportInput } from '../../domain/activity.ts';
import type { ReportBlock } from '../../domain/report.ts';
import type { IntroConfig, IntroState } from './schema.ts';

/**
 * The report section: what happened (rounds, conversations, people), and the questions that
 * were asked, in the order they were first used.
 */
export function report(state: IntroState, input: ReportInput<IntroConfig>): ReportBlock[] {
  const conversations = state.rounds.flatMap((r) => r.conversations);
  const questions = [...new Set(conversations.map((c) => c.question))];
  const people = new Set(conversations.flatMap((c) => c.members));
  const municipality = (id: string) => input.participants[id]?.partnershipId ?? null;
  const acrossMunicipalities = conversations.filter(
    (c) => new Set(c.members.map(municipality)).size > 1,
  ).length;

  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: input.title },
    { type: 'paragraph', text: input.t('report.intro') },
  ];
  if (state.rounds.length === 0) {
    blocks.push({ type: 'paragraph', text: input.t('report.noRounds') });
    return blocks;
  }
  blocks.push(
    {
      type: 'counts',
      items: [
        { label: input.t('report.rounds'), value: state.rounds.length },
        { label: input.t('report.conversations'), value: conversations.length },
        { label: input.t('report.people'), value: people.size },
        { label: input.t('report.acrossMunicipalities'), value: acrossMunicipalities },
      ],
    },
    { type: 'list', title: input.t('report.questions'), items: questions },
  );
  return blocks;
}
