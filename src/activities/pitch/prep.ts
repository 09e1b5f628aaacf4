import { mergedUpdate, texts } from '../../domain/coedit/yjsDoc.ts';
import { PREP, type PrepField } from './schema.ts';

/**
 * Reading a preparation (the co-edited document of src/domain/coedit). Loads Yjs: imported by
 * report.ts, the views (their own chunk) and tests, never by what browsers load first.
 */
export type PrepTexts = Readonly<Record<PrepField, string>>;

/** The whole preparation as one update (the base with every pending edit merged in). */
export { mergedUpdate };

/** The three texts of a preparation, from its merged update. */
export function prepTexts(update: string | undefined): PrepTexts {
  return texts(PREP, update ? { update, pending: [] } : undefined);
}

/** The line the projector shows during the pitch: the first line of the goals, else of the state. */
export function headline(texts: PrepTexts): string {
  const first = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? '';
  return first(texts.goals) || first(texts.stand);
}
