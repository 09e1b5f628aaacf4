import type { ReportInput } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import type { ReportBlock } from '../../domain/report.ts';
import {
  adviceOn,
  questionsOf,
  type ConsultationConfig,
  type ConsultationState,
} from './schema.ts';

/**
 * The consultation's section: per visiting partnership (who visited whom), each question
 * with the advice given, in the order it was given. Advice from an earlier host (the pairing
 * changed) says whose it is. Questions and advice are the partnerships' shared work; no
 * person is named and no count of people appears.
 */
export function report(
  state: ConsultationState,
  input: ReportInput<ConsultationConfig>,
): ReportBlock[] {
  const { t } = input;
  const place = (id: string) =>
    own(input.partnerships, id)?.municipality ?? t('report.unknownPartnership');
  const askers = [...new Set(Object.values(state.questions).map((q) => q.partnershipId))].sort(
    (a, b) => place(a).localeCompare(place(b), input.language),
  );
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: input.title },
    { type: 'paragraph', text: t('report.intro') },
  ];
  if (askers.length === 0) return [...blocks, { type: 'paragraph', text: t('report.none') }];
  for (const visitorId of askers) {
    const hostId = own(state.visits, visitorId) ?? null;
    blocks.push({
      type: 'heading',
      level: 3,
      text: hostId
        ? t('report.visit', { visitor: place(visitorId), host: place(hostId) })
        : t('report.noVisit', { visitor: place(visitorId) }),
    });
    for (const question of questionsOf(state, visitorId)) {
      const advice = adviceOn(state, question.id).map((a) =>
        a.hostId === hostId
          ? a.text
          : t('report.adviceFrom', { text: a.text, host: place(a.hostId) }),
      );
      blocks.push({
        type: 'list',
        title: question.text,
        items: advice.length > 0 ? advice : [t('report.noAdvice')],
      });
    }
  }
  blocks.push({
    type: 'counts',
    items: [
      { label: t('report.questions'), value: Object.keys(state.questions).length },
      { label: t('report.advice'), value: Object.keys(state.advice).length },
    ],
  });
  return blocks;
}
