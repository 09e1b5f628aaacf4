/**
 * Which question each conversation gets. The list is walked in order, starting a bit further
 * each round, so the whole list gets used. Neighbouring conversations (next to each other in
 * the list, and so often in the room) never share a question when there are two or more, and
 * a conversation gets a question none of its members had before where possible.
 */
export function assignQuestions(
  groups: readonly (readonly string[])[],
  questions: readonly string[],
  asked: ReadonlyMap<string, ReadonlySet<string>>,
  offset: number,
): string[] {
  const count = questions.length;
  const usedNow = new Map<string, number>();
  const chosen: string[] = [];
  groups.forEach((members, index) => {
    const neighbour = chosen[index - 1];
    let best = questions[0] ?? '';
    let bestScore = Number.POSITIVE_INFINITY;
    for (let step = 0; step < count; step++) {
      const question = questions[(offset + index + step) % count]!;
      const hadIt = members.filter((id) => asked.get(id)?.has(question)).length;
      const score =
        (question === neighbour ? 1_000_000 : 0) + hadIt * 1000 + (usedNow.get(question) ?? 0);
      if (score < bestScore) [best, bestScore] = [question, score];
    }
    chosen.push(best);
    usedNow.set(best, (usedNow.get(best) ?? 0) + 1);
  });
  return chosen;
}

/** The questions each person was asked in earlier rounds. */
export function questionsAsked(
  conversations: Iterable<{ readonly members: readonly string[]; readonly question: string }>,
): Map<string, Set<string>> {
  const asked = new Map<string, Set<string>>();
  for (const { members, question } of conversations) {
    for (const id of members) {
      const set = asked.get(id) ?? new Set<string>();
      set.add(question);
      asked.set(id, set);
    }
  }
  return asked;
}
