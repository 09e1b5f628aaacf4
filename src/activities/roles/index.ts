import { defineActivityKind } from '../../domain/activity.ts';
import { SIDES } from '../../domain/workshop/state.ts';
import { decide } from './decide.ts';
import { evolve, initialRolesState } from './evolve.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';
import { migrateEvent } from './migrate.ts';
import { personalize } from './personalize.ts';
import { references } from './references.ts';
import { records } from './records.ts';
import { report } from './report.ts';
import { audienceOf, overlay, view } from './view.ts';
import type { RolesOverlay, RolesView } from './viewShapes.ts';
import {
  commandSchema,
  configSchema,
  type CatalogEntry,
  type RolesCommand,
  type RolesConfig,
  type RolesEvent,
  type RolesState,
} from './schema.ts';

/** The seed's catalog in one language, as config entries (an empty description is none). */
function catalogFor(messages: typeof nl): RolesConfig['catalog'] {
  const entries = (side: (typeof SIDES)[number]): CatalogEntry[] =>
    Object.entries(messages.catalog[side]).map(([key, e]) => ({
      key,
      name: e.name,
      description: e.description || null,
    }));
  return { formal: entries('formal'), informal: entries('informal') };
}

/** "Wie speelt welke rol": turn the strengths of the other into concrete roles per side. */
export const rolesKind = defineActivityKind<
  RolesConfig,
  RolesState,
  RolesCommand,
  RolesEvent,
  RolesView,
  RolesOverlay
>({
  kind: 'roles',
  // 2: events are plain facts (no visibility copies, placeholders or whole roles); see migrate.ts.
  version: 2,
  configSchema,
  commandSchema,
  messages: { nl, en },
  defaultConfig: (language) => ({
    scope: 'workshop',
    anonymous: true,
    suggestions: false,
    catalog: catalogFor(language === 'en' ? en : nl),
  }),
  initialState: () => initialRolesState,
  participantCommands: [
    'proposeRole',
    'adoptSuggestion',
    'withdrawRole',
    'endorseRole',
    'withdrawEndorsement',
    'linkStrengths',
  ],
  decide,
  evolve,
  audienceOf,
  view,
  overlay,
  personalize,
  migrateEvent,
  report,
  records,
  references,
});
