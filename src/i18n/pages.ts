import type { Language } from '../domain/language.ts';
import { common as enCommon } from './en/common.ts';
import { errors as enErrors } from './en/errors.ts';
import { participant as enParticipant } from './en/participant.ts';
import { projector as enProjector } from './en/projector.ts';
import { common as nlCommon } from './nl/common.ts';
import { errors as nlErrors } from './nl/errors.ts';
import { participant as nlParticipant } from './nl/participant.ts';
import { projector as nlProjector } from './nl/projector.ts';

/** Parts of the app catalogue, by language, as one page loads them. */
export type CatalogueParts = Readonly<Record<Language, Readonly<Record<string, object>>>>;

/**
 * What the room's pages (phone and projector) need of the app catalogue. A phone on venue wifi
 * should not download the console's screens and the report's words in two languages: they were
 * a third of the join page (issue 10), so the console adds them itself (`consolePages.ts`).
 */
export const roomCatalogues: CatalogueParts = {
  nl: { common: nlCommon, errors: nlErrors, participant: nlParticipant, projector: nlProjector },
  en: { common: enCommon, errors: enErrors, participant: enParticipant, projector: enProjector },
};
