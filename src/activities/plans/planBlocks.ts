import type { ReportInput } from '../../domain/activity.ts';
import type { ReportBlock } from '../../domain/report.ts';
import { SIDES } from '../../domain/workshop/state.ts';
import { itemsOf, type Action, type Plan, type PlansConfig } from './schema.ts';

type Input = ReportInput<PlansConfig>;

/**
 * One partnership's plan as report blocks: its goals, its actions as a table (what, who, by
 * when, support), the people to approach per side, its open questions and the advice that
 * came with them. Shared by the plans' own section and "Concrete plannen en acties", so both
 * say the same thing in the same words. No counts of people.
 */
export function planBlocks(plan: Plan, advice: readonly string[], input: Input): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const goals = itemsOf(plan, 'goals').map((g) => g.text);
  if (goals.length) blocks.push({ type: 'list', title: input.t('list.goals'), items: goals });
  const actions = itemsOf(plan, 'actions');
  if (actions.length) {
    blocks.push({ type: 'paragraph', text: input.t('list.actions') });
    blocks.push({
      type: 'table',
      columns: ['what', 'who', 'byWhen', 'support'].map((c) => input.t(`report.column.${c}`)),
      rows: actions.map((a) => actionRow(a, input)),
    });
  }
  for (const side of SIDES) {
    const supporters = itemsOf(plan, 'supporters').filter((s) => s.side === side);
    if (supporters.length === 0) continue;
    blocks.push({
      type: 'list',
      title: input.t(`report.supporters.${side}`),
      items: supporters.map((s) => (s.ask ? `${s.name} — ${s.ask}` : s.name)),
    });
  }
  const questions = itemsOf(plan, 'questions').map((q) => q.text);
  if (questions.length)
    blocks.push({ type: 'list', title: input.t('list.questions'), items: questions });
  if (advice.length) blocks.push({ type: 'list', title: input.t('advice.title'), items: advice });
  return blocks;
}

/** One action as a table row; an empty cell says so, so the table reads without gaps. */
function actionRow(action: Action, input: Input): string[] {
  const none = input.t('report.none');
  const who = [action.who ? input.t(`who.${action.who}`) : null, action.people]
    .filter(Boolean)
    .join(': ');
  return [action.what, who || none, action.byWhen ?? none, action.support ?? none];
}
