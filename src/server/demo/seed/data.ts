import { z } from 'zod';
import { languageSchema } from '../../../domain/language.ts';
import { sideSchema } from '../../../domain/workshop/state.ts';
import participantsJson from './data/participants.json';
import workshopJson from './data/workshop.json';

/**
 * The seed's data files (`data/*.json`): plain JSON a researcher can read and edit, Dutch
 * content under English field names. `workshop.json` and `participants.json` describe the
 * workshop and its people; `<kind>.json` is one activity kind's part (see `scripts.ts`).
 * They are bundled with the server (esbuild inlines JSON), so `npm start` picks up edits.
 */

const workshopSchema = z.object({
  title: z.string(),
  startsOn: z.iso.date().nullable(),
  endsOn: z.iso.date().nullable(),
  venue: z.string(),
  defaultLanguage: languageSchema,
  template: z.string(),
  closingText: z.string(),
  partnerships: z.array(
    z.object({
      municipality: z.string(),
      formalOrganisation: z.string(),
      informalOrganisation: z.string(),
    }),
  ),
});
export type SeedWorkshopData = z.infer<typeof workshopSchema>;

const participantsSchema = z.object({
  participants: z.array(
    z.object({
      key: z.string().regex(/^[a-z0-9-]+$/),
      displayName: z.string(),
      municipality: z.string(),
      side: sideSchema,
    }),
  ),
});
export type SeedPersonData = z.infer<typeof participantsSchema>['participants'][number];

export const SEED_WORKSHOP: SeedWorkshopData = workshopSchema.parse(workshopJson);
export const SEED_PEOPLE: readonly SeedPersonData[] =
  participantsSchema.parse(participantsJson).participants;

/** A kind name that can only name a file in `data/` (no dots, no slashes). */
const KIND_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * The contents of `data/<kind>.json`, or undefined when the kind has no data file. The
 * template-literal import makes esbuild bundle every file in `data/` (and vitest read it).
 */
export async function loadKindData(kind: string): Promise<unknown> {
  if (!KIND_NAME.test(kind) || kind === 'workshop' || kind === 'participants') return undefined;
  try {
    const module = (await import(`./data/${kind}.json`)) as { default: unknown };
    return module.default;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** "No such file": esbuild's bundle and vitest's loader word it differently. */
function isMissing(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'ERR_MODULE_NOT_FOUND' ||
    /module not found|cannot find module|unknown variable dynamic import/i.test(message)
  );
}
