/**
 * How a text stands against its limit. Counted in what the server counts: the trimmed text
 * (with Windows line ends as one character), so the counter never disagrees with a refusal.
 */
export interface CharacterLimit {
  /** Characters the server would count. */
  readonly used: number;
  readonly max: number;
  /** Characters still free; negative when over. */
  readonly left: number;
  /** `near`: the limit is close enough to say so ("nog 40 tekens"). */
  readonly stage: 'ok' | 'near' | 'over';
}

/** From this many characters left the counter speaks up: 10 % of the limit, at least 10. */
export function nearAt(max: number): number {
  return Math.max(10, Math.round(max * 0.1));
}

/**
 * `trim: false` counts every character, for text stored as typed (a co-edited field, whose
 * limit the server checks on the raw text).
 */
export function characterLimit(
  value: string,
  max: number,
  options: { trim?: boolean } = {},
): CharacterLimit {
  const normalised = value.replace(/\r\n?/g, '\n');
  const used = (options.trim === false ? normalised : normalised.trim()).length;
  const left = max - used;
  const stage = left < 0 ? 'over' : left <= nearAt(max) ? 'near' : 'ok';
  return { used, max, left, stage };
}
