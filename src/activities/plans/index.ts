import { defineActivityKind } from '../../domain/activity.ts';
import { decide } from './decide.ts';
import { evolve, initialPlansState } from './evolve.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';
import { records } from './records.ts';
import { references } from './references.ts';
import { report } from './report.ts';
import { reportActions } from './reportActions.ts';
import { audienceOf, view } from './view.ts';
import type { PlansView } from './viewShapes.ts';
import {
  commandSchema,
  configSchema,
  type PlansCommand,
  type PlansConfig,
  type PlansEvent,
  type PlansState,
} from './schema.ts';

/**
 * "Toekomstplannen per samenwerkingsverband" (day 2): each partnership writes its plan live,
 * together, as typed data the follow-up continues from. See `schema.ts` for why edits are
 * field by field.
 */
export const plansKind = defineActivityKind<
  PlansConfig,
  PlansState,
  PlansCommand,
  PlansEvent,
  PlansView
>({
  kind: 'plans',
  version: 1,
  configSchema,
  commandSchema,
  messages: { nl, en },
  defaultConfig: (language) => ({ intro: (language === 'en' ? en : nl).defaults.intro }),
  initialState: () => initialPlansState,
  participantCommands: ['addItem', 'editItem', 'removeItem'],
  decide,
  evolve,
  audienceOf,
  view,
  report,
  reportActions,
  records,
  references,
  // The item an `addItem` made, so the phone can follow up on it (focus its details).
  madeId: (event) => (event.type === 'itemAdded' ? event.itemId : undefined),
});
