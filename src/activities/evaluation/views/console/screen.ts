import type { Question, Screen } from '../../schema.ts';

/** The same screen? (Screens are small plain objects.) */
export const sameScreen = (a: Screen, b: Screen) =>
  a.type === b.type &&
  (a.type !== 'question' || (b.type === 'question' && a.questionId === b.questionId));

/**
 * What "next on the screen" shows: all scores first (when there are any), then each question
 * in order, then nothing again.
 */
export function nextScreen(questions: readonly Question[], current: Screen): Screen {
  const order: Screen[] = [
    ...(questions.some((q) => q.kind === 'score') ? [{ type: 'scores' } as const] : []),
    ...questions.map((q) => ({ type: 'question', questionId: q.id }) as const),
  ];
  const at = order.findIndex((s) => sameScreen(s, current));
  return order[at + 1] ?? { type: 'none' };
}
