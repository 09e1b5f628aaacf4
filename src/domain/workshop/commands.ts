import { z } from 'zod';
import { idSchema } from '../ids.ts';
import { languageSchema } from '../language.ts';
import { LIMITS, isoDateSchema, text } from './limits.ts';
import { sideSchema } from './state.ts';
import { attachDocumentSchema, programmeCommandSchemas } from '../programme/commands.ts';
import { addReportPhotoSchema, reportPhotoCommandSchemas } from '../reportPhotos/commands.ts';
import { reportNoteCommandSchemas } from '../reportNotes/commands.ts';
import { setFacilitatorRoleSchema } from './roles.ts';
import { reportLayoutCommandSchemas } from '../reportLayout/commands.ts';

const partnershipFields = {
  municipality: text(LIMITS.municipality),
  formalOrganisation: text(LIMITS.organisation, 0),
  informalOrganisation: text(LIMITS.organisation, 0),
};

const workshopFields = {
  title: text(LIMITS.title),
  startsOn: isoDateSchema.nullable(),
  endsOn: isoDateSchema.nullable(),
  venue: text(LIMITS.venue, 0),
  defaultLanguage: languageSchema,
};

/** Where a participant belongs: chosen at join, corrected later by them or a facilitator. */
const detailsFields = {
  partnershipId: idSchema.nullable(),
  side: sideSchema,
  language: languageSchema,
};

/** Commands a facilitator may send over the socket or HTTP. */
export const facilitatorCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('updateWorkshop'),
    ...workshopFields,
    // Optional so that scripts written before it keep working; absent keeps the old text.
    closingText: text(LIMITS.closingText, 0).optional(),
  }),
  z.object({ type: z.literal('addPartnership'), ...partnershipFields }),
  z.object({ type: z.literal('updatePartnership'), partnershipId: idSchema, ...partnershipFields }),
  z.object({ type: z.literal('removePartnership'), partnershipId: idSchema }),
  z.object({ type: z.literal('removeParticipant'), participantId: idSchema }),
  z.object({
    type: z.literal('changeParticipantDetails'),
    participantId: idSchema,
    ...detailsFields,
  }),
  z.object({ type: z.literal('lockWorkshop') }),
  z.object({ type: z.literal('unlockWorkshop') }),
  z.object({ type: z.literal('admitEntry'), requestId: idSchema }),
  z.object({ type: z.literal('refuseEntry'), requestId: idSchema }),
  z.object({ type: z.literal('closeWorkshop') }),
  z.object({
    type: z.literal('editReportText'),
    /** `introduction`, `conclusion`, or a programme block's id. */
    sectionId: idSchema,
    text: text(LIMITS.reportText, 0),
  }),
  z.object({ type: z.literal('reopenWorkshop') }),
  z.object({
    type: z.literal('addActivity'),
    kind: z.string().min(1).max(40),
    title: text(LIMITS.title).optional(),
    config: z.unknown().optional(),
  }),
  z.object({ type: z.literal('configureActivity'), activityId: idSchema, config: z.unknown() }),
  z.object({ type: z.literal('startActivity'), activityId: idSchema }),
  z.object({ type: z.literal('stopActivity'), activityId: idSchema }),
  ...programmeCommandSchemas,
  ...reportPhotoCommandSchemas,
  ...reportNoteCommandSchemas,
  setFacilitatorRoleSchema,
  ...reportLayoutCommandSchemas,
]);

/** Commands a participant may send about themself. */
export const participantCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('updateProfile'),
    displayName: text(LIMITS.displayName).optional(),
    language: languageSchema.optional(),
  }),
  z.object({ type: z.literal('changeMyDetails'), ...detailsFields }),
]);

/** Commands only the server issues, after its own checks (HTTP join, invitations, creation). */
export const systemCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('createWorkshop'),
    workshopId: idSchema,
    code: z.string(),
    ...workshopFields,
    lead: z.object({ accountId: idSchema, name: text(LIMITS.displayName) }),
  }),
  z.object({
    type: z.literal('addFacilitator'),
    accountId: idSchema,
    name: text(LIMITS.displayName),
  }),
  z.object({
    type: z.literal('joinWorkshop'),
    participantId: idSchema,
    displayName: text(LIMITS.displayName),
    partnershipId: idSchema.nullable(),
    side: sideSchema,
    language: languageSchema,
  }),
  z.object({
    type: z.literal('requestEntry'),
    requestId: idSchema,
    displayName: text(LIMITS.displayName),
    ...detailsFields,
  }),
  attachDocumentSchema,
  addReportPhotoSchema,
]);

export type FacilitatorCommand = z.infer<typeof facilitatorCommandSchema>;
export type ParticipantCommand = z.infer<typeof participantCommandSchema>;
export type SystemCommand = z.infer<typeof systemCommandSchema>;
export type WorkshopCommand = FacilitatorCommand | ParticipantCommand | SystemCommand;
